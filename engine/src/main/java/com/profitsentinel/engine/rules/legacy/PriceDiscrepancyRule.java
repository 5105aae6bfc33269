package com.profitsentinel.engine.rules.legacy;

import static com.profitsentinel.engine.finding.Formats.money;

import com.profitsentinel.engine.finding.LegacyPrimitive;
import com.profitsentinel.engine.rule.RuleDescriptor;

/**
 * {@code price_discrepancy} (engine.md §5.3 #8): a margin field of exactly 100 with cost 0, or cost above a positive
 * retail. Suggested retail is not part of the test; it only feeds the impact estimate (§5.7).
 */
final class PriceDiscrepancyRule implements LegacyRule {
    private static final RuleDescriptor DESCRIPTOR = LegacyRule.describe(
            LegacyPrimitive.PRICE_DISCREPANCY, "Margin field exactly 100 with cost 0, or cost above retail.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public double score(LegacyFields fields) {
        if (zeroCostBranch(fields)) {
            return 0.70;
        }
        double c = fields.c();
        double r = fields.r();
        return r > 0 && c > 0 && c > r ? 0.85 : 0;
    }

    @Override
    public String context(LegacyFields fields) {
        if (zeroCostBranch(fields)) {
            return "Zero cost recorded but retail is " + money(fields.r()) + ". Enter the item's cost.";
        }
        return "Selling below cost: cost " + money(fields.c()) + ", retail " + money(fields.r())
                + ". Fix the price or the cost.";
    }

    @Override
    public double impact(LegacyFields fields) {
        double suggested = fields.suggestedRetail();
        double r = fields.r();
        if (suggested > 0 && r > 0 && r < suggested) {
            return (suggested - r) * Math.max(fields.s(), 1);
        }
        return 0;
    }

    @Override
    public double impactCap() {
        return 2_000;
    }

    private static boolean zeroCostBranch(LegacyFields fields) {
        return fields.mf() == 100 && fields.c() == 0;
    }
}

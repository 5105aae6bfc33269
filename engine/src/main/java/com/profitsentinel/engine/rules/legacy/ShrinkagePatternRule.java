package com.profitsentinel.engine.rules.legacy;

import static com.profitsentinel.engine.finding.Formats.money;
import static com.profitsentinel.engine.finding.Formats.number;

import com.profitsentinel.engine.finding.LegacyPrimitive;
import com.profitsentinel.engine.rule.RuleDescriptor;

/**
 * {@code shrinkage_pattern} (engine.md §5.3 #6): inventory value above $1,000 with a margin field below 10 and fewer
 * than 10 sold. The count variance is not part of the test; it only feeds the impact estimate (§5.7).
 */
final class ShrinkagePatternRule implements LegacyRule {
    private static final RuleDescriptor DESCRIPTOR = LegacyRule.describe(
            LegacyPrimitive.SHRINKAGE_PATTERN,
            "Inventory value above $1,000 with a margin field below 10 and fewer than 10 sold.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public double score(LegacyFields fields) {
        double st = fields.st();
        if (st > 1000 && fields.mf() < 10 && fields.s() < 10) {
            return Math.min(0.80, st / 10000);
        }
        return 0;
    }

    @Override
    public String context(LegacyFields fields) {
        return "High value (" + money(fields.st()) + ") with low margin (" + number(fields.mf(), 1)
                + "%) and minimal sales (" + number(fields.s(), 0) + "). On hand: " + number(fields.q(), 0)
                + ". Investigate possible shrinkage.";
    }

    @Override
    public double impact(LegacyFields fields) {
        double difference = fields.quantityDifference();
        return difference < 0 ? Math.abs(difference) * fields.c() : 0;
    }

    @Override
    public double impactCap() {
        return 2_000;
    }
}

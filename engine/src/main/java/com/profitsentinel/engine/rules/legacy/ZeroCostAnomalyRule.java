package com.profitsentinel.engine.rules.legacy;

import static com.profitsentinel.engine.finding.Formats.money;
import static com.profitsentinel.engine.finding.Formats.number;

import com.profitsentinel.engine.finding.LegacyPrimitive;
import com.profitsentinel.engine.rule.RuleDescriptor;

/** {@code zero_cost_anomaly} (engine.md §5.3 #9): cost exactly 0 on an item with a retail price. */
final class ZeroCostAnomalyRule implements LegacyRule {
    private static final RuleDescriptor DESCRIPTOR = LegacyRule.describe(
            LegacyPrimitive.ZERO_COST_ANOMALY, "Cost exactly 0 on an item with a positive retail price.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public double score(LegacyFields fields) {
        if (fields.c() == 0 && fields.r() > 0) {
            return fields.s() > 0 ? 0.85 : 0.70;
        }
        return 0;
    }

    @Override
    public String context(LegacyFields fields) {
        return "Cost is $0.00 but selling at " + money(fields.r()) + ". On hand: " + number(fields.q(), 0) + ", sold: "
                + number(fields.s(), 0) + ". True margin cannot be calculated without cost.";
    }

    @Override
    public double impact(LegacyFields fields) {
        return 0.1 * fields.r();
    }

    @Override
    public double impactCap() {
        return 2_000;
    }
}

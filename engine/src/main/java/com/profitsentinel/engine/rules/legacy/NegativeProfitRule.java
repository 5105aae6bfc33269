package com.profitsentinel.engine.rules.legacy;

import static com.profitsentinel.engine.finding.Formats.money;
import static com.profitsentinel.engine.finding.Formats.number;

import com.profitsentinel.engine.finding.LegacyPrimitive;
import com.profitsentinel.engine.rule.RuleDescriptor;

/** {@code negative_profit} (engine.md §5.3 #10): cost above a positive retail price. */
final class NegativeProfitRule implements LegacyRule {
    private static final RuleDescriptor DESCRIPTOR =
            LegacyRule.describe(LegacyPrimitive.NEGATIVE_PROFIT, "Cost above a positive retail price.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public double score(LegacyFields fields) {
        double c = fields.c();
        double r = fields.r();
        if (r > 0 && c > r) {
            return Math.min(0.95, 0.5 + (c - r) / r);
        }
        return 0;
    }

    @Override
    public String context(LegacyFields fields) {
        double c = fields.c();
        double r = fields.r();
        return "Selling at a loss: cost " + money(c) + " exceeds retail " + money(r) + ", losing " + money(c - r)
                + " per unit. On hand: " + number(fields.q(), 0) + ", sold: " + number(fields.s(), 0) + ".";
    }

    @Override
    public double impact(LegacyFields fields) {
        double c = fields.c();
        double r = fields.r();
        return c > r ? (c - r) * Math.max(fields.s(), 1) : 0;
    }

    @Override
    public double impactCap() {
        return 5_000;
    }
}

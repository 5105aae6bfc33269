package com.profitsentinel.engine.rules.legacy;

import static com.profitsentinel.engine.finding.Formats.money;
import static com.profitsentinel.engine.finding.Formats.number;

import com.profitsentinel.engine.finding.LegacyPrimitive;
import com.profitsentinel.engine.rule.RuleDescriptor;

/** {@code margin_erosion} (engine.md §5.3 #7): cost at least 85 % of retail (computed margin 15 % or less). */
final class MarginErosionRule implements LegacyRule {
    private static final RuleDescriptor DESCRIPTOR = LegacyRule.describe(
            LegacyPrimitive.MARGIN_EROSION, "Cost at least 85 % of retail (margin 15 % or less, losses included).");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public double score(LegacyFields fields) {
        double c = fields.c();
        double r = fields.r();
        if (r > 0 && c > 0 && c >= 0.85 * r) {
            return Math.min(0.90, c / r);
        }
        return 0;
    }

    @Override
    public String context(LegacyFields fields) {
        double c = fields.c();
        double r = fields.r();
        return "Margin eroded to " + number(fields.marginPercent(), 1) + "%: cost " + money(c) + " is "
                + number(c / r * 100, 1) + "% of retail " + money(r) + ". On hand: " + number(fields.q(), 0)
                + ", sold: " + number(fields.s(), 0) + ". Review pricing.";
    }

    @Override
    public double impact(LegacyFields fields) {
        if (fields.r() > 0 && fields.c() > 0) {
            double margin = fields.marginFraction();
            if (margin < 0.25) {
                return (0.25 - margin) * fields.r();
            }
        }
        return 0;
    }

    @Override
    public double impactCap() {
        return 5_000;
    }
}

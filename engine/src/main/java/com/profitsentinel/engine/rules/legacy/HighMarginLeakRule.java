package com.profitsentinel.engine.rules.legacy;

import static com.profitsentinel.engine.finding.Formats.money;
import static com.profitsentinel.engine.finding.Formats.number;

import com.profitsentinel.engine.finding.LegacyPrimitive;
import com.profitsentinel.engine.rule.RuleDescriptor;

/**
 * {@code high_margin_leak} (engine.md §5.3 #1): computed margin below 20 %, or without cost or price a margin field
 * between 0 and 30.
 */
final class HighMarginLeakRule implements LegacyRule {
    private static final RuleDescriptor DESCRIPTOR = LegacyRule.describe(
            LegacyPrimitive.HIGH_MARGIN_LEAK,
            "Margin on retail below 20 % (or, without cost or price, a recorded margin between 0 and 30).");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public double score(LegacyFields fields) {
        if (fields.r() > 0 && fields.c() > 0) {
            double m = fields.marginPercent();
            return m < 20 ? Math.min(0.95, (20 - m) / 20) : 0;
        }
        double mf = fields.mf();
        return mf > 0 && mf < 30 ? Math.min(0.85, (30 - mf) / 30) : 0;
    }

    @Override
    public String context(LegacyFields fields) {
        String stock = "On hand: " + number(fields.q(), 0) + ", sold: " + number(fields.s(), 0) + ".";
        if (fields.c() > 0 && fields.r() > 0) {
            return "Margin is only " + number(fields.marginPercent(), 1) + "% (cost " + money(fields.c()) + ", retail "
                    + money(fields.r()) + "). " + stock + " Consider repricing or reviewing vendor costs.";
        }
        return "Low margin recorded (" + number(fields.mf(), 1) + "%). " + stock;
    }

    @Override
    public double impact(LegacyFields fields) {
        if (fields.r() > 0 && fields.c() > 0) {
            double margin = fields.marginFraction();
            if (margin < 0.30) {
                return (0.30 - margin) * fields.r() * Math.max(fields.s(), 1);
            }
        }
        return 0;
    }

    @Override
    public double impactCap() {
        return 5_000;
    }
}

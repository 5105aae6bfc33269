package com.profitsentinel.engine.rules.legacy;

import static com.profitsentinel.engine.finding.Formats.money;
import static com.profitsentinel.engine.finding.Formats.number;

import com.profitsentinel.engine.finding.LegacyPrimitive;
import com.profitsentinel.engine.rule.RuleDescriptor;

/**
 * {@code dead_item} (engine.md §5.3 #4): more than 50 on hand with fewer than 5 sold. The branch for more than 100
 * unsold units is tested first, so 120 unsold units score lower (0.12) than 90 (0.18).
 */
final class DeadItemRule implements LegacyRule {
    private static final RuleDescriptor DESCRIPTOR =
            LegacyRule.describe(LegacyPrimitive.DEAD_ITEM, "More than 50 units on hand with fewer than 5 sold.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public double score(LegacyFields fields) {
        double q = fields.q();
        double s = fields.s();
        if (q > 100 && s == 0) {
            return Math.min(0.95, q / 1000);
        }
        if (q > 50 && s < 5) {
            return Math.min(0.75, q / 500);
        }
        return 0;
    }

    @Override
    public String context(LegacyFields fields) {
        double q = fields.q();
        double s = fields.s();
        String capital = money(q * fields.c()) + " of capital tied up; consider clearance or a vendor return.";
        if (s > 0) {
            return "On hand: " + number(q, 0) + ", sold: " + number(s, 0) + ". About " + number(q / s, 0)
                    + "+ months of supply. " + capital;
        }
        return "On hand: " + number(q, 0) + ", sold: 0. No sales. " + capital;
    }

    @Override
    public double impact(LegacyFields fields) {
        double q = fields.q();
        return q > 0 ? q * fields.c() * 0.20 : 0;
    }

    @Override
    public double impactCap() {
        return 5_000;
    }
}

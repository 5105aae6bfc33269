package com.profitsentinel.engine.rules.legacy;

import static com.profitsentinel.engine.finding.Formats.money;
import static com.profitsentinel.engine.finding.Formats.number;

import com.profitsentinel.engine.finding.LegacyPrimitive;
import com.profitsentinel.engine.rule.RuleDescriptor;

/**
 * {@code overstock} (engine.md §5.3 #5): more than 12 times the units sold on hand, or more than 500 on hand with fewer
 * than 10 sold.
 */
final class OverstockRule implements LegacyRule {
    private static final RuleDescriptor DESCRIPTOR = LegacyRule.describe(
            LegacyPrimitive.OVERSTOCK,
            "On hand more than 12 times the units sold, or more than 500 on hand with fewer than 10 sold.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public double score(LegacyFields fields) {
        double q = fields.q();
        double s = fields.s();
        if (s > 0 && q > 12 * s) {
            return Math.min(0.90, (q / s) / 24);
        }
        if (q > 500 && s < 10) {
            return Math.min(0.85, q / 1000);
        }
        return 0;
    }

    @Override
    public String context(LegacyFields fields) {
        double q = fields.q();
        double s = fields.s();
        String value = "Inventory value: " + money(fields.st()) + ". Reduce the reorder quantity.";
        if (s > 0) {
            return "On hand: " + number(q, 0) + " vs sold: " + number(s, 0) + " = " + number(q / s, 0)
                    + "+ months of inventory. " + value;
        }
        return "On hand: " + number(q, 0) + " with no recorded sales. " + value;
    }

    @Override
    public double impact(LegacyFields fields) {
        return Math.max(0, fields.q() - 30) * fields.c() * 0.0167;
    }

    @Override
    public double impactCap() {
        return 2_000;
    }
}

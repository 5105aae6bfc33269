package com.profitsentinel.engine.rules.legacy;

import static com.profitsentinel.engine.finding.Formats.number;

import com.profitsentinel.engine.finding.LegacyPrimitive;
import com.profitsentinel.engine.rule.RuleDescriptor;

/**
 * {@code severe_inventory_deficit} (engine.md §5.3 #11): 3 or fewer on hand with more than 50 sold, or fewer than 5
 * on hand with more than 100 sold.
 */
final class SevereInventoryDeficitRule implements LegacyRule {
    private static final RuleDescriptor DESCRIPTOR = LegacyRule.describe(
            LegacyPrimitive.SEVERE_INVENTORY_DEFICIT,
            "Three or fewer units on hand with more than 50 sold, or fewer than 5 with more than 100 sold.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public double score(LegacyFields fields) {
        double q = fields.q();
        double s = fields.s();
        if (q > 0 && q <= 3 && s > 50) {
            return Math.min(0.95, s / 200);
        }
        if (q > 0 && q <= 5 && s > 100) {
            return Math.min(0.90, ((5 - q) / 5) * Math.min(1, s / 200));
        }
        return 0;
    }

    @Override
    public String context(LegacyFields fields) {
        double q = fields.q();
        double s = fields.s();
        return "Only " + number(q, 0) + " left with " + number(s, 0) + " sold in the period; about "
                + number(q / (s / 365), 0) + " days until stockout. Reorder now.";
    }

    @Override
    public double impact(LegacyFields fields) {
        return fields.unitMargin() * Math.min(0.1 * fields.s(), 50);
    }

    @Override
    public double impactCap() {
        return 2_000;
    }
}

package com.profitsentinel.engine.rules.legacy;

import static com.profitsentinel.engine.finding.Formats.money;
import static com.profitsentinel.engine.finding.Formats.number;

import com.profitsentinel.engine.finding.LegacyPrimitive;
import com.profitsentinel.engine.rule.RuleDescriptor;

/** {@code low_stock} (engine.md §5.3 #3): fewer than 10 on hand of an item that sold more than 10. */
final class LowStockRule implements LegacyRule {
    private static final RuleDescriptor DESCRIPTOR = LegacyRule.describe(
            LegacyPrimitive.LOW_STOCK, "Fewer than 10 units on hand of an item that sold more than 10.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public double score(LegacyFields fields) {
        double q = fields.q();
        double s = fields.s();
        if (q > 0 && q < 10 && s > 10) {
            return Math.min(0.90, ((10 - q) / 10) * Math.min(1, s / 100));
        }
        return 0;
    }

    @Override
    public String context(LegacyFields fields) {
        return "Only " + number(fields.q(), 0) + " left and " + number(fields.s(), 0)
                + " sold recently. Stockout risk; reorder cost " + money(fields.c()) + " per unit.";
    }

    @Override
    public double impact(LegacyFields fields) {
        double q = fields.q();
        return q > 0 && q < 10 ? fields.unitMargin() * 5 : 0;
    }

    @Override
    public double impactCap() {
        return 2_000;
    }
}

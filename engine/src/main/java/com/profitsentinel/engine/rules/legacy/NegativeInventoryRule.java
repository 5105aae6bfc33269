package com.profitsentinel.engine.rules.legacy;

import static com.profitsentinel.engine.finding.Formats.money;
import static com.profitsentinel.engine.finding.Formats.number;

import com.profitsentinel.engine.finding.LegacyPrimitive;
import com.profitsentinel.engine.rule.RuleDescriptor;

/**
 * {@code negative_inventory} (engine.md §5.3 #2): on-hand below zero. Not part of the annual estimate (§5.7); its
 * per-item figure is the value at cost, {@code abs(q) × c}, without a cap, and it feeds the negative-inventory alert.
 */
final class NegativeInventoryRule implements LegacyRule {
    private static final RuleDescriptor DESCRIPTOR = LegacyRule.describe(
            LegacyPrimitive.NEGATIVE_INVENTORY, "On-hand quantity below zero (flagged from 11 units short).");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public double score(LegacyFields fields) {
        double q = fields.q();
        return q < 0 ? Math.min(0.99, Math.abs(q) / 100) : 0;
    }

    @Override
    public String context(LegacyFields fields) {
        return "System shows " + number(fields.q(), 0) + " units on hand (negative). Value at cost: "
                + money(Math.abs(fields.q()) * fields.c())
                + ". Possible overselling, theft, or an unrecorded receipt; count this item.";
    }

    @Override
    public double impact(LegacyFields fields) {
        return Math.abs(fields.q()) * fields.c();
    }

    @Override
    public double impactCap() {
        return Double.POSITIVE_INFINITY;
    }
}

package com.profitsentinel.engine.rules.sentinel;

import com.profitsentinel.engine.analysis.Item;
import com.profitsentinel.engine.analysis.PurchaseChecks;
import com.profitsentinel.engine.rule.RuleDescriptor;
import java.util.List;

/**
 * One leak rule of the {@code sentinel} engine (engine.md §6.4): pure, no state, thresholds through {@link
 * Thresholds}. Non-inventory records and later duplicates never reach a rule.
 */
interface SentinelRule {
    RuleDescriptor descriptor();

    /** Adds this rule's finding for the item, if any, to {@code out}. */
    void evaluate(Item item, Thresholds thresholds, PurchaseChecks checks, List<Draft> out);

    /** The group sentence (§6.4) of {@code n} findings of this rule. */
    String groupContext(GroupTotals totals);

    /** The type's recommendations, in order. */
    List<String> recommendations();
}

package com.profitsentinel.engine.analysis;

import com.profitsentinel.engine.finding.Finding;
import com.profitsentinel.engine.record.ItemRecord;

/**
 * Receives every finding the moment the engine makes it, so that huge inputs can be written out as they are analysed
 * (ndjson) without keeping every finding in memory.
 */
@FunctionalInterface
public interface FindingListener {
    /** A listener that ignores findings. */
    FindingListener NONE = finding -> {};

    void finding(Finding finding);

    /**
     * A finding with the record it was made from, for listeners that keep item attributes the finding does not carry
     * (department, category, vendor). Delegates to {@link #finding(Finding)} by default.
     */
    default void finding(Finding finding, ItemRecord record) {
        finding(finding);
    }

    /** Every analysed inventory record, flagged or not, before its findings. Ignored by default. */
    default void item(ItemRecord record) {}
}

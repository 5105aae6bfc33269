package com.profitsentinel.engine.rules.legacy;

import com.profitsentinel.engine.finding.LegacyPrimitive;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What one store contributed (engine.md §5.8, §5.9): records seen, flagged records with their fact sets, Σ annual
 * figures and the store's groups. Supports one checkpoint. Not thread-safe.
 */
final class StoreTally {
    private final String storeId;
    private final EnumMap<LegacyPrimitive, GroupTally> groups = new EnumMap<>(LegacyPrimitive.class);
    private final FactSetCounts flaggedFacts = new FactSetCounts();
    private long records;
    private double impact;

    private long savedRecords;
    private double savedImpact;

    StoreTally(String storeId) {
        this.storeId = storeId;
    }

    String storeId() {
        return storeId;
    }

    void record() {
        records++;
    }

    long records() {
        return records;
    }

    /** A record flagged by at least one primitive, with its facts. */
    void flagged(long factMask) {
        flaggedFacts.add(factMask);
    }

    /** Facts of the flagged records, one entry per record. */
    FactSetCounts flaggedFacts() {
        return flaggedFacts;
    }

    void addImpact(double findingImpact) {
        impact += findingImpact;
    }

    /** Σ annual profit at risk of the store's findings. */
    double impact() {
        return impact;
    }

    GroupTally group(LegacyPrimitive primitive, Function<LegacyPrimitive, GroupTally> create) {
        return groups.computeIfAbsent(primitive, create);
    }

    /** The store's groups in primitive iteration order. */
    Map<LegacyPrimitive, GroupTally> groups() {
        return groups;
    }

    /** Drops the groups once they are in the result (the analysis is finished). */
    void release() {
        groups.clear();
    }

    void checkpoint() {
        savedRecords = records;
        savedImpact = impact;
        flaggedFacts.checkpoint();
        groups.values().forEach(GroupTally::checkpoint);
    }

    /** Goes back to the last checkpoint; groups that were empty then are dropped. */
    void restore() {
        records = savedRecords;
        impact = savedImpact;
        flaggedFacts.restore();
        groups.values().forEach(GroupTally::restore);
        groups.values().removeIf(group -> group.size() == 0);
    }
}

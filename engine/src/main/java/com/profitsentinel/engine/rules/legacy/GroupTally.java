package com.profitsentinel.engine.rules.legacy;

import com.profitsentinel.engine.finding.LegacyPrimitive;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The members of one (store, primitive) group (engine.md §4.2, §7.1) in record order: SKU, finding ID (kept as the 64
 * bits its 16 hex characters stand for) and annual figure, plus the sums and the members' fact sets. Supports one
 * checkpoint. Not thread-safe.
 */
final class GroupTally {
    private static final HexFormat HEX = HexFormat.of();

    private final LegacyPrimitive primitive;
    private final String groupId;
    private final ArrayList<String> skus = new ArrayList<>();
    private long[] findingIds = new long[8];
    private double[] impacts = new double[8];
    private double impact;
    private double confidence;
    private final FactSetCounts facts = new FactSetCounts();

    private int savedSize;
    private double savedImpact;
    private double savedConfidence;

    GroupTally(LegacyPrimitive primitive, String groupId) {
        this.primitive = primitive;
        this.groupId = groupId;
    }

    /** Adds a finding of the group. */
    void add(String sku, String findingId, double findingImpact, double findingConfidence, long factMask) {
        int size = skus.size();
        if (size == findingIds.length) {
            findingIds = Arrays.copyOf(findingIds, size * 2);
            impacts = Arrays.copyOf(impacts, size * 2);
        }
        skus.add(sku);
        findingIds[size] = HexFormat.fromHexDigitsToLong(findingId);
        impacts[size] = findingImpact;
        impact += findingImpact;
        confidence += findingConfidence;
        facts.add(factMask);
    }

    LegacyPrimitive primitive() {
        return primitive;
    }

    String groupId() {
        return groupId;
    }

    int size() {
        return skus.size();
    }

    String sku(int index) {
        return skus.get(index);
    }

    double impact(int index) {
        return impacts[index];
    }

    /** The member SKUs in record order. */
    List<String> skus() {
        return List.copyOf(skus);
    }

    /** The member finding IDs in record order. */
    List<String> findingIds() {
        List<String> ids = new ArrayList<>(skus.size());
        for (int index = 0; index < skus.size(); index++) {
            ids.add(HEX.toHexDigits(findingIds[index]));
        }
        return ids;
    }

    /** Σ annual profit at risk. */
    double impact() {
        return impact;
    }

    /** Mean confidence of the members. */
    double meanConfidence() {
        return confidence / skus.size();
    }

    FactSetCounts facts() {
        return facts;
    }

    void checkpoint() {
        savedSize = skus.size();
        savedImpact = impact;
        savedConfidence = confidence;
        facts.checkpoint();
    }

    /** Goes back to the last checkpoint (to empty when there was none). */
    void restore() {
        skus.subList(savedSize, skus.size()).clear();
        impact = savedImpact;
        confidence = savedConfidence;
        facts.restore();
    }
}

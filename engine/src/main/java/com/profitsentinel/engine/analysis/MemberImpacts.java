package com.profitsentinel.engine.analysis;

import com.profitsentinel.engine.finding.Group;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The annual profit at risk of every member finding of every group, by group ID, in the order of the group's
 * {@code findingIds}: what the digest needs for its de-duplicated total (§7.2) whether or not the findings themselves
 * were retained. One {@code double} per finding instead of a map entry.
 */
public final class MemberImpacts {
    private static final double[] NONE = new double[0];

    private final Map<String, double[]> byGroup;

    /** @param byGroup group ID → member impacts (arrays are not copied; the caller gives them up) */
    public MemberImpacts(Map<String, double[]> byGroup) {
        this.byGroup = Map.copyOf(byGroup);
    }

    /** The impacts of a group's members, parallel to its finding IDs; empty for a group this result does not know. */
    public double[] of(Group group) {
        double[] impacts = byGroup.getOrDefault(group.groupId(), NONE);
        return impacts.length == group.findingIds().size() ? impacts : NONE;
    }

    /** Finding ID → impact for every member (built on demand). */
    public Map<String, Double> byFindingId(Iterable<Group> groups) {
        Map<String, Double> impacts = new HashMap<>();
        for (Group group : groups) {
            double[] values = of(group);
            for (int index = 0; index < values.length; index++) {
                impacts.put(group.findingIds().get(index), values[index]);
            }
        }
        return impacts;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (!(other instanceof MemberImpacts that) || !byGroup.keySet().equals(that.byGroup.keySet())) {
            return false;
        }
        for (Map.Entry<String, double[]> entry : byGroup.entrySet()) {
            if (!Arrays.equals(entry.getValue(), that.byGroup.get(entry.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = 0;
        for (Map.Entry<String, double[]> entry : byGroup.entrySet()) {
            hash += entry.getKey().hashCode() ^ Arrays.hashCode(entry.getValue());
        }
        return hash;
    }

    @Override
    public String toString() {
        return "MemberImpacts[" + byGroup.size() + " groups]";
    }

    /** The impacts of a finding list, grouped by each finding's group in list order. */
    public static MemberImpacts of(Iterable<com.profitsentinel.engine.finding.Finding> findings) {
        Map<String, double[]> byGroup = new HashMap<>();
        Map<String, Integer> sizes = new HashMap<>();
        for (com.profitsentinel.engine.finding.Finding finding : findings) {
            int size = sizes.merge(finding.groupId(), 1, Integer::sum);
            double[] impacts = byGroup.computeIfAbsent(finding.groupId(), ignored -> new double[4]);
            if (impacts.length < size) {
                impacts = Arrays.copyOf(impacts, impacts.length * 2);
                byGroup.put(finding.groupId(), impacts);
            }
            impacts[size - 1] = finding.annualProfitAtRisk();
        }
        Map<String, double[]> trimmed = new HashMap<>();
        byGroup.forEach(
                (groupId, impacts) -> trimmed.put(groupId, Arrays.copyOf(impacts, sizes.getOrDefault(groupId, 0))));
        return new MemberImpacts(trimmed);
    }
}

package com.profitsentinel.engine.digest;

import com.profitsentinel.engine.finding.Group;
import java.util.List;

/**
 * A ranked digest (engine.md §10, summary per step 7 and §7.2). Groups carry their unrounded priority; filtered-out
 * groups carry NaN.
 *
 * @param selected the top-k groups in final order
 * @param ranked every group that passed the low-impact filter, in final order
 * @param filteredOut the groups below {@code min_digest_impact}, in input order
 * @param totalDollarImpact Σ annual profit at risk of the selected groups
 * @param selectedDedupTotal Σ over distinct (store, SKU) of the selected groups of the SKU's largest finding impact
 * @param storesAffected distinct stores among the selected groups
 * @param groupsDetected groups considered (DATA_QUALITY excluded), kept or filtered
 * @param groupsFilteredOut groups removed by the low-impact filter
 */
public record Digest(
        List<Group> selected,
        List<Group> ranked,
        List<Group> filteredOut,
        double totalDollarImpact,
        double selectedDedupTotal,
        int storesAffected,
        int groupsDetected,
        int groupsFilteredOut) {

    public Digest {
        selected = List.copyOf(selected);
        ranked = List.copyOf(ranked);
        filteredOut = List.copyOf(filteredOut);
        if (storesAffected < 0 || groupsDetected < 0 || groupsFilteredOut < 0) {
            throw new IllegalArgumentException("counts must not be negative: stores " + storesAffected + ", detected "
                    + groupsDetected + ", filtered out " + groupsFilteredOut);
        }
    }

    /** The number of selected groups ({@code total_issues}). */
    public int totalIssues() {
        return selected.size();
    }
}

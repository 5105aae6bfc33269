package com.profitsentinel.app.findings;

import java.util.List;
import java.util.Set;

/**
 * The findings of an analysis as they are stored with it, and what the finding states need to move on (workflows.md
 * §10).
 *
 * @param findings every finding, or the largest ones when {@code complete} is false
 * @param groups every group
 * @param complete false when findings were left out (then no finding is marked resolved by this analysis)
 * @param skusPresent the SKUs of the upload among those of the store's open findings: an open finding absent from the
 *     analysis is resolved only when its SKU is here (a partial upload resolves nothing)
 * @param skusAbsent the SKUs of the store's open findings the upload did not contain (for comparisons: "missing from
 *     upload", not resolved)
 * @param reactivationThreshold an acknowledged finding becomes active again when its impact rose by more than this
 *     fraction since the acknowledgement
 */
public record FindingSnapshot(
        List<StoredFinding> findings,
        List<StoredGroup> groups,
        boolean complete,
        Set<String> skusPresent,
        Set<String> skusAbsent,
        double reactivationThreshold) {
    public FindingSnapshot {
        findings = List.copyOf(findings);
        groups = List.copyOf(groups);
        skusPresent = Set.copyOf(skusPresent);
        skusAbsent = Set.copyOf(skusAbsent);
        if (!(reactivationThreshold >= 0)) {
            throw new IllegalArgumentException("reactivationThreshold must be ≥ 0: " + reactivationThreshold);
        }
    }

    /** No findings (an analysis stored without a snapshot). */
    public static FindingSnapshot empty() {
        return new FindingSnapshot(List.of(), List.of(), false, Set.of(), Set.of(), 0.25);
    }
}

package com.profitsentinel.app.findings;

import static java.util.Objects.requireNonNull;

/**
 * A stored group of one analysis with what its member rows add: the highest member severity and how many members are
 * active now.
 */
public record GroupView(String analysisId, String storeId, StoredGroup group, String severity, long activeFindings) {
    public GroupView {
        requireNonNull(analysisId, "analysisId is null");
        requireNonNull(storeId, "storeId is null");
        requireNonNull(group, "group is null");
        requireNonNull(severity, "severity is null");
    }
}

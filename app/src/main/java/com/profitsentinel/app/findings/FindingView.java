package com.profitsentinel.app.findings;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A stored finding of one analysis with the current state of its ID: what the findings endpoints answer.
 *
 * @param storeId the analysis's store
 * @param analysisCreatedAt when that analysis was made
 */
public record FindingView(
        String analysisId, String storeId, Instant analysisCreatedAt, StoredFinding finding, FindingState state) {
    public FindingView {
        requireNonNull(analysisId, "analysisId is null");
        requireNonNull(storeId, "storeId is null");
        requireNonNull(analysisCreatedAt, "analysisCreatedAt is null");
        requireNonNull(finding, "finding is null");
        requireNonNull(state, "state is null");
    }

    /** The same view with another state. */
    public FindingView withState(FindingState newState) {
        return new FindingView(analysisId, storeId, analysisCreatedAt, finding, newState);
    }
}

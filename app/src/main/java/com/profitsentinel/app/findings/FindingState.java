package com.profitsentinel.app.findings;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * The state of one stable finding ID in an org (workflows.md §10).
 *
 * @param lastAnalysisId the analysis that last contained the finding
 * @param reactivatedReason {@code worsened}, {@code snooze_ended} or {@code reappeared} when an analysis made it active
 *     again
 */
public record FindingState(
        String findingId,
        String storeId,
        FindingStatus status,
        Instant firstSeenAt,
        Instant lastSeenAt,
        String lastAnalysisId,
        long timesSeen,
        Optional<String> reactivatedReason,
        Optional<Acknowledgement> acknowledgement) {
    public FindingState {
        requireNonNull(findingId, "findingId is null");
        requireNonNull(storeId, "storeId is null");
        requireNonNull(status, "status is null");
        requireNonNull(firstSeenAt, "firstSeenAt is null");
        requireNonNull(lastSeenAt, "lastSeenAt is null");
        requireNonNull(lastAnalysisId, "lastAnalysisId is null");
        requireNonNull(reactivatedReason, "reactivatedReason is null");
        requireNonNull(acknowledgement, "acknowledgement is null");
        if (status == FindingStatus.ACKNOWLEDGED && acknowledgement.isEmpty()) {
            throw new IllegalArgumentException("an acknowledged finding has its acknowledgement: " + findingId);
        }
    }

    /** The same state with how often and when its finding was last seen, as read from the snapshots. */
    public FindingState withSeen(Instant lastSeen, String lastAnalysis, long seen) {
        return new FindingState(
                findingId,
                storeId,
                status,
                firstSeenAt,
                lastSeen,
                lastAnalysis,
                seen,
                reactivatedReason,
                acknowledgement);
    }
}

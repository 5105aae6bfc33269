package com.profitsentinel.app.limits;

import java.time.Instant;
import java.util.List;

/**
 * Counted events of the rate-limit budgets (api.md §3): one row per accepted analysis, upload or API request, kept in
 * the database so the sliding windows hold across server instances, pruned after 25 hours.
 */
public interface RateEvents {
    /** Records one event of {@code budget} for {@code subject} (an org, a user, an API key, a client address). */
    void record(String budget, String subject, Instant at);

    /** The instants of the subject's events in the budget at or after {@code from}, oldest first. */
    List<Instant> since(String budget, String subject, Instant from);

    /** Deletes the events older than {@code before}; returns how many. */
    int prune(Instant before);
}

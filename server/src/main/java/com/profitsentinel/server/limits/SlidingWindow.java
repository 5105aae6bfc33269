package com.profitsentinel.server.limits;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One budget over a sliding window (api.md §3), decided from the instants of the events still in the window.
 *
 * @param name the budget ({@code analyses-hour})
 * @param limit events allowed per window
 * @param window the window's length
 */
public record SlidingWindow(String name, int limit, Duration window) {

    /**
     * What the budget says at {@code now}.
     *
     * @param used events in the window
     * @param remaining events still allowed (0 when exhausted)
     * @param resetSeconds seconds until the oldest counted event leaves the window (0 when none is counted)
     */
    public record State(SlidingWindow budget, int used, int remaining, long resetSeconds) {
        public boolean exhausted() {
            return remaining == 0;
        }

        /** {@code Retry-After}: delta-seconds, at least 1. */
        public long retryAfterSeconds() {
            return Math.max(1, resetSeconds);
        }

        /** The member of {@code RateLimit-Policy}: {@code "analyses-hour";q=10;w=3600}. */
        public String policy() {
            return "\"" + budget.name() + "\";q=" + budget.limit() + ";w="
                    + budget.window().toSeconds();
        }

        /** The {@code RateLimit} field: {@code "analyses-hour";r=3;t=1520}. */
        public String rateLimit() {
            return "\"" + budget.name() + "\";r=" + remaining + ";t=" + resetSeconds;
        }
    }

    /** The state given the instants of the events at or after {@code now - window}, oldest first. */
    public State state(List<Instant> events, Instant now) {
        int used = 0;
        Instant oldest = null;
        Instant start = now.minus(window);
        for (Instant event : events) {
            if (event.isBefore(start)) {
                continue;
            }
            used++;
            if (oldest == null || event.isBefore(oldest)) {
                oldest = event;
            }
        }
        long reset = 0;
        if (oldest != null) {
            Duration left = Duration.between(now, oldest.plus(window));
            reset = Math.max(0, left.toSeconds() + (left.toNanosPart() > 0 ? 1 : 0));
        }
        return new State(this, used, Math.max(0, limit - used), reset);
    }
}

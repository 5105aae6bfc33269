package com.profitsentinel.app.account;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;

/**
 * A sign-in session of the web UI (operations.md §9.2): found by the SHA-256 of the {@code ps_auth} cookie's random
 * value (the value itself is never stored), with the CSRF token every state-changing request must send.
 */
public record Session(
        String idHash, String userId, String orgId, String csrfToken, Instant createdAt, Instant lastSeenAt) {
    /** A session unused this long has ended. */
    public static final Duration IDLE = Duration.ofHours(2);

    /** A session ends this long after sign-in, used or not. */
    public static final Duration ABSOLUTE = Duration.ofHours(12);

    public Session {
        requireNonNull(idHash, "idHash is null");
        requireNonNull(userId, "userId is null");
        requireNonNull(orgId, "orgId is null");
        requireNonNull(csrfToken, "csrfToken is null");
        requireNonNull(createdAt, "createdAt is null");
        requireNonNull(lastSeenAt, "lastSeenAt is null");
    }

    /** Whether the session still holds at {@code now}. */
    public boolean activeAt(Instant now) {
        return now.isBefore(lastSeenAt.plus(IDLE)) && now.isBefore(createdAt.plus(ABSOLUTE));
    }
}

package com.profitsentinel.app.account;

import java.time.Instant;
import java.util.Optional;

/** Password hashes and sign-in sessions. Platform level: the caller has proven nothing yet when these are read. */
public interface AccountRepository {
    /** The user's PHC password hash, empty when the user has no password (a JWT-only account). */
    Optional<String> passwordHash(String userId);

    /** Sets (or replaces) the user's password hash. */
    void setPasswordHash(String userId, String hash, Instant at);

    void createSession(Session session);

    Optional<Session> session(String idHash);

    /** Records use of a session at {@code at}. */
    void touchSession(String idHash, Instant at);

    void deleteSession(String idHash);

    /** Ends every session of a user (password change, removal); returns how many. */
    int deleteSessionsOf(String userId);

    /** Deletes the sessions last used before {@code idleBefore} or created before {@code createdBefore}. */
    int pruneSessions(Instant idleBefore, Instant createdBefore);
}

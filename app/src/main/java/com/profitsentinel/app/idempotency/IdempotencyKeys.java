package com.profitsentinel.app.idempotency;

import java.time.Instant;
import java.util.Optional;

/** Stored first answers by caller scope and key. */
public interface IdempotencyKeys {
    /** The answer stored for the key at or after {@code since}. */
    Optional<StoredAnswer> find(String scope, String key, Instant since);

    /** Stores the first answer; a key already stored (a concurrent first request) keeps its answer. */
    void save(String scope, String key, StoredAnswer answer);

    /** Deletes the answers stored before {@code before}; returns how many. */
    int prune(Instant before);
}

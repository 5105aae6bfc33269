package com.profitsentinel.app.idempotency;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The first answer to a request with an idempotency key.
 *
 * @param fingerprint SHA-256 of the request (method, path, content type, body): a repeat must match it
 */
public record StoredAnswer(String fingerprint, int status, String contentType, String body, Instant createdAt) {
    public StoredAnswer {
        requireNonNull(fingerprint, "fingerprint is null");
        requireNonNull(contentType, "contentType is null");
        requireNonNull(body, "body is null");
        requireNonNull(createdAt, "createdAt is null");
    }
}

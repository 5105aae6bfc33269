package com.profitsentinel.app.audit;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * One audit event as recorded (operations.md §8): who did what to which object, with what outcome. Appended in a hash
 * chain: {@link #hash(String)} covers every field and the previous event's hash, so a changed or removed row breaks the
 * chain.
 *
 * @param orgId empty for platform events
 * @param actorType {@code user}, {@code api_key} or {@code system}
 * @param outcome {@code success}, {@code denied} or {@code error}
 * @param before the changed values before (JSON text, secrets redacted), empty when none
 * @param after the changed values after, empty when none
 */
public record AuditEntry(
        Instant at,
        Optional<String> orgId,
        String actorType,
        String actorId,
        String actorDisplay,
        String action,
        String targetType,
        String targetId,
        String outcome,
        String reason,
        String before,
        String after,
        String requestId) {

    public AuditEntry {
        requireNonNull(at, "at is null");
        requireNonNull(orgId, "orgId is null");
        requireNonNull(actorType, "actorType is null");
        requireNonNull(actorId, "actorId is null");
        requireNonNull(actorDisplay, "actorDisplay is null");
        requireNonNull(action, "action is null");
        requireNonNull(targetType, "targetType is null");
        requireNonNull(targetId, "targetId is null");
        requireNonNull(outcome, "outcome is null");
        requireNonNull(reason, "reason is null");
        requireNonNull(before, "before is null");
        requireNonNull(after, "after is null");
        requireNonNull(requestId, "requestId is null");
        if (!List.of("user", "api_key", "system").contains(actorType)) {
            throw new IllegalArgumentException("actorType must be user, api_key or system: " + actorType);
        }
        if (!List.of("success", "denied", "error").contains(outcome)) {
            throw new IllegalArgumentException("outcome must be success, denied or error: " + outcome);
        }
    }

    /**
     * The event's hash: SHA-256 (lower-case hex) of the previous hash and every field, one per line, in declaration
     * order, with backslashes and line breaks escaped; the instant is written in ISO-8601 with microseconds (what the
     * databases keep).
     */
    public String hash(String previousHash) {
        StringBuilder canonical = new StringBuilder(previousHash);
        for (String field : List.of(
                at.toString(),
                orgId.orElse(""),
                actorType,
                actorId,
                actorDisplay,
                action,
                targetType,
                targetId,
                outcome,
                reason,
                before,
                after,
                requestId)) {
            canonical.append('\n').append(field.replace("\\", "\\\\").replace("\n", "\\n"));
        }
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}

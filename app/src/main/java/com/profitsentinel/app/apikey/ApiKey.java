package com.profitsentinel.app.apikey;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * An API key's record (api.md §5.15, operations.md §9.2): the secret itself is never stored, only its SHA-256; the key
 * acts for its creator in their org, limited to its scopes.
 *
 * @param keyId {@code key_} + the first 12 hex characters of the secret's SHA-256
 * @param prefix {@code ps_live_} or {@code ps_test_}
 * @param last4 the secret's last four characters, to recognize it
 */
public record ApiKey(
        String keyId,
        String orgId,
        String createdBy,
        String name,
        String prefix,
        String last4,
        Set<String> scopes,
        Instant createdAt,
        Optional<Instant> expiresAt,
        Optional<Instant> revokedAt,
        Optional<Instant> lastUsedAt) {

    /** The scopes of api.md §5.15. */
    public static final List<String> SCOPES = List.of(
            "analyses:read",
            "analyses:write",
            "findings:read",
            "findings:write",
            "tasks:read",
            "tasks:write",
            "digest:read",
            "reports:read",
            "config:read",
            "config:write",
            "stores:read",
            "stores:write");

    public ApiKey {
        requireNonNull(keyId, "keyId is null");
        requireNonNull(orgId, "orgId is null");
        requireNonNull(createdBy, "createdBy is null");
        requireNonNull(name, "name is null");
        requireNonNull(prefix, "prefix is null");
        requireNonNull(last4, "last4 is null");
        scopes = Set.copyOf(new TreeSet<>(scopes));
        requireNonNull(createdAt, "createdAt is null");
        requireNonNull(expiresAt, "expiresAt is null");
        requireNonNull(revokedAt, "revokedAt is null");
        requireNonNull(lastUsedAt, "lastUsedAt is null");
        if (!SCOPES.containsAll(scopes) || scopes.isEmpty()) {
            throw new IllegalArgumentException("scopes must be a non-empty subset of " + SCOPES + ": " + scopes);
        }
        if (!prefix.equals("ps_live_") && !prefix.equals("ps_test_")) {
            throw new IllegalArgumentException("prefix must be ps_live_ or ps_test_: " + prefix);
        }
    }

    /** Lower-case hex SHA-256 of a secret (what is stored and looked up). */
    public static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** The key id of a secret: {@code key_} + 12 hex of its hash. */
    public static String idOf(String secret) {
        return "key_" + hash(secret).substring(0, 12);
    }

    public boolean isTest() {
        return prefix.equals("ps_test_");
    }
}

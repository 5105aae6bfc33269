package com.profitsentinel.server.uploads;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signed {@code policy} of a presigned form upload with local storage (api.md §4.1-4.2): upload id, key, expiry and
 * size limit, signed with HMAC-SHA256 under a key kept in the data directory (created on first start, owner-only).
 */
public final class PolicySigner {
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final byte[] key;

    PolicySigner(byte[] key) {
        this.key = key.clone();
    }

    /** The signer whose key is {@code file}, created with 32 random bytes when missing. */
    public static PolicySigner fromKeyFile(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                Files.write(file, fresh);
                file.toFile().setReadable(false, false);
                file.toFile().setReadable(true, true);
            }
            return new PolicySigner(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("the upload signing key " + file + " cannot be read or created", e);
        }
    }

    /** What a policy allows. */
    public record Policy(String uploadId, String key, Instant expiresAt, long maxBytes) {}

    public String sign(Policy policy) {
        String payload = policy.uploadId() + "\n" + policy.key() + "\n"
                + policy.expiresAt().getEpochSecond() + "\n" + policy.maxBytes();
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(mac(bytes));
    }

    /** The policy when the token is well-formed and its signature is ours (expiry is the caller's check). */
    public Optional<Policy> verify(String token) {
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        byte[] payload;
        byte[] signature;
        try {
            payload = DECODER.decode(token.substring(0, dot));
            signature = DECODER.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(mac(payload), signature)) {
            return Optional.empty();
        }
        String[] parts = new String(payload, StandardCharsets.UTF_8).split("\n", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Policy(
                    parts[0], parts[1], Instant.ofEpochSecond(Long.parseLong(parts[2])), Long.parseLong(parts[3])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(payload);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}

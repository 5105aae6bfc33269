package com.profitsentinel.app.id;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/** Resource identifiers (api.md §1.3): UUID version 7, lower-case canonical text. */
public final class Ids {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {}

    /** A new UUIDv7 for the current time. */
    public static String newId() {
        return newId(Instant.now());
    }

    /** A new UUIDv7 whose 48-bit timestamp is {@code at} (milliseconds since the epoch). */
    public static String newId(Instant at) {
        long millis = at.toEpochMilli();
        long randomHigh = RANDOM.nextLong();
        long randomLow = RANDOM.nextLong();
        long most = (millis << 16) | 0x7000L | (randomHigh & 0x0FFFL);
        long least = (randomLow & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(most, least).toString();
    }

    /** {@code bytes} random bytes as lower-case hex (tokens, secrets). */
    public static String randomHex(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }
}

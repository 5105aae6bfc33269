package com.profitsentinel.app.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes in the PHC string format ({@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}, the OWASP
 * minimum): a random 16-byte salt per password, a 32-byte hash, compared in constant time. The parameters are read back
 * from each stored string, so raising them later keeps old hashes verifiable.
 */
public final class PasswordHasher {
    /** The shortest password accepted (operations.md §9.2). */
    public static final int MIN_LENGTH = 12;

    private static final int MEMORY_KIB = 19_456;
    private static final int ITERATIONS = 2;
    private static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getDecoder();

    private final SecureRandom random = new SecureRandom();

    /** The PHC string of a new hash of {@code password}. */
    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = argon2(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
        return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$"
                + ENCODER.encodeToString(salt) + "$" + ENCODER.encodeToString(hash);
    }

    /** Whether {@code password} matches the stored PHC string; false for a string that does not parse. */
    public boolean verify(String password, String stored) {
        Optional<Parsed> parsed = parse(stored);
        if (parsed.isEmpty()) {
            return false;
        }
        Parsed phc = parsed.get();
        byte[] actual =
                argon2(password, phc.salt(), phc.memory(), phc.iterations(), phc.parallelism(), phc.hash().length);
        return MessageDigest.isEqual(actual, phc.hash());
    }

    /** Why a new password is refused, empty when it is acceptable. */
    public static Optional<String> weakness(String password) {
        if (password.length() < MIN_LENGTH) {
            return Optional.of("The password must be at least " + MIN_LENGTH + " characters long.");
        }
        if (password.isBlank()) {
            return Optional.of("The password must not be blank.");
        }
        return Optional.empty();
    }

    @SuppressWarnings("ArrayRecordComponent") // private, read once, never compared or hashed
    private record Parsed(int memory, int iterations, int parallelism, byte[] salt, byte[] hash) {}

    private static Optional<Parsed> parse(String stored) {
        String[] parts = stored.split("\\$", -1);
        // "", "argon2id", "v=19", "m=…,t=…,p=…", salt, hash
        if (parts.length != 6 || !parts[1].equals("argon2id") || !parts[2].equals("v=19")) {
            return Optional.empty();
        }
        int memory = 0;
        int iterations = 0;
        int parallelism = 0;
        try {
            for (String parameter : parts[3].split(",", -1)) {
                int equals = parameter.indexOf('=');
                int value = Integer.parseInt(parameter.substring(equals + 1));
                switch (parameter.substring(0, Math.max(0, equals))) {
                    case "m" -> memory = value;
                    case "t" -> iterations = value;
                    case "p" -> parallelism = value;
                    default -> {
                        return Optional.empty();
                    }
                }
            }
            byte[] salt = DECODER.decode(parts[4]);
            byte[] hash = DECODER.decode(parts[5]);
            if (memory < 8 || iterations < 1 || parallelism < 1 || salt.length < 8 || hash.length < 16) {
                return Optional.empty();
            }
            return Optional.of(new Parsed(memory, iterations, parallelism, salt, hash));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] argon2(
            String password, byte[] salt, int memory, int iterations, int parallelism, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memory)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] hash = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), hash);
        return hash;
    }
}

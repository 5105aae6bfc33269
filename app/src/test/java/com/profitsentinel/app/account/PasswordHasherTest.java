package com.profitsentinel.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Argon2id hashes in PHC form, the password rule and session expiry (operations.md §9.2). */
class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void aHashVerifiesItsPasswordOnlyAndIsSaltedEachTime() {
        String hash = hasher.hash("correct horse battery staple");

        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(hasher.verify("correct horse battery staple", hash)).isTrue();
        assertThat(hasher.verify("correct horse battery stapler", hash)).isFalse();
        assertThat(hasher.hash("correct horse battery staple")).isNotEqualTo(hash);
    }

    @Test
    void aStoredStringThatDoesNotParseVerifiesNothing() {
        assertThat(hasher.verify("anything", "")).isFalse();
        assertThat(hasher.verify("anything", "$2b$12$abcdefghijklmnopqrstuv")).isFalse();
        assertThat(hasher.verify("anything", "$argon2id$v=19$m=19456,t=2,p=1$!!!$???"))
                .isFalse();
        assertThat(hasher.verify("anything", "$argon2id$v=19$m=1,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA"))
                .isFalse();
    }

    @Test
    void passwordsNeedTwelveCharacters() {
        assertThat(PasswordHasher.weakness("eleven char"))
                .contains("The password must be at least 12 characters long.");
        assertThat(PasswordHasher.weakness("twelve chars")).isEmpty();
    }

    @Test
    void aSessionEndsAfterTwoIdleHoursOrTwelveHoursInAll() {
        Instant start = Instant.parse("2026-11-22T08:00:00Z");
        Session fresh = new Session("h", "u", "o", "t", start, start);
        Session busy = new Session("h", "u", "o", "t", start, start.plus(Duration.ofHours(11)));

        assertThat(fresh.activeAt(start.plus(Duration.ofMinutes(119)))).isTrue();
        assertThat(fresh.activeAt(start.plus(Duration.ofHours(2)))).isFalse();
        assertThat(busy.activeAt(start.plus(Duration.ofMinutes(719)))).isTrue();
        assertThat(busy.activeAt(start.plus(Duration.ofHours(12)))).isFalse();
    }
}

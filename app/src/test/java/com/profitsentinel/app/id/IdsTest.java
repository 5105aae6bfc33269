package com.profitsentinel.app.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdsTest {
    @Test
    void newIdIsAVersion7UuidCarryingItsMillisecond() {
        Instant at = Instant.parse("2026-03-02T11:04:05.120Z");
        String id = Ids.newId(at);
        UUID uuid = UUID.fromString(id);
        assertThat(id).isEqualTo(id.toLowerCase(java.util.Locale.ROOT)).hasSize(36);
        assertThat(uuid.version()).isEqualTo(7);
        assertThat(uuid.variant()).isEqualTo(2);
        assertThat(uuid.getMostSignificantBits() >>> 16).isEqualTo(at.toEpochMilli());
    }

    @Test
    void laterIdsSortAfterEarlierOnes() {
        String earlier = Ids.newId(Instant.parse("2026-03-02T11:04:05.120Z"));
        String later = Ids.newId(Instant.parse("2026-03-02T11:04:05.121Z"));
        assertThat(later).isGreaterThan(earlier);
    }

    @Test
    void randomHexHasTwoCharactersPerByte() {
        assertThat(Ids.randomHex(24)).hasSize(48).matches("[0-9a-f]{48}");
    }
}

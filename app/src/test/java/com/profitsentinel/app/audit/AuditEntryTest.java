package com.profitsentinel.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditEntryTest {
    private static AuditEntry entry(String reason) {
        return new AuditEntry(
                Instant.parse("2026-03-02T11:04:05.120Z"),
                Optional.of("org-1"),
                "user",
                "user-1",
                "Ann",
                "analysis.renamed",
                "analysis",
                "a-1",
                "success",
                reason,
                "{\"label\":\"July\"}",
                "{\"label\":\"August\"}",
                "req-12345678");
    }

    @Test
    void theHashCoversEveryFieldAndThePreviousHash() {
        String hash = entry("").hash("");

        assertThat(hash).hasSize(64).matches("[0-9a-f]{64}").isEqualTo(entry("").hash(""));
        assertThat(entry("x").hash("")).isNotEqualTo(hash);
        assertThat(entry("").hash("0".repeat(64))).isNotEqualTo(hash);
    }

    @Test
    void lineBreaksCannotForgeAnotherFieldSplit() {
        AuditEntry split = new AuditEntry(
                entry("").at(),
                Optional.of("org-1"),
                "user",
                "user-1",
                "Ann\nanalysis.renamed",
                "",
                "analysis",
                "a-1",
                "success",
                "",
                "{\"label\":\"July\"}",
                "{\"label\":\"August\"}",
                "req-12345678");

        assertThat(split.hash("")).isNotEqualTo(entry("").hash(""));
    }

    @Test
    void actorTypesAndOutcomesAreClosedSets() {
        assertThatThrownBy(() -> new AuditEntry(
                        Instant.EPOCH, Optional.empty(), "robot", "", "", "a", "t", "i", "success", "", "", "", ""))
                .hasMessageContaining("actorType");
        assertThatThrownBy(() -> new AuditEntry(
                        Instant.EPOCH, Optional.empty(), "system", "", "", "a", "t", "i", "maybe", "", "", "", ""))
                .hasMessageContaining("outcome");
    }
}

package com.profitsentinel.app.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Header signatures and the saved choices a new file starts from (columns.md §6.8). */
class SavedMappingsTest {
    @Test
    void theSignatureIgnoresColumnOrderSpellingAndRepeats() {
        String signature = SavedMappings.fingerprint(List.of("SKU", "Qty On Hand", "Cost"));

        assertThat(signature).hasSize(64).matches("[0-9a-f]+");
        assertThat(SavedMappings.fingerprint(List.of("cost", "qty_on_hand", "Sku", "SKU")))
                .isEqualTo(signature);
        assertThat(SavedMappings.fingerprint(List.of("SKU", "Qty On Hand"))).isNotEqualTo(signature);
    }

    @Test
    void theMostRecentlyUsedMappingWinsForASharedHeaderKey() {
        Instant at = Instant.parse("2026-11-22T08:00:00Z");
        SavedMapping recent = new SavedMapping(
                "m2", "s", "f2", "generic", Map.of("cost", "unit_cost", "sku", "sku"), at, at.plusSeconds(60), 3);
        SavedMapping older = new SavedMapping(
                "m1", "s", "f1", "generic", Map.of("cost", "extended", "retail", "retail_price"), at, at, 1);

        assertThat(SavedMappings.choices(List.of(recent, older)))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("cost", "unit_cost", "sku", "sku", "retail", "retail_price"));
    }
}

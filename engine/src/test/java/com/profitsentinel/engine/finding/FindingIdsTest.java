package com.profitsentinel.engine.finding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** engine.md §7.3 examples. */
class FindingIdsTest {
    @Test
    void sentinelIdsMatchTheSpecExamples() {
        FindingIds ids = new FindingIds("sentinel", 2);

        assertThat(ids.finding("store-7", "ELC-4401", "NEGATIVE_INVENTORY")).isEqualTo("ef0cdc9072a606a2");
        assertThat(ids.finding("store-3", "FLR-0501", "DEAD_STOCK")).isEqualTo("89df454382c1593d");
        assertThat(ids.group("store-3", "DEAD_STOCK")).isEqualTo("80ffc699da70ed43");
        assertThat(ids.finding("store-12", "PNT-1001", "MARGIN_EROSION")).isEqualTo("33a70dc3182032a5");
    }

    @Test
    void legacyIdsUseThePrimitiveKey() {
        assertThat(new FindingIds("legacy", 1).finding("default", "A100", "negative_inventory"))
                .isEqualTo("f911668a6c81b59a");
    }
}

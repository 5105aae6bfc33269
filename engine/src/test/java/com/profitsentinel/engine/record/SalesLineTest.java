package com.profitsentinel.engine.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SalesLineTest {
    @Test
    void keepsReturnsAsNegativeQuantities() {
        SalesLine line = new SalesLine("sales.csv", 2, "1", "A", "", 20_000, -2, Double.NaN, Double.NaN, "");

        assertThat(line.quantity()).isEqualTo(-2.0);
    }

    @Test
    void requiresKeysAndADate() {
        assertThatThrownBy(() -> new SalesLine("s", 2, "1", " ", "", 20_000, 1, 0, 0, ""))
                .hasMessage("storeId and sku must not be blank");
        assertThatThrownBy(() -> new SalesLine("s", 2, "1", "A", "", ItemRecord.NO_DATE, 1, 0, 0, ""))
                .hasMessage("transactionDate is unknown");
        assertThatThrownBy(() -> new SalesLine("s", 2, "1", "A", "", 1, Double.NaN, 0, 0, ""))
                .hasMessageStartingWith("quantity must be a finite number");
    }

    @Test
    void rejectsBlankStoreAndInfiniteQuantity() {
        assertThatThrownBy(() -> new SalesLine("s", 2, "", "A", "", 20_000, 1, 0, 0, ""))
                .hasMessage("storeId and sku must not be blank");
        assertThatThrownBy(() -> new SalesLine("s", 2, "1", "A", "", 20_000, Double.POSITIVE_INFINITY, 0, 0, ""))
                .hasMessageStartingWith("quantity must be a finite number");
    }
}

package com.profitsentinel.engine.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CountLineTest {
    @Test
    void keepsLeadingZerosOfTheSku() {
        CountLine line = new CountLine("1", "00123", 7, "A1", 2);

        assertThat(line.sku()).isEqualTo("00123");
        assertThat(line.countedQuantity()).isEqualTo(7.0);
    }

    @Test
    void requiresASku() {
        assertThatThrownBy(() -> new CountLine("1", " ", 7, "", 2)).hasMessage("sku is blank");
    }
}

package com.profitsentinel.testing.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UpcTest {
    @Test
    void appendsTheCheckDigitOfAUpcA() {
        assertThat(Upc.withCheckDigit("03600029145")).isEqualTo("036000291452");
        assertThat(Upc.withCheckDigit("04210000526")).isEqualTo("042100005264");
    }

    @Test
    void acceptsValidUpcEanAndGtinCodes() {
        assertThat(Upc.isValid("036000291452")).isTrue();
        assertThat(Upc.isValid("4006381333931")).isTrue();
        assertThat(Upc.isValid("10036000291459")).isTrue();
    }

    @Test
    void rejectsWrongCheckDigitsLengthsAndLetters() {
        assertThat(Upc.isValid("036000291453")).isFalse();
        assertThat(Upc.isValid("36000291452")).isFalse();
        assertThat(Upc.isValid("03600029145X")).isFalse();
        assertThatThrownBy(() -> Upc.withCheckDigit("0360002914")).hasMessage("a UPC-A body is 11 digits: 0360002914");
    }

    @Test
    void agreesWithTheGeneratorsCheckDigit() {
        for (long body = 71_000_00000L; body < 71_000_00000L + 500; body++) {
            String code = String.format("%011d", body);

            assertThat(Upc.withCheckDigit(code)).endsWith(Integer.toString(PaladinExportGenerator.checkDigit(body)));
        }
    }
}

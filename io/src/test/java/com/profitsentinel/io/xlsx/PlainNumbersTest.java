package com.profitsentinel.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlainNumbersTest {
    @ParameterizedTest
    @CsvSource({
        "12345678901, 12345678901",
        "0, 0",
        "-0.0, 0",
        "-15, -15",
        "1.5, 1.5",
        "0.1, 0.1",
        "1.0E20, 100000000000000000000",
        "2.5E-7, 0.00000025",
        "9007199254740991, 9007199254740991",
        "9007199254740992, 9007199254740992",
        "123456789012345678, 123456789012345680",
        "0.30000000000000004, 0.30000000000000004",
    })
    void writesNumbersWithoutExponent(double value, String expected) {
        assertThat(PlainNumbers.text(value)).isEqualTo(expected);
    }

    @Test
    void writesTheShortestTextThatReadsBackAsTheSameNumber() {
        SplittableRandom random = new SplittableRandom(20250615);
        for (int index = 0; index < 10_000; index++) {
            double value = Double.longBitsToDouble(random.nextLong());
            if (!Double.isFinite(value) || Math.abs(value) > 1e30 || Math.abs(value) < 1e-30) {
                continue;
            }
            String text = PlainNumbers.text(value);
            assertThat(text).doesNotContainIgnoringCase("e");
            assertThat(Double.parseDouble(text)).isEqualTo(value);
        }
    }

    @Test
    void refusesNumbersThatAreNotFinite() {
        assertThatThrownBy(() -> PlainNumbers.text(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a finite number: NaN");
    }
}

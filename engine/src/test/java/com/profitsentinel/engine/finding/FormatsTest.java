package com.profitsentinel.engine.finding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** engine.md §0 and §5.5: HALF_EVEN on the exact binary value, thousands separators, the dollar sign. */
class FormatsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1104.5            | $1,104.50
            0                 | $0.00
            -3                | -$3.00
            -0.001            | $0.00
            0.125             | $0.12
            0.375             | $0.38
            2.675             | $2.67
            1.005             | $1.00
            1199640           | $1,199,640.00
            26164.42          | $26,164.42
            999999.995        | $999,999.99
            999999.996        | $1,000,000.00
            12345678901234567 | $12,345,678,901,234,568.00
            """)
    void writesDollars(double value, String expected) {
        assertThat(Formats.money(value)).isEqualTo(expected);
    }

    @Test
    void writesNumbersWithAndWithoutSeparators() {
        assertThat(Formats.number(2000, 0)).isEqualTo("2,000");
        assertThat(Formats.number(166.66666, 1)).isEqualTo("166.7");
        assertThat(Formats.number(-0.4, 0)).isEqualTo("0");
        assertThat(Formats.number(-1234.5, 0)).isEqualTo("-1,234");
        assertThat(Formats.plain(1234.5, 2)).isEqualTo("1234.50");
        assertThat(Formats.plain(-0.04, 1)).isEqualTo("0.0");
        assertThat(Formats.plain(-0.05, 1)).isEqualTo("-0.1");
        assertThat(Formats.plain(0.047619047, 6)).isEqualTo("0.047619");
        assertThat(Formats.rounded(0.04999999999999999, 4)).isEqualTo(0.05);
        assertThat(Formats.rounded(Double.NaN, 2)).isNaN();
        assertThat(Formats.money(Double.NaN)).isEqualTo("$0.00");
    }

    @Test
    void roundsEveryValueAsBigDecimalDoes() {
        SplittableRandom random = new SplittableRandom(2026);
        for (int index = 0; index < 200_000; index++) {
            int decimals = random.nextInt(7);
            double value =
                    switch (index % 4) {
                        case 0 -> (random.nextDouble() - 0.5) * 2e6;
                        case 1 -> random.nextLong(-10_000_000L, 10_000_000L) / 1000.0 + 0.0005;
                        case 2 -> (random.nextLong(-1_000_000L, 1_000_000L) * 2 + 1) / Math.pow(10, decimals + 1) * 5;
                        default -> random.nextLong(-100_000_000L, 100_000_000L) / Math.pow(10, random.nextInt(9));
                    };
            BigDecimal exact = new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN);
            assertThat(Formats.plain(value, decimals))
                    .as("%s to %d decimals", value, decimals)
                    .isEqualTo(exact.signum() == 0 ? exact.abs().toPlainString() : exact.toPlainString());
            assertThat(Formats.rounded(value, decimals)).isEqualTo(exact.doubleValue());
        }
    }
}

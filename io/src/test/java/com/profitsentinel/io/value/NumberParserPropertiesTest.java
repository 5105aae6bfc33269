package com.profitsentinel.io.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.LongRange;

class NumberParserPropertiesTest {
    private static final List<Charset> CHARSETS = List.of(
            StandardCharsets.UTF_8,
            Charset.forName("windows-1252"),
            StandardCharsets.ISO_8859_1,
            StandardCharsets.UTF_16LE);
    private static final List<NumberStyle> STYLES =
            List.of(NumberStyle.STANDARD, NumberStyle.DECIMAL_COMMA, NumberStyle.EAGLE_DAFL);
    private static final Pattern CURRENCY_CODES = Pattern.compile("(?i)US\\$|CA\\$|C\\$|USD|CAD|EUR|GBP");

    @Property(tries = 3000)
    void byteAndTextPathsAgree(@ForAll("numberLikeTexts") String text) {
        for (NumberStyle style : STYLES) {
            NumberResult expected = new NumberResult();
            NumberParser.parse(text, style, expected);
            for (Charset charset : CHARSETS) {
                if (!charset.newEncoder().canEncode(text)) {
                    continue;
                }
                byte[] cell = text.getBytes(charset);
                byte[] buffer = new byte[cell.length + 4];
                System.arraycopy(cell, 0, buffer, 2, cell.length);
                NumberResult actual = new NumberResult();

                NumberParser.parse(buffer, 2, 2 + cell.length, charset, style, actual);

                assertThat(actual.status())
                        .as("%s in %s, %s", text, charset, style)
                        .isEqualTo(expected.status());
                assertThat(Double.doubleToRawLongBits(actual.value()))
                        .as("%s in %s, %s", text, charset, style)
                        .isEqualTo(Double.doubleToRawLongBits(expected.value()));
                assertThat(actual.percent())
                        .as("%s in %s, %s", text, charset, style)
                        .isEqualTo(expected.percent());
            }
        }
    }

    @Property(tries = 3000)
    void valuesEqualParseDoubleOfTheCleanedDigits(@ForAll("numberLikeTexts") String text) {
        for (NumberStyle style : STYLES) {
            NumberResult result = new NumberResult();
            NumberParser.parse(text, style, result);
            if (result.status() != NumberResult.Status.VALUE) {
                continue;
            }
            double expected = referenceValue(text, style);

            assertThat(Double.doubleToRawLongBits(result.value()))
                    .as("%s, %s", text, style)
                    .isEqualTo(Double.doubleToRawLongBits(expected));
            assertThat(result.percent()).as("%s, %s", text, style).isEqualTo(text.contains("%"));
        }
    }

    @Property(tries = 1000)
    void readsBackEveryFiniteDoubleExactly(@ForAll double number) {
        NumberResult result = new NumberResult();
        byte[] cell = Double.toString(number).getBytes(StandardCharsets.US_ASCII);

        NumberParser.parse(cell, 0, cell.length, StandardCharsets.UTF_8, NumberStyle.STANDARD, result);

        assertThat(result.status()).isEqualTo(NumberResult.Status.VALUE);
        assertThat(result.value()).isEqualTo(number == 0.0 ? 0.0 : number);
    }

    @Property(tries = 1000)
    void readsGroupedCentsLikeTheUnformattedNumber(
            @ForAll @LongRange(min = -999_999_999_999L, max = 999_999_999_999L) long cents) {
        String plain = String.format(Locale.ROOT, "%d.%02d", Math.abs(cents) / 100, Math.abs(cents) % 100);
        String grouped = String.format(Locale.US, "$%,.2f", Math.abs(cents) / 100.0);
        String accounting = cents < 0 ? "(" + grouped + ")" : grouped;
        NumberResult result = new NumberResult();

        NumberParser.parse(accounting, NumberStyle.STANDARD, result);

        double magnitude = Double.parseDouble(plain);
        assertThat(result.value()).isEqualTo(cents < 0 ? -magnitude : magnitude + 0.0);
    }

    @Provide
    Arbitrary<String> numberLikeTexts() {
        Arbitrary<String> noise = Arbitraries.strings()
                .withChars("0123456789+-$,.%() eE'?aUSDN/#€£\u00a0")
                .ofMaxLength(14);
        Arbitrary<String> prefix = Arbitraries.of(
                "", "", "", "-", "+", "(", "$", "-$", "$-", "($", "$ (", "US$ ", "USD ", "€", "£ ", " ", "\u00a0", "-(",
                "eur");
        Arbitrary<String> digits = Arbitraries.oneOf(
                Arbitraries.strings().numeric().ofMaxLength(25),
                Arbitraries.longs().between(0, Long.MAX_VALUE).map(value -> String.format(Locale.US, "%,d", value)),
                Arbitraries.longs().between(0, 99_999_999).map(value -> String.format(Locale.US, "%,d", value)
                        .replace(',', '.')),
                Arbitraries.longs().between(0, 9_999_999).map(value -> String.format(Locale.US, "%,d", value)
                        .replace(',', ' ')),
                Arbitraries.longs().between(0, 9_999_999).map(value -> String.format(Locale.US, "%,d", value)
                        .replace(',', '?')),
                Arbitraries.longs().between(0, 9_999_999).map(value -> String.format(Locale.US, "%,d", value)
                        .replace(',', '\'')));
        Arbitrary<String> fraction = Arbitraries.oneOf(
                Arbitraries.just(""),
                Arbitraries.strings().numeric().ofMaxLength(25).map(value -> "." + value),
                Arbitraries.strings().numeric().ofMaxLength(25).map(value -> "," + value));
        Arbitrary<String> exponent = Arbitraries.oneOf(
                Arbitraries.of("", "", "", "e", "E+", "e-400", "e400", "e999999999999"),
                Arbitraries.integers().between(-330, 330).map(value -> (value % 2 == 0 ? "e" : "E") + value),
                Arbitraries.integers().between(0, 30).map(value -> "e+" + value));
        Arbitrary<String> suffix = Arbitraries.of(
                "", "", "", "%", " %", "-", ")", ") ", " USD", "€", "%-", " ", "\u00a0", ")%", "x", "..", "%)");
        Arbitrary<String> shaped = Combinators.combine(prefix, digits, fraction, exponent, suffix)
                .as((before, integer, decimals, power, after) -> before + integer + decimals + power + after);
        return Arbitraries.frequencyOf(
                Tuple.of(1, noise),
                Tuple.of(4, shaped),
                Tuple.of(1, Arbitraries.of("N/A", "-inf", "#DIV/0!", "--", ".", "NaN", "None", "")));
    }

    /**
     * An independent reading of a number the parser accepted: drop currency, spaces, percent signs, parentheses and
     * thousands separators, make the decimal mark a point, take the sign off, and hand the rest to
     * {@link Double#parseDouble}.
     */
    private static double referenceValue(String text, NumberStyle style) {
        String cleaned = CURRENCY_CODES.matcher(text).replaceAll("");
        cleaned = cleaned.replaceAll("[$€£%()'?\\s\u00a0]", "");
        if (style.decimalComma()) {
            cleaned = cleaned.replace(".", "").replace(',', '.');
        } else {
            cleaned = cleaned.replace(",", "");
        }
        boolean negative = text.contains("(");
        if (cleaned.startsWith("-")) {
            negative = true;
            cleaned = cleaned.substring(1);
        } else if (cleaned.startsWith("+")) {
            cleaned = cleaned.substring(1);
        }
        if (cleaned.endsWith("-")) {
            negative = true;
            cleaned = cleaned.substring(0, cleaned.length() - 1);
        }
        double magnitude = Double.parseDouble(cleaned);
        return (negative ? -magnitude : magnitude) + 0.0;
    }
}

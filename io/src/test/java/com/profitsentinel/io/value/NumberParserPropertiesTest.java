package com.profitsentinel.io.value;

import static org.assertj.core.api.Assertions.assertThat;

import com.profitsentinel.testing.random.Generators;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Properties of {@link NumberParser} checked on generated cases: each test draws its cases from a fixed seed, so a
 * failure names the seed and the text that reproduce it.
 */
class NumberParserPropertiesTest {
    private static final List<Charset> CHARSETS = List.of(
            StandardCharsets.UTF_8,
            Charset.forName("windows-1252"),
            StandardCharsets.ISO_8859_1,
            StandardCharsets.UTF_16LE);
    private static final List<NumberStyle> STYLES =
            List.of(NumberStyle.STANDARD, NumberStyle.DECIMAL_COMMA, NumberStyle.EAGLE_DAFL);
    private static final Pattern CURRENCY_CODES = Pattern.compile("(?i)US\\$|CA\\$|C\\$|USD|CAD|EUR|GBP");

    private static final String NOISE_CHARACTERS = "0123456789+-$,.%() eE'?aUSDN/#€£\u00a0";
    private static final List<String> PREFIXES = List.of(
            "", "", "", "-", "+", "(", "$", "-$", "$-", "($", "$ (", "US$ ", "USD ", "€", "£ ", " ", "\u00a0", "-(",
            "eur");
    private static final List<String> FIXED_EXPONENTS =
            List.of("", "", "", "e", "E+", "e-400", "e400", "e999999999999");
    private static final List<String> SUFFIXES =
            List.of("", "", "", "%", " %", "-", ")", ") ", " USD", "€", "%-", " ", "\u00a0", ")%", "x", "..", "%)");
    private static final List<String> NON_NUMBERS = List.of("N/A", "-inf", "#DIV/0!", "--", ".", "NaN", "None", "");
    private static final List<Long> EDGE_CENTS =
            List.of(0L, 1L, -1L, 99L, -99L, 100L, -100L, 99_999L, 100_000L, 999_999_999_999L, -999_999_999_999L);

    @Test
    void readsTheSameFromBytesInEveryCharsetAsFromText() {
        Generators random = Generators.seeded(1001);
        for (int trial = 0; trial < 3000; trial++) {
            String text = numberLikeText(random);
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

                    String description = "\"%s\" in %s, %s (%s)";
                    assertThat(actual.status())
                            .as(description, text, charset, style, random)
                            .isEqualTo(expected.status());
                    assertThat(Double.doubleToRawLongBits(actual.value()))
                            .as(description, text, charset, style, random)
                            .isEqualTo(Double.doubleToRawLongBits(expected.value()));
                    assertThat(actual.percent())
                            .as(description, text, charset, style, random)
                            .isEqualTo(expected.percent());
                }
            }
        }
    }

    @Test
    void readsTheValueParseDoubleGivesForTheCleanedDigits() {
        Generators random = Generators.seeded(1002);
        for (int trial = 0; trial < 3000; trial++) {
            String text = numberLikeText(random);
            for (NumberStyle style : STYLES) {
                NumberResult result = new NumberResult();
                NumberParser.parse(text, style, result);
                if (result.status() != NumberResult.Status.VALUE) {
                    continue;
                }
                double expected = referenceValue(text, style);

                assertThat(Double.doubleToRawLongBits(result.value()))
                        .as("\"%s\", %s (%s)", text, style, random)
                        .isEqualTo(Double.doubleToRawLongBits(expected));
                assertThat(result.percent())
                        .as("\"%s\", %s (%s)", text, style, random)
                        .isEqualTo(text.contains("%"));
            }
        }
    }

    @Test
    void readsBackEveryFiniteDoubleExactly() {
        Generators random = Generators.seeded(1003);
        for (int trial = 0; trial < 1000; trial++) {
            double number = random.anyFiniteDouble();
            NumberResult result = new NumberResult();
            byte[] cell = Double.toString(number).getBytes(StandardCharsets.US_ASCII);

            NumberParser.parse(cell, 0, cell.length, StandardCharsets.UTF_8, NumberStyle.STANDARD, result);

            assertThat(result.status()).as("%s (%s)", number, random).isEqualTo(NumberResult.Status.VALUE);
            assertThat(result.value()).as("%s (%s)", number, random).isEqualTo(number == 0.0 ? 0.0 : number);
        }
    }

    @Test
    void readsGroupedAndAccountingCentsLikeTheUnformattedNumber() {
        Generators random = Generators.seeded(1004);
        for (long cents : EDGE_CENTS) {
            assertReadsGroupedCents(cents, random);
        }
        for (int trial = 0; trial < 1000; trial++) {
            long magnitude =
                    random.between(0, 1) == 0 ? random.upTo(999_999_999_999L) : random.between(0L, 999_999_999_999L);
            assertReadsGroupedCents(random.between(0, 1) == 0 ? magnitude : -magnitude, random);
        }
    }

    private static void assertReadsGroupedCents(long cents, Generators random) {
        String plain = String.format(Locale.ROOT, "%d.%02d", Math.abs(cents) / 100, Math.abs(cents) % 100);
        String grouped = String.format(Locale.US, "$%,.2f", Math.abs(cents) / 100.0);
        String accounting = cents < 0 ? "(" + grouped + ")" : grouped;
        NumberResult result = new NumberResult();

        NumberParser.parse(accounting, NumberStyle.STANDARD, result);

        double magnitude = Double.parseDouble(plain);
        assertThat(result.value())
                .as("\"%s\" for %d cents (%s)", accounting, cents, random)
                .isEqualTo(cents < 0 ? -magnitude : magnitude + 0.0);
    }

    /**
     * A cell that looks more or less like a number: one in six random noise from number-like characters, four in six a
     * prefix, digits, fraction, exponent and suffix put together, and one in six a common non-number.
     */
    private static String numberLikeText(Generators random) {
        return switch (random.weightedIndex(1, 4, 1)) {
            case 0 -> random.of(NOISE_CHARACTERS, 14);
            case 1 ->
                random.oneOf(PREFIXES) + digits(random) + fraction(random) + exponent(random) + random.oneOf(SUFFIXES);
            default -> random.oneOf(NON_NUMBERS);
        };
    }

    private static String digits(Generators random) {
        return switch (random.between(0, 5)) {
            case 0 -> random.numeric(25);
            case 1 -> grouped(random.upTo(Long.MAX_VALUE));
            case 2 -> grouped(random.upTo(99_999_999L)).replace(',', '.');
            case 3 -> grouped(random.upTo(9_999_999L)).replace(',', ' ');
            case 4 -> grouped(random.upTo(9_999_999L)).replace(',', '?');
            default -> grouped(random.upTo(9_999_999L)).replace(',', '\'');
        };
    }

    private static String grouped(long value) {
        return String.format(Locale.US, "%,d", value);
    }

    private static String fraction(Generators random) {
        return switch (random.between(0, 2)) {
            case 0 -> "";
            case 1 -> "." + random.numeric(25);
            default -> "," + random.numeric(25);
        };
    }

    private static String exponent(Generators random) {
        return switch (random.between(0, 2)) {
            case 0 -> random.oneOf(FIXED_EXPONENTS);
            case 1 -> {
                int power = random.between(-330, 330);
                yield (power % 2 == 0 ? "e" : "E") + power;
            }
            default -> "e+" + random.between(0, 30);
        };
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

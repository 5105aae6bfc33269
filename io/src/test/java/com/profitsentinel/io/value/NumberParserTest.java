package com.profitsentinel.io.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberParserTest {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static NumberResult parse(String text, NumberStyle style) {
        NumberResult result = new NumberResult();
        NumberParser.parse(text, style, result);
        return result;
    }

    private static NumberResult parse(String text) {
        return parse(text, NumberStyle.STANDARD);
    }

    private static NumberResult parseBytes(String text, Charset charset, NumberStyle style) {
        byte[] cell = text.getBytes(charset);
        byte[] buffer = new byte[cell.length + 6];
        buffer[0] = 'x';
        buffer[1] = ',';
        System.arraycopy(cell, 0, buffer, 2, cell.length);
        buffer[cell.length + 2] = ',';
        NumberResult result = new NumberResult();
        NumberParser.parse(buffer, 2, 2 + cell.length, charset, style, result);
        return result;
    }

    // ---- columns.md §5.1, row by row ------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "-", "--", ".", "N/A", "n/a", "NA", "null", "NULL", "None", "none"})
    void readsNoValueSpellingsAsMissing(String text) {
        NumberResult result = parse(text);

        assertThat(result.status()).isEqualTo(NumberResult.Status.MISSING);
        assertThat(result.value()).isNaN();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"1234|1234", "-3|-3", "+3|3", "1234.5|1234.5", ".5|0.5", "1e3|1000"})
    void readsPlainNumbersAsWritten(String text, double expected) {
        assertValue(parse(text), expected, false);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"$1,234.56|1234.56", "US$ 12|12", "USD 12|12", "€12|12", "£12|12"})
    void stripsCurrencySymbolsAndCodes(String text, double expected) {
        assertValue(parse(text), expected, false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,234", "1 234", "1'234"})
    void stripsThousandsSeparators(String text) {
        assertValue(parse(text), 1234, false);
    }

    @Test
    void readsParenthesesAsNegative() {
        assertValue(parse("(15.00)"), -15.00, false);
    }

    @Test
    void readsTrailingMinusAsNegative() {
        assertValue(parse("15-"), -15, false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12%", "12 %"})
    void keepsPercentValuesUnscaledWithThePercentFlag(String text) {
        assertValue(parse(text), 12, true);
    }

    @Test
    void readsDecimalCommaInADecimalCommaColumn() {
        assertValue(parse("1.234,56", NumberStyle.DECIMAL_COMMA), 1234.56, false);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "NaN",
                "Infinity",
                "inf",
                "-inf",
                "#N/A",
                "#DIV/0!",
                "#VALUE!",
                "#REF!",
                "#NUM!",
                "#NAME?",
                "nan",
                "+Infinity",
                "-INF",
                "#null!"
            })
    void readsNonFiniteSpellingsAsNonFinite(String text) {
        assertThat(parse(text).status()).isEqualTo(NumberResult.Status.NON_FINITE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12..5", "abc"})
    void readsAnythingElseAsUnparseable(String text) {
        NumberResult result = parse(text);

        assertThat(result.status()).isEqualTo(NumberResult.Status.UNPARSEABLE);
        assertThat(result.value()).isNaN();
    }

    // ---- columns.md §11.6 and §11.8 -------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "MISSING",
            value = {"1,234.56|1234.56", "$99.99|99.99", "(15.00)|-15.00", "''|MISSING", "-|MISSING", "N/A|MISSING"})
    void readsTheSalesAmountsOfTheSalesDetailAcceptanceRow(String text, Double expected) {
        NumberResult result = parse(text);

        if (expected == null) {
            assertThat(result.status()).isEqualTo(NumberResult.Status.MISSING);
        } else {
            assertValue(result, expected, false);
        }
    }

    static Stream<Arguments> readingFilesNumbers() {
        return Stream.of(
                Arguments.of("$1,234.56", NumberResult.Status.VALUE, 1234.56, false),
                Arguments.of("(15.00)", NumberResult.Status.VALUE, -15.0, false),
                Arguments.of("15-", NumberResult.Status.VALUE, -15.0, false),
                Arguments.of("12%", NumberResult.Status.VALUE, 12.0, true),
                Arguments.of("1e3", NumberResult.Status.VALUE, 1000.0, false),
                Arguments.of("N/A", NumberResult.Status.MISSING, Double.NaN, false),
                Arguments.of("#N/A", NumberResult.Status.NON_FINITE, Double.NaN, false),
                Arguments.of("12..5", NumberResult.Status.UNPARSEABLE, Double.NaN, false));
    }

    @ParameterizedTest
    @MethodSource("readingFilesNumbers")
    void readsTheNumbersOfTheReadingFilesAcceptanceRowOnBothPaths(
            String text, NumberResult.Status status, double value, boolean percent) {
        for (NumberResult result : List.of(
                parse(text),
                parseBytes(text, StandardCharsets.UTF_8, NumberStyle.STANDARD),
                parseBytes(text, WINDOWS_1252, NumberStyle.STANDARD))) {
            assertThat(result.status()).isEqualTo(status);
            assertThat(Double.valueOf(result.value())).isEqualTo(Double.valueOf(value));
            assertThat(result.percent()).isEqualTo(percent);
        }
    }

    @Test
    void readsTheSemicolonFileWithDecimalCommas() {
        NumberStyle quantityStyle = NumberParser.inferStyle(List.of("1,5"), ';');
        NumberStyle costStyle = NumberParser.inferStyle(List.of("2,25"), ';');

        assertThat(quantityStyle).isEqualTo(NumberStyle.DECIMAL_COMMA);
        assertThat(costStyle).isEqualTo(NumberStyle.DECIMAL_COMMA);
        assertValue(parse("1,5", quantityStyle), 1.5, false);
        assertValue(parse("2,25", costStyle), 2.25, false);
    }

    // ---- Further forms ---------------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "-$1,234.56|-1234.56",
                "$-1,234.56|-1234.56",
                "($1,234.56)|-1234.56",
                "$ (15.00)|-15",
                "$15.00-|-15",
                "1,234,567.89|1234567.89",
                "12 USD|12",
                "12 €|12",
                "€ 12|12",
                "usd12|12",
                "1E+03|1000",
                "2.5e-3|0.0025",
                "5.|5",
                "-.5|-0.5",
                "0001234|1234",
                "  42  |42",
                "−7|-7",
                "1’234|1234"
            })
    void readsOtherCommonForms(String text, double expected) {
        assertValue(parse(text), expected, false);
    }

    @Test
    void readsNoBreakSpacesAsThousandsSeparators() {
        assertValue(parse("12\u00a0345,5 €", NumberStyle.DECIMAL_COMMA), 12345.5, false);
        assertValue(parse("1\u202f234\u202f567", NumberStyle.DECIMAL_COMMA), 1234567, false);
        assertValue(parse("\u00a0$7.25\u00a0"), 7.25, false);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1,23",
                "1,2345",
                "1234,567",
                ",123",
                "1,,234",
                "1,234 567",
                "12.3.4",
                "--5",
                "-5-",
                "(-5)",
                "(5",
                "5)",
                "$",
                "$-",
                "%",
                "12%%",
                "$12 USD",
                "1e",
                "1e+",
                "12 kg",
                "1 2",
                "1?234",
                "e5",
                "0x1F",
                "1_000",
                "١٢",
                "12 - 3"
            })
    void rejectsMalformedNumbers(String text) {
        assertThat(parse(text).status()).isEqualTo(NumberResult.Status.UNPARSEABLE);
    }

    @Test
    void readsQuestionMarksAsThousandsSeparatorsInEagleDaflFiles() {
        assertValue(parse("1?234.56", NumberStyle.EAGLE_DAFL), 1234.56, false);
        assertValue(parse("1?234?567", NumberStyle.EAGLE_DAFL), 1234567, false);
        assertThat(parse("1?234.56").status()).isEqualTo(NumberResult.Status.UNPARSEABLE);
    }

    @Test
    void readsPointsAsThousandsSeparatorsInDecimalCommaColumns() {
        assertValue(parse("1.234.567,8", NumberStyle.DECIMAL_COMMA), 1234567.8, false);
        assertValue(parse("1.234", NumberStyle.DECIMAL_COMMA), 1234, false);
        assertValue(parse("1,234", NumberStyle.DECIMAL_COMMA), 1.234, false);
        assertThat(parse("1.5", NumberStyle.DECIMAL_COMMA).status()).isEqualTo(NumberResult.Status.UNPARSEABLE);
    }

    @Test
    void readsNegativeZeroAsZero() {
        assertThat(Double.doubleToRawLongBits(parse("(0.00)").value())).isZero();
        assertThat(Double.doubleToRawLongBits(parse("-0").value())).isZero();
    }

    @Test
    void readsLongNumbersExactlyThroughTheFallback() {
        assertValue(parse("123456789012345678901234567890"), 1.2345678901234568e29, false);
        assertValue(parse("0.1000000000000000055511151231257827"), 0.1, false);
        assertValue(parse("9007199254740993"), 9.007199254740992e15, false);
        assertValue(parse("1e-400"), 0, false);
        assertValue(parse("0e999999999"), 0, false);
    }

    @Test
    void readsOverflowingNumbersAsNonFinite() {
        assertThat(parse("1e400").status()).isEqualTo(NumberResult.Status.NON_FINITE);
        assertThat(parse("-1e999999999999").status()).isEqualTo(NumberResult.Status.NON_FINITE);
    }

    @Test
    void readsNonAsciiBytesThroughTheCharset() {
        assertValue(parseBytes("€1.234,50", WINDOWS_1252, NumberStyle.DECIMAL_COMMA), 1234.5, false);
        assertValue(parseBytes("€12", StandardCharsets.UTF_8, NumberStyle.STANDARD), 12, false);
        assertValue(parseBytes("£12", StandardCharsets.ISO_8859_1, NumberStyle.STANDARD), 12, false);
        assertValue(parseBytes("(1\u00a0234)", WINDOWS_1252, NumberStyle.STANDARD), -1234, false);
        assertValue(parseBytes("12%", StandardCharsets.UTF_16LE, NumberStyle.STANDARD), 12, true);
    }

    @Test
    void readsOnlyTheGivenByteRange() {
        byte[] row = "12,34.5,$6".getBytes(StandardCharsets.US_ASCII);
        NumberResult result = new NumberResult();

        NumberParser.parse(row, 3, 7, StandardCharsets.US_ASCII, NumberStyle.STANDARD, result);

        assertValue(result, 34.5, false);
    }

    @Test
    void resetsTheResultBetweenCells() {
        NumberResult result = new NumberResult();
        NumberParser.parse("12%", NumberStyle.STANDARD, result);

        NumberParser.parse("oops", NumberStyle.STANDARD, result);

        assertThat(result.status()).isEqualTo(NumberResult.Status.UNPARSEABLE);
        assertThat(result.percent()).isFalse();
        assertThat(result.value()).isNaN();
    }

    @Test
    void parsesOrdinaryAsciiCellsWithoutAllocating() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        byte[][] cells = {
            bytes("123"),
            bytes("-3"),
            bytes("1234.50"),
            bytes("$1,234.56"),
            bytes("(15.00)"),
            bytes("12%"),
            bytes(""),
            bytes("N/A"),
            bytes("0.000125"),
            bytes("-")
        };
        NumberResult result = new NumberResult();
        double sum = 0;
        for (int round = 0; round < 20_000; round++) {
            for (byte[] cell : cells) {
                NumberParser.parse(cell, 0, cell.length, StandardCharsets.UTF_8, NumberStyle.STANDARD, result);
            }
        }

        long before = threads.getCurrentThreadAllocatedBytes();
        for (int round = 0; round < 20_000; round++) {
            for (byte[] cell : cells) {
                NumberParser.parse(cell, 0, cell.length, StandardCharsets.UTF_8, NumberStyle.STANDARD, result);
                sum += result.status() == NumberResult.Status.VALUE ? result.value() : 0;
            }
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertThat(sum).isPositive();
        assertThat(allocated).isLessThan(16_384);
    }

    // ---- Decimal-comma inference (§5.1) ---------------------------------------------------------------------------

    @Test
    void infersDecimalCommaFromEuropeanValues() {
        assertThat(NumberParser.inferStyle(List.of("1.234,56", "12,50", "3", "", "0,99"), ','))
                .isEqualTo(NumberStyle.DECIMAL_COMMA);
        assertThat(NumberParser.inferStyle(List.of("€1.234,56", "12,50 €", "(3,10)"), '\t'))
                .isEqualTo(NumberStyle.DECIMAL_COMMA);
    }

    @Test
    void keepsTheDecimalPointWhenAnyValueShowsIt() {
        assertThat(NumberParser.inferStyle(List.of("1,5", "2,25", "3,75", "4,5", "1,234.56"), ';'))
                .isEqualTo(NumberStyle.STANDARD);
    }

    @Test
    void keepsTheDecimalPointBelowEightyPercent() {
        assertThat(NumberParser.inferStyle(List.of("1,5", "2,25", "3,75", "1234.5", "99.99"), ','))
                .isEqualTo(NumberStyle.STANDARD);
        assertThat(NumberParser.inferStyle(List.of("1,5", "2,25", "3,75", "4,5", "99.99"), ','))
                .isEqualTo(NumberStyle.DECIMAL_COMMA);
    }

    @Test
    void keepsTheDecimalPointWhenCommasOnlyGroupThousands() {
        assertThat(NumberParser.inferStyle(List.of("1,234", "2,500", "12", "40"), ','))
                .isEqualTo(NumberStyle.STANDARD);
        assertThat(NumberParser.inferStyle(List.of("1.234", "2.500", "0.125"), ','))
                .isEqualTo(NumberStyle.STANDARD);
    }

    @Test
    void infersDecimalCommaInSemicolonFilesFromLongIntegerParts() {
        assertThat(NumberParser.inferStyle(List.of("1234,5", "98765,25", "12"), ';'))
                .isEqualTo(NumberStyle.DECIMAL_COMMA);
        assertThat(NumberParser.inferStyle(List.of("1234,5", "98765,25", "12"), ','))
                .isEqualTo(NumberStyle.STANDARD);
    }

    @Test
    void keepsTheDecimalPointForBlankOrPlainSamples() {
        assertThat(NumberParser.inferStyle(List.of("", "  "), ';')).isEqualTo(NumberStyle.STANDARD);
        assertThat(NumberParser.inferStyle(List.of("12", "7", "-3"), ';')).isEqualTo(NumberStyle.STANDARD);
        assertThat(NumberParser.inferStyle(List.of("1.50", "2.75"), ',')).isEqualTo(NumberStyle.STANDARD);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static void assertValue(NumberResult result, double expected, boolean percent) {
        assertThat(result.status()).isEqualTo(NumberResult.Status.VALUE);
        assertThat(result.value()).isEqualTo(expected);
        assertThat(result.percent()).isEqualTo(percent);
    }
}

package com.profitsentinel.io.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateColumnFormatTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final DateContext US_STORE = new DateContext(LocalDate.of(2025, 7, 1), NEW_YORK, false);
    private static final DateContext DAY_FIRST_STORE =
            new DateContext(LocalDate.of(2025, 7, 1), ZoneId.of("Europe/London"), true);

    private static DateResult parse(DateColumnFormat format, String text) {
        DateResult result = new DateResult();
        format.parse(text, result);
        return result;
    }

    private static DateResult parseBytes(DateColumnFormat format, String text, Charset charset) {
        byte[] cell = text.getBytes(charset);
        byte[] buffer = new byte[cell.length + 4];
        System.arraycopy(cell, 0, buffer, 2, cell.length);
        DateResult result = new DateResult();
        format.parse(buffer, 2, 2 + cell.length, charset, result);
        return result;
    }

    /** Infers the format from {@code samples} and parses each of them with it. */
    private static List<String> readColumn(DateContext context, String... samples) {
        DateColumnFormat format = DateColumnFormat.infer(List.of(samples), context);
        List<String> dates = new ArrayList<>();
        for (String sample : samples) {
            dates.add(parse(format, sample).toString());
        }
        return dates;
    }

    // ---- columns.md §5.2, the format table ------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "20250601;YYYYMMDD;2025-06-01",
                "2025-06-15;YYYY-MM-DD;2025-06-15",
                "2025-06-15 14:03:00;YYYY-MM-DD HH:MM:SS;2025-06-15",
                "2025-06-15T14:03:00Z;ISO 8601 date-time;2025-06-15",
                "2025/06/15;YYYY/MM/DD;2025-06-15",
                "06/15/2025;MM/DD/YYYY;2025-06-15",
                "6/5/2025;MM/DD/YYYY;2025-06-05",
                "06/15/25;MM/DD/YY;2025-06-15",
                "6/15/2025 2:03 PM;MM/DD/YYYY HH:MM[:SS] [AM|PM];2025-06-15",
                "06-15-2025;MM-DD-YYYY;2025-06-15",
                "15/06/2025;DD/MM/YYYY;2025-06-15",
                "15-Jun-2025;DD-Mon-YYYY;2025-06-15",
                "15-Jun-25;DD-Mon-YY;2025-06-15",
                "Jun 02,25;Mon DD,YY;2025-06-02",
                "Jun 2, 2025;Mon DD, YYYY;2025-06-02",
                "June 2, 2025;Mon DD, YYYY;2025-06-02"
            })
    void infersAndReadsEveryFormatOfTheTable(String text, String pattern, String expected) {
        DateColumnFormat format = DateColumnFormat.infer(List.of(text), US_STORE);

        assertThat(format.pattern()).isEqualTo(pattern);
        assertThat(format.matchedSamples()).isEqualTo(1);
        assertThat(parse(format, text)).hasToString(expected);
        assertThat(parseBytes(format, text, StandardCharsets.UTF_8)).hasToString(expected);
    }

    @Test
    void readsTheExcelSerialOfTheTable() {
        DateResult result = new DateResult();

        DateColumnFormat.infer(List.of(), US_STORE).parseExcelSerial(45839, false, result);

        assertThat(result).hasToString("2025-07-01");
    }

    @Test
    void picksTheFormatThatReadsTheMostSamples() {
        DateColumnFormat format =
                DateColumnFormat.infer(List.of("20250601", "06/15/2025", "06/16/2025", "", "n/a"), US_STORE);

        assertThat(format.pattern()).isEqualTo("MM/DD/YYYY");
        assertThat(format.sampleCount()).isEqualTo(3);
        assertThat(format.matchedSamples()).isEqualTo(2);
    }

    @Test
    void breaksTiesInTableOrder() {
        DateColumnFormat format = DateColumnFormat.infer(List.of("06/15/2025", "2025-06-15"), US_STORE);

        assertThat(format.pattern()).isEqualTo("YYYY-MM-DD");
    }

    @Test
    void fallsBackToYyyymmddWhenNothingReads() {
        DateColumnFormat format = DateColumnFormat.infer(List.of("soon", "later"), US_STORE);

        assertThat(format.pattern()).isEqualTo("YYYYMMDD");
        assertThat(format.matchedSamples()).isZero();
        assertThat(parse(format, "soon").status()).isEqualTo(DateResult.Status.UNPARSEABLE);
    }

    @Test
    void looksAtNoMoreThanTwoHundredSamples() {
        List<String> samples = new ArrayList<>(Collections.nCopies(200, "20250601"));
        samples.addAll(Collections.nCopies(300, "06/01/2025"));

        DateColumnFormat format = DateColumnFormat.infer(samples, US_STORE);

        assertThat(format.pattern()).isEqualTo("YYYYMMDD");
        assertThat(format.sampleCount()).isEqualTo(200);
    }

    @Test
    void readsCellsOfOtherFormatsAfterTheWinningOne() {
        DateColumnFormat format = DateColumnFormat.infer(List.of("20250601", "20250602"), US_STORE);

        assertThat(parse(format, "06/15/2025")).hasToString("2025-06-15");
        assertThat(parse(format, "2025-06-15T23:30:00-04:00")).hasToString("2025-06-15");
    }

    // ---- Bullets under the table -----------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"\"2025-06-15\"", "'2025-06-15'", "'2025-06-15", " \" 06/15/2025 \" "})
    void stripsQuotesAroundDates(String text) {
        DateColumnFormat format = DateColumnFormat.infer(List.of(text), US_STORE);

        assertThat(parse(format, text)).hasToString("2025-06-15");
    }

    @Test
    void readsDayFirstWhenAFirstComponentExceedsTwelve() {
        assertThat(readColumn(US_STORE, "13/04/2025", "03/04/2025")).containsExactly("2025-04-13", "2025-04-03");
    }

    @Test
    void readsMonthFirstInAUsStoreWhenValuesCannotTell() {
        assertThat(readColumn(US_STORE, "03/04/2025")).containsExactly("2025-03-04");
    }

    @Test
    void readsDayFirstInADayFirstStoreWhenValuesCannotTell() {
        DateColumnFormat format = DateColumnFormat.infer(List.of("03/04/2025"), DAY_FIRST_STORE);

        assertThat(format.pattern()).isEqualTo("DD/MM/YYYY");
        assertThat(parse(format, "03/04/2025")).hasToString("2025-04-03");
    }

    @Test
    void readsMonthFirstWhenASecondComponentExceedsTwelveEvenInADayFirstStore() {
        assertThat(readColumn(DAY_FIRST_STORE, "03/04/2025", "04/25/2025")).containsExactly("2025-03-04", "2025-04-25");
    }

    @Test
    void appliesTheColumnOrderToTwoDigitYearsDashesAndTimes() {
        assertThat(readColumn(US_STORE, "25/12/24", "13-01-2025", "05/04/2025 10:00", "05/04/25"))
                .containsExactly("2024-12-25", "2025-01-13", "2025-04-05", "2025-04-05");
    }

    @Test
    void placesTwoDigitYearsWithinEightyYearsBeforeAndTwentyAfterTheAnalysisDate() {
        assertThat(readColumn(US_STORE, "01/02/69", "01/02/44")).containsExactly("1969-01-02", "2044-01-02");
    }

    @Test
    void placesTwoDigitYearsAtTheWindowEdges() {
        assertThat(readColumn(US_STORE, "07/02/45", "06/30/45", "07/01/45", "02/29/00"))
                .containsExactly("1945-07-02", "2045-06-30", "2045-07-01", "2000-02-29");
    }

    @Test
    void convertsOffsetDateTimesToTheStoreZoneBeforeDroppingTheTime() {
        assertThat(readColumn(US_STORE, "2025-06-16T02:30:00Z")).containsExactly("2025-06-15");
        assertThat(readColumn(US_STORE, "2025-06-16T02:30:00+00:00", "2025-06-15 22:30:00 -0400"))
                .containsExactly("2025-06-15", "2025-06-15");
        assertThat(readColumn(US_STORE, "2025-01-16T04:30:00.123Z")).containsExactly("2025-01-15");
        assertThat(readColumn(US_STORE, "2025-06-16T02:30:00")).containsExactly("2025-06-16");
    }

    @Test
    void dropsTwelveHourTimes() {
        assertThat(readColumn(US_STORE, "6/15/2025 12:03 AM", "6/15/2025 11:59:59 pm", "6/15/2025 23:59"))
                .containsExactly("2025-06-15", "2025-06-15", "2025-06-15");
        assertThat(readColumn(US_STORE, "6/15/2025 13:03 PM")).containsExactly("UNPARSEABLE");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "00000000",
                "0",
                "0000-00-00",
                "1900-01-01",
                "01/01/1900",
                "1899-12-30",
                "12/30/1899",
                "",
                "  ",
                "19000101",
                "0000-00-00 00:00:00",
                "00/00/0000",
                "\"00000000\"",
                "N/A",
                "-"
            })
    void readsPlaceholdersAsMissing(String text) {
        DateColumnFormat format = DateColumnFormat.infer(List.of("2025-06-15"), US_STORE);

        assertThat(parse(format, text).status()).isEqualTo(DateResult.Status.MISSING);
        assertThat(parseBytes(format, text, StandardCharsets.UTF_8).status()).isEqualTo(DateResult.Status.MISSING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"00000000", "0", "1900-01-01", "01/01/1900", "1899-12-30"})
    void readsThePlaceholderDatesOfTheEngineSpecificationAsNever(String text) {
        for (String winner : List.of("20250601", "2025-06-01", "06/01/2025", "01/06/2025", "Jun 01,25")) {
            DateColumnFormat format = DateColumnFormat.infer(List.of(winner, "13/06/2025"), US_STORE);

            assertThat(parse(format, text).status()).isEqualTo(DateResult.Status.MISSING);
        }
    }

    @Test
    void readsExcelSerialZeroAsNever() {
        DateResult result = new DateResult();
        result.setValue(1);

        DateColumnFormat.infer(List.of(), US_STORE).parseExcelSerial(0, false, result);

        assertThat(result.status()).isEqualTo(DateResult.Status.MISSING);
    }

    @Test
    void readsPlaceholdersAsMissingInDayFirstColumnsToo() {
        DateColumnFormat format = DateColumnFormat.infer(List.of("25/12/2024"), US_STORE);

        assertThat(parse(format, "12/30/1899").status()).isEqualTo(DateResult.Status.MISSING);
        assertThat(parse(format, "30/12/1899").status()).isEqualTo(DateResult.Status.MISSING);
        assertThat(parseBytes(format, "12/30/1899", StandardCharsets.US_ASCII).status())
                .isEqualTo(DateResult.Status.MISSING);
    }

    @Test
    void doesNotReadPlainFiveDigitNumbersAsExcelSerials() {
        DateColumnFormat format = DateColumnFormat.infer(List.of("45839", "45840"), US_STORE);

        assertThat(parse(format, "45839").status()).isEqualTo(DateResult.Status.UNPARSEABLE);
        assertThat(format.matchedSamples()).isZero();
    }

    @Test
    void readsPlainNumbersAsExcelSerialsWhenThatFormatIsChosen() {
        DateColumnFormat format = DateColumnFormat.fixed("Excel serial", US_STORE);

        assertThat(format.pattern()).isEqualTo("Excel serial");
        assertThat(parse(format, "45839")).hasToString("2025-07-01");
        assertThat(parse(format, "45839.75")).hasToString("2025-07-01");
        assertThat(parse(format, "0").status()).isEqualTo(DateResult.Status.MISSING);
        assertThat(parse(format, "1").status()).isEqualTo(DateResult.Status.MISSING);
        assertThat(parse(format, "2025-06-15")).hasToString("2025-06-15");
        assertThat(parse(format, "20250615")).hasToString("2025-06-15");
    }

    // ---- Excel serials ----------------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2|false|1900-01-02",
                "59|false|1900-02-28",
                "61|false|1900-03-01",
                "25569|false|1970-01-01",
                "45839|false|2025-07-01",
                "45839.99|false|2025-07-01",
                "2958465|false|9999-12-31",
                "2|true|1904-01-03",
                "24107|true|1970-01-01",
                "44377|true|2025-07-01"
            })
    void readsExcelSerialsInBothDateSystems(double serial, boolean date1904, String expected) {
        DateResult result = new DateResult();

        DateColumnFormat.fixed("YYYYMMDD", US_STORE).parseExcelSerial(serial, date1904, result);

        assertThat(result).hasToString(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"0|false|MISSING", "1|false|MISSING", "0|true|MISSING", "1.5|false|MISSING"})
    void readsExcelSerialZeroAndOneAsMissing(double serial, boolean date1904, String expected) {
        DateResult result = new DateResult();

        DateColumnFormat.fixed("YYYYMMDD", US_STORE).parseExcelSerial(serial, date1904, result);

        assertThat(result).hasToString(expected);
    }

    @ParameterizedTest
    @ValueSource(doubles = {60, -1, 2958466, Double.NaN, Double.POSITIVE_INFINITY})
    void rejectsExcelSerialsThatAreNoDate(double serial) {
        DateResult result = new DateResult();

        DateColumnFormat.fixed("YYYYMMDD", US_STORE).parseExcelSerial(serial, false, result);

        assertThat(result.status()).isEqualTo(DateResult.Status.UNPARSEABLE);
    }

    // ---- Acceptance rows --------------------------------------------------------------------------------------------

    @Test
    void readsTheSalesDetailDatesOfEveryFormatAsTheSameDay() {
        assertThat(readColumn(
                        US_STORE, "\"2025-06-15\"", "06/15/2025", "06/15/25", "20250615", "Jun 15,25", "15-Jun-2025"))
                .containsOnly("2025-06-15")
                .hasSize(6);
    }

    @Test
    void readsTheDateRowsOfTheReadingFilesAcceptanceTable() {
        assertThat(readColumn(US_STORE, "13/04/2025", "03/04/2025")).containsExactly("2025-04-13", "2025-04-03");
        assertThat(readColumn(US_STORE, "03/04/2025")).containsExactly("2025-03-04");
        assertThat(readColumn(US_STORE, "01/02/69", "01/02/44")).containsExactly("1969-01-02", "2044-01-02");
        assertThat(readColumn(US_STORE, "2025-06-16T02:30:00Z")).containsExactly("2025-06-15");
        assertThat(readColumn(US_STORE, "00000000")).containsExactly("MISSING");
    }

    // ---- Rejections and details -------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(
            strings = {
                "20250231",
                "18991231",
                "21010101",
                "2025-13-01",
                "2025-06-31",
                "13/13/2025",
                "06/15/2025 25:00",
                "2025-06-15T14:03:00+25:00",
                "2025-06-15 14:03:00 PM",
                "Foo 15, 2025",
                "15-Jun",
                "2025-06-15x",
                "06/15/202",
                "Jun 15 25",
                "6/15/2025 0:30 AM",
                "45839",
                "1e5",
                "06.15.2025"
            })
    void rejectsTextThatIsNoDate(String text) {
        DateColumnFormat format = DateColumnFormat.infer(List.of("06/15/2025"), US_STORE);

        assertThat(parse(format, text).status()).isEqualTo(DateResult.Status.UNPARSEABLE);
        assertThat(parseBytes(format, text, StandardCharsets.UTF_8).status()).isEqualTo(DateResult.Status.UNPARSEABLE);
    }

    @Test
    void readsSqlDateTimesWithOrWithoutSecondsAndFractions() {
        assertThat(readColumn(US_STORE, "2025-06-15 14:03", "2025-06-15 23:59:59.997", "2025-6-5 00:00:00"))
                .containsExactly("2025-06-15", "2025-06-15", "2025-06-05");
    }

    @Test
    void readsMonthNamesInAnyCaseAndLength() {
        assertThat(readColumn(US_STORE, "jun 2, 2025", "SEPT. 30, 2024", "December 31 2024", "01-JAN-2025"))
                .containsExactly("2025-06-02", "2024-09-30", "2024-12-31", "2025-01-01");
    }

    @Test
    void readsNonAsciiBytesThroughTheCharset() {
        DateColumnFormat format = DateColumnFormat.infer(List.of("06/15/2025"), US_STORE);

        assertThat(parseBytes(format, "\u00a006/15/2025\u00a0", Charset.forName("windows-1252")))
                .hasToString("2025-06-15");
        assertThat(parseBytes(format, "2025-06-15", StandardCharsets.UTF_16BE)).hasToString("2025-06-15");
    }

    @Test
    void makesFixedFormatsFromTheirNames() {
        assertThat(DateColumnFormat.fixed("dd/mm/yyyy", US_STORE).dayFirst()).isTrue();
        assertThat(DateColumnFormat.fixed("MM/DD/YY", DAY_FIRST_STORE).dayFirst())
                .isFalse();
        assertThat(DateColumnFormat.fixed("YYYYMMDD", DAY_FIRST_STORE).dayFirst())
                .isTrue();
        assertThat(parse(DateColumnFormat.fixed("DD/MM/YYYY", US_STORE), "03/04/2025"))
                .hasToString("2025-04-03");
        assertThat(DateColumnFormat.supportedPatterns())
                .startsWith("YYYYMMDD", "YYYY-MM-DD")
                .contains("DD-MM-YYYY", "Mon DD,YY", "Excel serial");
        for (String pattern : DateColumnFormat.supportedPatterns()) {
            assertThat(DateColumnFormat.fixed(pattern, US_STORE).pattern()).isEqualTo(pattern);
        }
    }

    @Test
    void rejectsUnknownFixedFormats() {
        assertThatThrownBy(() -> DateColumnFormat.fixed("YYYY.MM.DD", US_STORE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Unknown date format \"YYYY.MM.DD\"; expected one of [YYYYMMDD, ");
    }

    @Test
    void keepsItsContext() {
        assertThat(DateColumnFormat.infer(List.of(), DAY_FIRST_STORE).context()).isEqualTo(DAY_FIRST_STORE);
    }

    @Test
    void parsesOrdinaryAsciiCellsWithoutAllocating() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        DateColumnFormat format = DateColumnFormat.infer(List.of("6/5/2025"), US_STORE);
        byte[][] cells = {
            bytes("20250601"),
            bytes("2025-06-15"),
            bytes("6/5/2025"),
            bytes("12/31/2024"),
            bytes(""),
            bytes("00000000"),
            bytes(" 2025-6-1 ")
        };
        DateResult result = new DateResult();
        long sum = 0;
        for (int round = 0; round < 20_000; round++) {
            for (byte[] cell : cells) {
                format.parse(cell, 0, cell.length, StandardCharsets.UTF_8, result);
            }
        }

        long before = threads.getCurrentThreadAllocatedBytes();
        for (int round = 0; round < 20_000; round++) {
            for (byte[] cell : cells) {
                format.parse(cell, 0, cell.length, StandardCharsets.UTF_8, result);
                sum += result.epochDay();
            }
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertThat(sum).isPositive();
        assertThat(allocated).isLessThan(16_384);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}

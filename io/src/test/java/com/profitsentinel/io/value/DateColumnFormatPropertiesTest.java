package com.profitsentinel.io.value;

import static org.assertj.core.api.Assertions.assertThat;

import com.profitsentinel.testing.random.Generators;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Properties of {@link DateColumnFormat} checked on generated cases: each test draws its cases from a fixed seed, so a
 * failure names the seed and the case that reproduce it.
 */
class DateColumnFormatPropertiesTest {
    private static final DateContext US_STORE =
            new DateContext(LocalDate.of(2025, 7, 1), ZoneId.of("America/New_York"), false);
    private static final DateContext DAY_FIRST_STORE =
            new DateContext(LocalDate.of(2025, 7, 1), ZoneId.of("Australia/Sydney"), true);
    private static final List<DateColumnFormat> FORMATS = List.of(
            DateColumnFormat.infer(List.of("06/15/2025"), US_STORE),
            DateColumnFormat.infer(List.of("20250615"), US_STORE),
            DateColumnFormat.infer(List.of("15/06/2025"), US_STORE),
            DateColumnFormat.infer(List.of("03/04/2025"), DAY_FIRST_STORE),
            DateColumnFormat.fixed("Excel serial", US_STORE),
            DateColumnFormat.fixed("Mon DD,YY", DAY_FIRST_STORE));
    private static final List<Charset> CHARSETS =
            List.of(StandardCharsets.UTF_8, Charset.forName("windows-1252"), StandardCharsets.UTF_16LE);

    private static final String NOISE_CHARACTERS = "0123456789/-: TZ+.,'\"JunApPM\u00a0";
    /** Format strings over: 1 a number to 99, 2 and 3 numbers to 35, 4 a year, 5 AM or PM, 6 a month name. */
    private static final List<String> TEMPLATES = List.of(
            "%4$04d%2$02d%3$02d",
            "%4$04d-%2$02d-%3$02d",
            "%4$04d-%2$d-%3$d",
            "%2$d/%3$d/%4$04d",
            "%2$02d/%3$02d/%4$04d",
            "%2$02d/%3$02d/%1$02d",
            "%2$d/%3$d/%4$04d %1$d:%3$02d %5$s",
            "%4$04d-%2$02d-%3$02dT%1$02d:%3$02d:00Z",
            "%4$04d-%2$02d-%3$02d %1$02d:%2$02d:%3$02d",
            "%4$04d-%2$02d-%3$02d %1$02d:%2$02d:%3$02d -0%1$d00",
            "%4$04d/%2$02d/%3$02d",
            "%2$02d-%3$02d-%4$04d",
            "%3$d-%6$s-%4$04d",
            "%3$d-%6$s-%1$02d",
            "%6$s %3$02d,%1$02d",
            "%6$s %3$d, %4$04d",
            "\"%4$04d-%2$02d-%3$02d\"",
            " %2$d/%3$d/%4$04d ",
            "%4$d",
            "%1$d");

    private static final List<String> MERIDIEMS = List.of("AM", "PM", "pm", "");
    private static final List<String> MONTH_NAMES = List.of("Jun", "JAN", "Sept", "December", "Foo");
    private static final List<String> SPECIAL_TEXTS =
            List.of("", "0", "00000000", "0000-00-00", "12/30/1899", "N/A", "19000101");
    private static final List<Integer> EDGE_YEARS = List.of(0, 1, 4, 100, 400, 1582, 1899, 1900, 1970, 2000, 9999);

    @Test
    void readsTheSameFromBytesInEveryCharsetAsFromText() {
        Generators random = Generators.seeded(2001);
        for (int trial = 0; trial < 3000; trial++) {
            String text = dateLikeText(random);
            for (DateColumnFormat format : FORMATS) {
                DateResult expected = new DateResult();
                format.parse(text, expected);
                for (Charset charset : CHARSETS) {
                    if (!charset.newEncoder().canEncode(text)) {
                        continue;
                    }
                    byte[] cell = text.getBytes(charset);
                    byte[] buffer = new byte[cell.length + 4];
                    System.arraycopy(cell, 0, buffer, 2, cell.length);
                    DateResult actual = new DateResult();

                    format.parse(buffer, 2, 2 + cell.length, charset, actual);

                    assertThat(actual.status())
                            .as("\"%s\" with %s in %s (%s)", text, format, charset, random)
                            .isEqualTo(expected.status());
                    assertThat(actual.epochDay())
                            .as("\"%s\" with %s in %s (%s)", text, format, charset, random)
                            .isEqualTo(expected.epochDay());
                }
            }
        }
    }

    @Test
    void readsValidDatesInTheirFormatsAsTheSameDay() {
        Generators random = Generators.seeded(2002);
        DateColumnFormat format = DateColumnFormat.infer(List.of("06/15/2025"), US_STORE);
        for (int trial = 0; trial < 2000; trial++) {
            int year = random.between(1901, 2099);
            int month = random.between(1, 12);
            int day = random.between(1, LocalDate.of(year, month, 1).lengthOfMonth());
            LocalDate date = LocalDate.of(year, month, day);
            List<String> texts = List.of(
                    String.format(Locale.ROOT, "%04d%02d%02d", year, month, day),
                    String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day),
                    String.format(Locale.ROOT, "%d/%d/%04d", month, day, year),
                    String.format(Locale.ROOT, "%02d/%02d/%04d", month, day, year),
                    String.format(Locale.ROOT, "%04d/%02d/%02d", year, month, day),
                    String.format(Locale.ROOT, "%02d-%02d-%04d", month, day, year));
            for (String text : texts) {
                DateResult result = new DateResult();
                format.parse(
                        text.getBytes(StandardCharsets.US_ASCII), 0, text.length(), StandardCharsets.UTF_8, result);

                assertThat(result).as("\"%s\" (%s)", text, random).hasToString(date.toString());
            }
        }
    }

    @Test
    void computesEpochDaysLikeLocalDate() {
        Generators random = Generators.seeded(2003);
        for (int year : EDGE_YEARS) {
            for (int month = 1; month <= 12; month++) {
                assertEpochDay(year, month, 1, random);
                assertEpochDay(year, month, 28, random);
            }
        }
        for (int trial = 0; trial < 3000; trial++) {
            assertEpochDay(random.between(0, 9999), random.between(1, 12), random.between(1, 28), random);
        }
    }

    private static void assertEpochDay(int year, int month, int day, Generators random) {
        assertThat(DateColumnFormat.epochDay(year, month, day))
                .as("%04d-%02d-%02d (%s)", year, month, day, random)
                .isEqualTo(LocalDate.of(year, month, day).toEpochDay());
    }

    @Test
    void readsExcelSerialsFromNineteenHundredMarchOnAsDaysAfterDecemberThirtieth() {
        Generators random = Generators.seeded(2004);
        assertReadsExcelSerial(61, random);
        assertReadsExcelSerial(2_958_465, random);
        for (int trial = 0; trial < 1000; trial++) {
            assertReadsExcelSerial(random.between(61, 2_958_465), random);
        }
    }

    private static void assertReadsExcelSerial(int serial, Generators random) {
        DateResult result = new DateResult();

        FORMATS.get(0).parseExcelSerial(serial + 0.25, false, result);

        assertThat(result)
                .as("serial %d (%s)", serial, random)
                .hasToString(LocalDate.of(1899, 12, 30).plusDays(serial).toString());
    }

    /**
     * A cell that looks more or less like a date: one in seven random noise from date-like characters, five in seven
     * a template filled with random numbers, meridiem and month name, and one in seven a common special value.
     */
    private static String dateLikeText(Generators random) {
        return switch (random.weightedIndex(1, 5, 1)) {
            case 0 -> random.of(NOISE_CHARACTERS, 22);
            case 1 -> {
                String template = random.oneOf(TEMPLATES);
                int small = random.between(0, 99);
                int first = random.between(0, 35);
                int second = random.between(0, 35);
                int year = random.between(0, 1) == 0 ? random.between(1890, 2110) : random.between(0, 9999);
                String meridiem = random.oneOf(MERIDIEMS);
                String monthName = random.oneOf(MONTH_NAMES);
                yield String.format(Locale.ROOT, template, small, first, second, year, meridiem, monthName);
            }
            default -> random.oneOf(SPECIAL_TEXTS);
        };
    }
}

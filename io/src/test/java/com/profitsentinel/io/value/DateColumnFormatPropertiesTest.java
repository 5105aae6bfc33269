package com.profitsentinel.io.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

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

    @Property(tries = 3000)
    void byteAndTextPathsAgree(@ForAll("dateLikeTexts") String text) {
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
                        .as("%s with %s in %s", text, format, charset)
                        .isEqualTo(expected.status());
                assertThat(actual.epochDay())
                        .as("%s with %s in %s", text, format, charset)
                        .isEqualTo(expected.epochDay());
            }
        }
    }

    @Property(tries = 2000)
    void readsValidDatesInTheirFormatsAsTheSameDay(
            @ForAll @IntRange(min = 1901, max = 2099) int year,
            @ForAll @IntRange(min = 1, max = 12) int month,
            @ForAll @IntRange(min = 1, max = 31) int day) {
        if (day > LocalDate.of(year, month, 1).lengthOfMonth()) {
            return;
        }
        LocalDate date = LocalDate.of(year, month, day);
        String[] texts = {
            String.format("%04d%02d%02d", year, month, day),
            String.format("%04d-%02d-%02d", year, month, day),
            String.format("%d/%d/%04d", month, day, year),
            String.format("%02d/%02d/%04d", month, day, year),
            String.format("%04d/%02d/%02d", year, month, day),
            String.format("%02d-%02d-%04d", month, day, year)
        };
        DateColumnFormat format = DateColumnFormat.infer(List.of("06/15/2025"), US_STORE);
        for (String text : texts) {
            DateResult result = new DateResult();
            format.parse(text.getBytes(StandardCharsets.US_ASCII), 0, text.length(), StandardCharsets.UTF_8, result);

            assertThat(result).as(text).hasToString(date.toString());
        }
    }

    @Property(tries = 3000)
    void computesEpochDaysLikeLocalDate(
            @ForAll @IntRange(min = 0, max = 9999) int year,
            @ForAll @IntRange(min = 1, max = 12) int month,
            @ForAll @IntRange(min = 1, max = 28) int day) {
        assertThat(DateColumnFormat.epochDay(year, month, day))
                .isEqualTo(LocalDate.of(year, month, day).toEpochDay());
    }

    @Property(tries = 1000)
    void readsExcelSerialsFromNineteenHundredMarchOnAsDaysAfterDecemberThirtieth(
            @ForAll @IntRange(min = 61, max = 2_958_465) int serial) {
        DateResult result = new DateResult();

        FORMATS.get(0).parseExcelSerial(serial + 0.25, false, result);

        assertThat(result)
                .hasToString(LocalDate.of(1899, 12, 30).plusDays(serial).toString());
    }

    @Provide
    Arbitrary<String> dateLikeTexts() {
        Arbitrary<String> noise = Arbitraries.strings()
                .withChars("0123456789/-: TZ+.,'\"JunApPM\u00a0")
                .ofMaxLength(22);
        Arbitrary<Integer> years = Arbitraries.oneOf(
                Arbitraries.integers().between(1890, 2110),
                Arbitraries.integers().between(0, 9999));
        Arbitrary<Integer> components = Arbitraries.integers().between(0, 35);
        Arbitrary<String> templates = Arbitraries.of(
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
        Arbitrary<String> shaped = Combinators.combine(
                        templates,
                        Arbitraries.integers().between(0, 99),
                        components,
                        components,
                        years,
                        Arbitraries.of("AM", "PM", "pm", ""),
                        Arbitraries.of("Jun", "JAN", "Sept", "December", "Foo"))
                .as((template, small, first, second, year, meridiem, monthName) ->
                        String.format(template, small, first, second, year, meridiem, monthName));
        return Arbitraries.frequencyOf(
                Tuple.of(1, noise),
                Tuple.of(5, shaped),
                Tuple.of(1, Arbitraries.of("", "0", "00000000", "0000-00-00", "12/30/1899", "N/A", "19000101")));
    }
}

package com.profitsentinel.io.mapping;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;

/**
 * The period a units-sold column covers (engine.md §2.3.4), from its header or a profile. Turned into days against the
 * analysis date with {@link #days(LocalDate, int, int)}.
 */
public sealed interface UnitsSoldPeriod {
    /** A fixed number of days ({@code Sold Last 30 Days} → 30, {@code Year Total} → 365). */
    record Days(int count) implements UnitsSoldPeriod {
        public Days {
            if (count < 1) {
                throw new IllegalArgumentException("a units-sold period must be at least 1 day: " + count);
            }
        }
    }

    /** Year to date from the store's fiscal-year start. */
    record YearToDate() implements UnitsSoldPeriod {}

    /** Quarter to date. */
    record QuarterToDate() implements UnitsSoldPeriod {}

    /** Month to date. */
    record MonthToDate() implements UnitsSoldPeriod {}

    /** Week to date (weeks start on Monday). */
    record WeekToDate() implements UnitsSoldPeriod {}

    /** No hint in the header: the store's assumed period applies and a notice says so. */
    record Assumed() implements UnitsSoldPeriod {}

    /**
     * The number of days the period covers on {@code asOf} (engine.md §2.3.4): to-date periods count both ends, so
     * year to date on 2025-07-01 with a January fiscal year is 182.
     */
    default int days(LocalDate asOf, int fiscalYearStartMonth, int assumedDays) {
        return switch (this) {
            case Days days -> days.count();
            case YearToDate ignored -> {
                LocalDate start = LocalDate.of(asOf.getYear(), fiscalYearStartMonth, 1);
                if (start.isAfter(asOf)) {
                    start = start.minusYears(1);
                }
                yield (int) ChronoUnit.DAYS.between(start, asOf) + 1;
            }
            case QuarterToDate ignored ->
                (int) ChronoUnit.DAYS.between(asOf.with(IsoFields.DAY_OF_QUARTER, 1), asOf) + 1;
            case MonthToDate ignored -> asOf.getDayOfMonth();
            case WeekToDate ignored ->
                (int) ChronoUnit.DAYS.between(asOf.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), asOf) + 1;
            case Assumed ignored -> assumedDays;
        };
    }

    /** Short text for the mapping response: the days, or {@code YTD}, {@code MTD}, {@code WTD}, {@code QTD}, {@code ASSUMED}. */
    default String label() {
        return switch (this) {
            case Days days -> Integer.toString(days.count());
            case YearToDate ignored -> "YTD";
            case QuarterToDate ignored -> "QTD";
            case MonthToDate ignored -> "MTD";
            case WeekToDate ignored -> "WTD";
            case Assumed ignored -> "ASSUMED";
        };
    }

    /** Parses a label written by {@link #label()} (case-insensitive). */
    static UnitsSoldPeriod parse(String label) {
        String text = label.strip().toUpperCase(Locale.ROOT);
        return switch (text) {
            case "YTD" -> new YearToDate();
            case "QTD" -> new QuarterToDate();
            case "MTD" -> new MonthToDate();
            case "WTD" -> new WeekToDate();
            case "ASSUMED" -> new Assumed();
            default -> {
                try {
                    yield new Days(Integer.parseInt(text));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("not a units-sold period: " + label, e);
                }
            }
        };
    }

    /** The period a header names (engine.md §2.3.4 table), matched on whole words after normalization. */
    static UnitsSoldPeriod fromHeader(String header) {
        List<String> tokens = HeaderKeys.tokens(header);
        String words = " " + String.join(" ", tokens) + " ";
        if (contains(words, "ytd") || contains(words, "year to date")) {
            return new YearToDate();
        }
        if (contains(words, "mtd") || contains(words, "month to date")) {
            return new MonthToDate();
        }
        if (contains(words, "wtd") || contains(words, "week to date")) {
            return new WeekToDate();
        }
        if (contains(words, "qtd") || contains(words, "quarter")) {
            return contains(words, "qtd") ? new QuarterToDate() : new Days(90);
        }
        if (contains(words, "90")) {
            return new Days(90);
        }
        if (contains(words, "30")
                || contains(words, "last month")
                || contains(words, "monthly")
                || contains(words, "month")) {
            return new Days(30);
        }
        if (contains(words, "7")
                || contains(words, "last week")
                || contains(words, "weekly")
                || contains(words, "week")) {
            return new Days(7);
        }
        if (contains(words, "ly")
                || contains(words, "last year")
                || contains(words, "year total")
                || contains(words, "annual")
                || contains(words, "12 month")
                || contains(words, "12 months")
                || contains(words, "52 week")
                || contains(words, "52 weeks")
                || contains(words, "year")) {
            return new Days(365);
        }
        return new Assumed();
    }

    private static boolean contains(String words, String phrase) {
        return words.contains(" " + phrase + " ");
    }
}

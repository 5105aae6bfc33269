package com.profitsentinel.testing.samples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** The value spellings POS exports use (columns.md §5.5). */
final class Formats {
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.US);
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.US);
    private static final DateTimeFormatter MONTH_DAY_YEAR = DateTimeFormatter.ofPattern("MMM dd,yy", Locale.US);

    private Formats() {}

    /** {@code 12.50}. */
    static String money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** {@code 1,234.50}. */
    static String thousands(BigDecimal value) {
        return String.format(Locale.US, "%,.2f", value.setScale(2, RoundingMode.HALF_UP));
    }

    /** {@code 20250602} (Paladin, IdoSoft). */
    static String compact(LocalDate date) {
        return COMPACT.format(date);
    }

    /** {@code 20250602}, or blank for never. */
    static String compact(Optional<LocalDate> date) {
        return date.map(Formats::compact).orElse("");
    }

    /** {@code 06/02/2025}. */
    static String us(LocalDate date) {
        return US.format(date);
    }

    /** {@code 06/02/2025}, or blank for never. */
    static String us(Optional<LocalDate> date) {
        return date.map(Formats::us).orElse("");
    }

    /** {@code 2025-06-02}, or blank for never. */
    static String iso(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse("");
    }

    /** {@code Jun 02,25} (SHLP and YTD reports), or blank for never. */
    static String monthDayYear(Optional<LocalDate> date) {
        return date.map(MONTH_DAY_YEAR::format).orElse("");
    }
}

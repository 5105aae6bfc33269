package com.profitsentinel.io.xlsx;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Converts Excel serial dates to calendar dates for display (columns.md §2.3). The time of day is dropped; a time that
 * rounds up to midnight counts as the next day. In the 1900 date system serial 1 is 1900-01-01 and Excel counts the
 * nonexistent 1900-02-29 as serial 60, so serials from 61 on are counted from 1899-12-30; in the 1904 date system
 * serial 0 is 1904-01-01.
 */
final class SerialDates {
    private static final long MILLISECONDS_PER_DAY = 86_400_000L;
    private static final LocalDate EPOCH_1900_BEFORE_MARCH = LocalDate.of(1899, 12, 31);
    private static final LocalDate EPOCH_1900_FROM_MARCH = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    private static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 31);
    /** A serial beyond 9999-12-31 in both date systems (the last date is serial 2,958,465 in the 1900 system). */
    private static final double SERIAL_LIMIT = 3_000_000;

    private SerialDates() {}

    /** The calendar date of a serial, or empty when the serial is negative or past 9999-12-31 (Excel shows ####). */
    static Optional<LocalDate> toDate(double serial, boolean date1904) {
        if (!(serial >= 0) || serial >= SERIAL_LIMIT) {
            return Optional.empty();
        }
        long day = (long) Math.floor(serial);
        long milliseconds = Math.round((serial - day) * MILLISECONDS_PER_DAY);
        if (milliseconds >= MILLISECONDS_PER_DAY) {
            day++;
        }
        LocalDate date;
        if (date1904) {
            date = EPOCH_1904.plusDays(day);
        } else if (day >= 61) {
            date = EPOCH_1900_FROM_MARCH.plusDays(day);
        } else {
            date = EPOCH_1900_BEFORE_MARCH.plusDays(day);
        }
        return date.isAfter(LAST_DATE) ? Optional.empty() : Optional.of(date);
    }
}

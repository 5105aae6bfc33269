package com.profitsentinel.io.xlsx;

import java.math.BigDecimal;

/**
 * Writes a workbook number as text without exponent, so identifiers stored as numbers survive (columns.md §2.3): an
 * integral value below 2^53 as a plain integer ({@code 12345678901}), any other value in the shortest decimal form that
 * reads back as the same double ({@code 0.1}, {@code 100000000000000000000}).
 */
final class PlainNumbers {
    /** 2^53: above it, not every integer is a double, so integral values get the decimal form. */
    private static final double EXACT_INTEGER_LIMIT = 0x1p53;

    private PlainNumbers() {}

    static String text(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        if (value == Math.rint(value) && Math.abs(value) < EXACT_INTEGER_LIMIT) {
            return Long.toString((long) value);
        }
        // Double.toString gives the shortest decimal that round-trips; BigDecimal removes the exponent.
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}

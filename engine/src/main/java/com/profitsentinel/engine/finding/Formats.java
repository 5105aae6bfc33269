package com.profitsentinel.engine.finding;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The number formats of context sentences (engine.md §5.5): {@code {x:$}} dollars with thousands separators and 2
 * decimals ({@code -$} when negative), {@code {x:0}}, {@code {x:1}}, {@code {x:2}} decimals; always HALF_EVEN on the
 * exact binary value of the double (§0).
 *
 * <p>Rounding is exact and fast: {@code value × 10^d} is computed in floating point, and only when the result lies
 * within a few units in the last place of a half (where the floating-point product could fall on the wrong side) is
 * the decision taken on the exact decimal expansion of the double, with {@link BigDecimal}.
 */
public final class Formats {
    private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};
    /** Above this magnitude the scaled value may not fit the fast path's exact integer range. */
    private static final double FAST_LIMIT = 1e15;

    private static final int ULPS = 4;

    private Formats() {}

    /** {@code {x:$}}: {@code $1,234.50}, {@code -$3.00}. */
    public static String money(double value) {
        StringBuilder out = new StringBuilder(16);
        appendRounded(out, value, 2, true, "$");
        return out.toString();
    }

    /** {@code {x:n}}: {@code n} decimals with thousands separators. */
    public static String number(double value, int decimals) {
        StringBuilder out = new StringBuilder(16);
        appendRounded(out, value, decimals, true, "");
        return out.toString();
    }

    /** {@code n} decimals without separators ({@code 1234.50}, {@code -3.00}), as written in JSON and CSV. */
    public static String plain(double value, int decimals) {
        StringBuilder out = new StringBuilder(16);
        appendRounded(out, value, decimals, false, "");
        return out.toString();
    }

    /** Up to 6 decimals, trailing zeros dropped ({@code 0.85}, {@code -47}, {@code 166.666667}); {@code NaN} as is. */
    public static String decimal(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        String text = plain(value, 6);
        int end = text.length();
        while (text.charAt(end - 1) == '0') {
            end--;
        }
        if (text.charAt(end - 1) == '.') {
            end--;
        }
        String trimmed = text.substring(0, end);
        return trimmed.equals("-0") ? "0" : trimmed;
    }

    /** The value rounded HALF_EVEN to {@code decimals} places, as a double (for JSON). */
    public static double rounded(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return value;
        }
        long units = scaled(value, decimals);
        if (units == Long.MIN_VALUE) {
            return exact(value, decimals).doubleValue();
        }
        return units / (double) POWERS[decimals];
    }

    /**
     * {@code value × 10^decimals} rounded HALF_EVEN on the exact binary value, or {@link Long#MIN_VALUE} when the value
     * is too large for the fast path.
     */
    static long scaled(double value, int decimals) {
        double scaled = value * POWERS[decimals];
        if (!(Math.abs(scaled) < FAST_LIMIT)) {
            return Long.MIN_VALUE;
        }
        double floor = Math.floor(scaled);
        double fraction = scaled - floor;
        if (Math.abs(fraction - 0.5) > ULPS * Math.ulp(scaled)) {
            return (long) floor + (fraction > 0.5 ? 1 : 0);
        }
        return exact(value, decimals).unscaledValue().longValueExact();
    }

    private static BigDecimal exact(double value, int decimals) {
        return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN);
    }

    private static void appendRounded(StringBuilder out, double value, int decimals, boolean grouped, String unit) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            value = 0;
        }
        long units = scaled(value, decimals);
        String digits;
        boolean negative;
        if (units == Long.MIN_VALUE) {
            BigDecimal rounded = exact(value, decimals);
            negative = rounded.signum() < 0;
            digits = rounded.abs().unscaledValue().toString();
        } else {
            negative = units < 0;
            digits = Long.toString(Math.abs(units));
        }
        if (digits.length() <= decimals) {
            digits = "0".repeat(decimals - digits.length() + 1) + digits;
        }
        if (negative) {
            out.append('-');
        }
        out.append(unit);
        int integerEnd = digits.length() - decimals;
        for (int index = 0; index < integerEnd; index++) {
            if (grouped && index > 0 && (integerEnd - index) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(index));
        }
        if (decimals > 0) {
            out.append('.').append(digits, integerEnd, digits.length());
        }
    }
}

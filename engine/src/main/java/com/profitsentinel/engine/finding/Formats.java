package com.profitsentinel.engine.finding;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The number formats of context sentences (engine.md §5.5): {@code {x:$}} dollars with thousands separators and 2
 * decimals ({@code -$} when negative), {@code {x:0}}, {@code {x:1}}, {@code {x:2}} decimals; always HALF_EVEN on the
 * exact binary value of the double (§0).
 */
public final class Formats {
    private Formats() {}

    /** {@code {x:$}}: {@code $1,234.50}, {@code -$3.00}. */
    public static String money(double value) {
        BigDecimal rounded = round(value, 2);
        String digits = grouped(rounded.abs(), 2);
        return (rounded.signum() < 0 ? "-$" : "$") + digits;
    }

    /** {@code {x:n}}: {@code n} decimals with thousands separators. */
    public static String number(double value, int decimals) {
        BigDecimal rounded = round(value, decimals);
        String digits = grouped(rounded.abs(), decimals);
        return rounded.signum() < 0 ? "-" + digits : digits;
    }

    /** The value rounded HALF_EVEN to {@code decimals} places, as a double (for JSON). */
    public static double rounded(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return value;
        }
        return round(value, decimals).doubleValue();
    }

    private static BigDecimal round(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return BigDecimal.ZERO;
        }
        return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN);
    }

    /** A non-negative value already at its scale, with a comma every three integer digits. */
    private static String grouped(BigDecimal value, int decimals) {
        String plain = value.setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
        int point = plain.indexOf('.');
        int integerEnd = point < 0 ? plain.length() : point;
        StringBuilder out = new StringBuilder(plain.length() + integerEnd / 3);
        for (int index = 0; index < integerEnd; index++) {
            if (index > 0 && (integerEnd - index) % 3 == 0) {
                out.append(',');
            }
            out.append(plain.charAt(index));
        }
        out.append(plain, integerEnd, plain.length());
        return out.toString();
    }
}

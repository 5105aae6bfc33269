package com.profitsentinel.io.value;

/**
 * How a numeric column writes its numbers (columns.md §5.1).
 *
 * @param decimalComma the column uses a decimal comma ({@code 1.234,56}); otherwise a decimal point, and commas are
 *     thousands separators
 * @param questionMarkThousands an Epicor Eagle DAFL file, where {@code ?} replaced the commas inside data (§2.1)
 */
public record NumberStyle(boolean decimalComma, boolean questionMarkThousands) {
    /** Decimal point, commas as thousands separators: the common US export. */
    public static final NumberStyle STANDARD = new NumberStyle(false, false);

    /** Decimal comma, points as thousands separators. */
    public static final NumberStyle DECIMAL_COMMA = new NumberStyle(true, false);

    /** Decimal point, commas and question marks as thousands separators: Epicor Eagle DAFL files (§2.1). */
    public static final NumberStyle EAGLE_DAFL = new NumberStyle(false, true);
}

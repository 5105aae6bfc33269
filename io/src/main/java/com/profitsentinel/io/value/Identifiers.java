package com.profitsentinel.io.value;

/**
 * Cleans identifier cells (columns.md §5.4): sku, barcode, alt_sku, vendor_sku, coop_item_number, pos_item_id and
 * store_id are text, never numbers, so case and leading zeros are kept.
 */
public final class Identifiers {
    private static final int SMALLEST_DAMAGED_EXPONENT = 5;

    private Identifiers() {}

    /**
     * Cleans one identifier cell (columns.md §5.4): trims it, then undoes the spreadsheet text markers — the formula
     * text form {@code ="0012345"} gives {@code 0012345}, a leading apostrophe ({@code '0012345}) is removed, and
     * surrounding double quotes are stripped — repeating until none applies. Case, inner spaces and leading zeros are
     * kept.
     *
     * @param raw the cell as read
     * @return the identifier; empty when the cell is blank; never null
     */
    public static String clean(String raw) {
        String id = ValueText.trim(raw);
        while (true) {
            String unwrapped;
            if (id.length() >= 3 && id.startsWith("=\"") && id.endsWith("\"")) {
                unwrapped = id.substring(2, id.length() - 1);
            } else if (id.startsWith("'")) {
                unwrapped = id.substring(1);
            } else if (id.length() >= 2 && id.startsWith("\"") && id.endsWith("\"")) {
                unwrapped = id.substring(1, id.length() - 1);
            } else {
                return id;
            }
            id = ValueText.trim(unwrapped);
        }
    }

    /**
     * True when an identifier looks like a number a spreadsheet rewrote in scientific notation ({@code 1.23457E+11},
     * {@code 1.2E11}, {@code 1E+12}): one leading digit 1–9, an optional fraction, {@code E} or {@code e}, an optional
     * {@code +} and an exponent of at least 5 with at most three digits. Such ids get {@code SCIENTIFIC_NOTATION_ID}
     * (columns.md §5.4). Plain digit strings, part numbers such as {@code E12-5}, and small forms such as {@code 1E4}
     * that are more likely real codes are not matched.
     *
     * @param id a cleaned identifier
     * @return whether it looks damaged by scientific notation
     */
    public static boolean looksScientific(String id) {
        int length = id.length();
        if (length < 3 || id.charAt(0) < '1' || id.charAt(0) > '9') {
            return false;
        }
        int index = 1;
        if (id.charAt(index) == '.') {
            index++;
            int fractionStart = index;
            while (index < length && isDigit(id.charAt(index))) {
                index++;
            }
            if (index == fractionStart) {
                return false;
            }
        }
        if (index >= length || (id.charAt(index) != 'E' && id.charAt(index) != 'e')) {
            return false;
        }
        index++;
        if (index < length && id.charAt(index) == '+') {
            index++;
        }
        int exponentStart = index;
        int exponent = 0;
        while (index < length && isDigit(id.charAt(index))) {
            exponent = exponent * 10 + (id.charAt(index) - '0');
            index++;
        }
        int exponentDigits = index - exponentStart;
        return index == length && exponentDigits >= 1 && exponentDigits <= 3 && exponent >= SMALLEST_DAMAGED_EXPONENT;
    }

    /**
     * Trims {@code text} and collapses every inner run of whitespace (including tabs and no-break spaces) to one
     * space, as store ids are compared (columns.md §5.4): {@code " Store  1 "} gives {@code "Store 1"}.
     *
     * @param text the text as read
     * @return the collapsed text; never null
     */
    public static String collapseWhitespace(String text) {
        String trimmed = ValueText.trim(text);
        StringBuilder collapsed = new StringBuilder(trimmed.length());
        boolean inSpace = false;
        for (int index = 0; index < trimmed.length(); index++) {
            char character = trimmed.charAt(index);
            if (ValueText.isSpace(character)) {
                inSpace = true;
            } else {
                if (inSpace) {
                    collapsed.append(' ');
                    inSpace = false;
                }
                collapsed.append(character);
            }
        }
        return collapsed.toString();
    }

    private static boolean isDigit(char character) {
        return character >= '0' && character <= '9';
    }
}

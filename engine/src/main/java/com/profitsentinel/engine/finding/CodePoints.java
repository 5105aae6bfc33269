package com.profitsentinel.engine.finding;

/**
 * Text order by Unicode code points, the order every store and SKU tie-break uses (engine.md §0). {@link
 * String#compareTo} compares UTF-16 units, which puts supplementary characters (stored as surrogates, U+D800–U+DFFF)
 * before U+E000–U+FFFF; this compares the same units and corrects only that case, without decoding.
 */
public final class CodePoints {
    private CodePoints() {}

    /** Negative, zero or positive as {@code left} sorts before, with or after {@code right}. */
    public static int compare(String left, String right) {
        int length = Math.min(left.length(), right.length());
        for (int index = 0; index < length; index++) {
            char leftUnit = left.charAt(index);
            char rightUnit = right.charAt(index);
            if (leftUnit != rightUnit) {
                boolean leftSurrogate = Character.isSurrogate(leftUnit);
                if (leftSurrogate != Character.isSurrogate(rightUnit)) {
                    return leftSurrogate ? 1 : -1;
                }
                return Character.compare(leftUnit, rightUnit);
            }
        }
        return Integer.compare(left.length(), right.length());
    }
}

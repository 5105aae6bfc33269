package com.profitsentinel.testing.samples;

/**
 * GTIN check digits (UPC-A, EAN-13, GTIN-14): the last digit makes the weighted sum of all digits a multiple of 10,
 * with weight 3 on every other digit counted from the right, starting next to the check digit.
 */
public final class Upc {
    private Upc() {}

    /** Appends the check digit to 11 digits, giving a 12-digit UPC-A code. */
    public static String withCheckDigit(String elevenDigits) {
        if (elevenDigits.length() != 11 || !allDigits(elevenDigits)) {
            throw new IllegalArgumentException("a UPC-A body is 11 digits: " + elevenDigits);
        }
        return elevenDigits + checkDigit(elevenDigits);
    }

    /** Whether the text is a 12-, 13- or 14-digit GTIN whose last digit is its check digit. */
    public static boolean isValid(String code) {
        int length = code.length();
        if (length < 12 || length > 14 || !allDigits(code)) {
            return false;
        }
        return checkDigit(code.substring(0, length - 1)) == code.charAt(length - 1) - '0';
    }

    private static int checkDigit(String body) {
        int sum = 0;
        for (int index = 0; index < body.length(); index++) {
            int digit = body.charAt(body.length() - 1 - index) - '0';
            sum += index % 2 == 0 ? 3 * digit : digit;
        }
        return (10 - sum % 10) % 10;
    }

    private static boolean allDigits(String text) {
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            if (character < '0' || character > '9') {
                return false;
            }
        }
        return true;
    }
}

package com.profitsentinel.io.value;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Character helpers shared by the value parsers: what counts as blank, and when raw bytes may be read as ASCII. */
final class ValueText {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private ValueText() {}

    /**
     * True for the characters a cell is trimmed of: ASCII control characters and space, Unicode whitespace, and the
     * no-break spaces (U+00A0, U+2007, U+202F) that spreadsheets and European exports put around numbers.
     */
    static boolean isSpace(char character) {
        return character <= ' ' || Character.isWhitespace(character) || Character.isSpaceChar(character);
    }

    /** Index of the first non-space character of {@code text}, or {@code text.length()} when it is all spaces. */
    static int firstNonSpace(CharSequence text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        return start;
    }

    /** One past the index of the last non-space character of {@code text} at or after {@code start}. */
    static int endOfNonSpace(CharSequence text, int start) {
        int end = text.length();
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** {@code text} without leading and trailing {@linkplain #isSpace spaces}. */
    static String trim(CharSequence text) {
        int start = firstNonSpace(text);
        int end = endOfNonSpace(text, start);
        return text.subSequence(start, end).toString();
    }

    /**
     * True when every byte below 0x80 means the same ASCII character in {@code charset}, so that an all-ASCII byte
     * range can be parsed without decoding.
     */
    @SuppressWarnings("ReferenceEquality") // identity first: this runs for every numeric cell of a CSV file
    static boolean asciiCompatible(Charset charset) {
        if (charset == StandardCharsets.UTF_8 || charset == StandardCharsets.ISO_8859_1 || charset == WINDOWS_1252) {
            return true;
        }
        return charset.equals(StandardCharsets.UTF_8)
                || charset.equals(WINDOWS_1252)
                || charset.equals(StandardCharsets.ISO_8859_1)
                || charset.equals(StandardCharsets.US_ASCII);
    }

    /** True when no byte in {@code bytes[from, to)} has its high bit set. */
    static boolean allAscii(byte[] bytes, int from, int to) {
        for (int index = from; index < to; index++) {
            if (bytes[index] < 0) {
                return false;
            }
        }
        return true;
    }

    /** The ASCII lower case of {@code character}; other characters unchanged. */
    static int lowerAscii(int character) {
        return character >= 'A' && character <= 'Z' ? character + ('a' - 'A') : character;
    }
}

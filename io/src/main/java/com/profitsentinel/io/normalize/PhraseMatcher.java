package com.profitsentinel.io.normalize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Finds whole words and phrases in text, case-insensitively, without allocating per call (engine.md §2.3.6 and §2.3.7).
 * Text is split into words at every character that is not a word character, so {@code DUMP-FEE} reads as the phrase
 * {@code DUMP FEE} and {@code Waterfall Faucets} does not contain the word {@code fall}. Not thread-safe: it reuses
 * its word buffers.
 */
final class PhraseMatcher {
    private final boolean digitsAreWordCharacters;
    private final char[][][] phrases;
    private final int[] firstWordHashes;

    private int[] starts = new int[32];
    private int[] ends = new int[32];

    /**
     * @param phrases the words or phrases to find
     * @param digitsAreWordCharacters true when digits belong to words (SKU keywords), false when only letters do
     *     (category keywords, whose word boundaries are at non-letters)
     */
    PhraseMatcher(List<String> phrases, boolean digitsAreWordCharacters) {
        this.digitsAreWordCharacters = digitsAreWordCharacters;
        List<char[][]> parsed = new ArrayList<>();
        for (String phrase : phrases) {
            List<char[]> words = new ArrayList<>();
            String upper = phrase.toUpperCase(Locale.ROOT);
            int index = 0;
            while (index < upper.length()) {
                while (index < upper.length() && !isWordCharacter(upper.charAt(index))) {
                    index++;
                }
                int start = index;
                while (index < upper.length() && isWordCharacter(upper.charAt(index))) {
                    index++;
                }
                if (index > start) {
                    words.add(upper.substring(start, index).toCharArray());
                }
            }
            if (!words.isEmpty()) {
                parsed.add(words.toArray(new char[0][]));
            }
        }
        this.phrases = parsed.toArray(new char[0][][]);
        this.firstWordHashes = new int[this.phrases.length];
        for (int phrase = 0; phrase < this.phrases.length; phrase++) {
            char[] first = this.phrases[phrase][0];
            firstWordHashes[phrase] = hash(first, 0, first.length);
        }
    }

    /** Whether any phrase occurs in {@code text} as whole words. */
    boolean matches(CharSequence text) {
        int count = split(text);
        for (int word = 0; word < count; word++) {
            int wordHash = upperHash(text, starts[word], ends[word]);
            for (int phrase = 0; phrase < phrases.length; phrase++) {
                if (firstWordHashes[phrase] == wordHash && matchesAt(text, word, count, phrases[phrase])) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean matchesAt(CharSequence text, int firstWord, int wordCount, char[][] phrase) {
        if (firstWord + phrase.length > wordCount) {
            return false;
        }
        for (int offset = 0; offset < phrase.length; offset++) {
            int start = starts[firstWord + offset];
            int end = ends[firstWord + offset];
            char[] expected = phrase[offset];
            if (end - start != expected.length) {
                return false;
            }
            for (int index = 0; index < expected.length; index++) {
                if (Character.toUpperCase(text.charAt(start + index)) != expected[index]) {
                    return false;
                }
            }
        }
        return true;
    }

    private int split(CharSequence text) {
        int count = 0;
        int index = 0;
        int length = text.length();
        while (index < length) {
            while (index < length && !isWordCharacter(text.charAt(index))) {
                index++;
            }
            int start = index;
            while (index < length && isWordCharacter(text.charAt(index))) {
                index++;
            }
            if (index > start) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                    ends = Arrays.copyOf(ends, count * 2);
                }
                starts[count] = start;
                ends[count] = index;
                count++;
            }
        }
        return count;
    }

    private boolean isWordCharacter(char character) {
        return Character.isLetter(character) || (digitsAreWordCharacters && Character.isDigit(character));
    }

    private static int hash(char[] upper, int from, int to) {
        int value = 0;
        for (int index = from; index < to; index++) {
            value = 31 * value + upper[index];
        }
        return value;
    }

    private static int upperHash(CharSequence text, int from, int to) {
        int value = 0;
        for (int index = from; index < to; index++) {
            value = 31 * value + Character.toUpperCase(text.charAt(index));
        }
        return value;
    }
}

package com.profitsentinel.io.normalize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Finds whole words and phrases in text, case-insensitively, without allocating per call (engine.md §2.3.6 and §2.3.7).
 * Text is split into words at every character that is not a word character, so {@code DUMP-FEE} reads as the phrase
 * {@code DUMP FEE} and {@code Waterfall Faucets} does not contain the word {@code fall}. Not thread-safe: it reuses
 * its word buffers. Public for the purchase-order layouts, which mark non-inventory descriptions as service lines
 * (engine.md §2.6).
 */
public final class PhraseMatcher {
    private final boolean digitsAreWordCharacters;
    private final boolean[] asciiWordCharacters = new boolean[128];
    private final char[][][] phrases;
    /** Open-addressing table from a first word's hash to the phrases that start with it. */
    private final int[] slotHashes;

    private final int[][] slotPhrases;
    private final int mask;

    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private int[] hashes = new int[32];

    /**
     * @param phrases the words or phrases to find
     * @param digitsAreWordCharacters true when digits belong to words (SKU keywords), false when only letters do
     *     (category keywords, whose word boundaries are at non-letters)
     */
    public PhraseMatcher(List<String> phrases, boolean digitsAreWordCharacters) {
        this.digitsAreWordCharacters = digitsAreWordCharacters;
        for (char character = 0; character < 128; character++) {
            boolean letter = (character >= 'A' && character <= 'Z') || (character >= 'a' && character <= 'z');
            asciiWordCharacters[character] =
                    letter || (digitsAreWordCharacters && character >= '0' && character <= '9');
        }
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
        int size = Integer.highestOneBit(Math.max(4, this.phrases.length * 4) - 1) << 1;
        this.mask = size - 1;
        this.slotHashes = new int[size];
        this.slotPhrases = new int[size][];
        for (int phrase = 0; phrase < this.phrases.length; phrase++) {
            char[] first = this.phrases[phrase][0];
            int wordHash = hash(first, 0, first.length);
            int slot = slot(wordHash);
            int[] existing = slotPhrases[slot];
            slotHashes[slot] = wordHash;
            if (existing == null) {
                slotPhrases[slot] = new int[] {phrase};
            } else {
                int[] grown = Arrays.copyOf(existing, existing.length + 1);
                grown[existing.length] = phrase;
                slotPhrases[slot] = grown;
            }
        }
    }

    /** The slot of a hash: the first free slot or the one already holding it (linear probing). */
    private int slot(int wordHash) {
        int slot = mix(wordHash) & mask;
        while (slotPhrases[slot] != null && slotHashes[slot] != wordHash) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static int mix(int value) {
        return value ^ (value >>> 16);
    }

    /** Whether any phrase occurs in {@code text} as whole words. */
    public boolean matches(String text) {
        int count = split(text);
        for (int word = 0; word < count; word++) {
            int slot = mix(hashes[word]) & mask;
            while (slotPhrases[slot] != null) {
                if (slotHashes[slot] == hashes[word]) {
                    for (int phrase : slotPhrases[slot]) {
                        if (matchesAt(text, word, count, phrases[phrase])) {
                            return true;
                        }
                    }
                    break;
                }
                slot = (slot + 1) & mask;
            }
        }
        return false;
    }

    private boolean matchesAt(String text, int firstWord, int wordCount, char[][] phrase) {
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
                if (upper(text.charAt(start + index)) != expected[index]) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Splits the text into words, recording each word's bounds and upper-case hash. */
    private int split(String text) {
        int count = 0;
        int index = 0;
        int length = text.length();
        while (index < length) {
            while (index < length && !isWordCharacter(text.charAt(index))) {
                index++;
            }
            int start = index;
            int wordHash = 0;
            while (index < length) {
                char character = text.charAt(index);
                if (!isWordCharacter(character)) {
                    break;
                }
                wordHash = 31 * wordHash + upper(character);
                index++;
            }
            if (index > start) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                    ends = Arrays.copyOf(ends, count * 2);
                    hashes = Arrays.copyOf(hashes, count * 2);
                }
                starts[count] = start;
                ends[count] = index;
                hashes[count] = wordHash;
                count++;
            }
        }
        return count;
    }

    private static char upper(char character) {
        if (character < 128) {
            return character >= 'a' && character <= 'z' ? (char) (character - 32) : character;
        }
        return Character.toUpperCase(character);
    }

    private boolean isWordCharacter(char character) {
        if (character < 128) {
            return asciiWordCharacters[character];
        }
        return Character.isLetter(character) || (digitsAreWordCharacters && Character.isDigit(character));
    }

    private static int hash(char[] upper, int from, int to) {
        int value = 0;
        for (int index = from; index < to; index++) {
            value = 31 * value + upper[index];
        }
        return value;
    }
}

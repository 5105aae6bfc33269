package com.profitsentinel.io.csv;

import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * Per-column caches that turn repeated cell bytes (a vendor, a category, a status) into one shared string, so that a
 * low-cardinality column is decoded once per distinct value instead of once per row. Direct-mapped: a miss decodes and
 * replaces the slot.
 */
final class SharedTexts {
    private static final int SLOTS = 256;

    private byte[][][] keys = new byte[0][][];
    private String[][] values = new String[0][];

    String lookup(int column, byte[] bytes, int from, int to, Charset charset) {
        if (column >= keys.length) {
            keys = Arrays.copyOf(keys, column + 1);
            values = Arrays.copyOf(values, column + 1);
        }
        byte[][] columnKeys = keys[column];
        String[] columnValues = values[column];
        if (columnKeys == null || columnValues == null) {
            columnKeys = new byte[SLOTS][];
            columnValues = new String[SLOTS];
            keys[column] = columnKeys;
            values[column] = columnValues;
        }
        int hash = 0x811C9DC5;
        for (int index = from; index < to; index++) {
            hash = (hash ^ bytes[index]) * 0x01000193;
        }
        int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
        byte[] key = columnKeys[slot];
        String value = columnValues[slot];
        if (key != null && value != null && Arrays.equals(key, 0, key.length, bytes, from, to)) {
            return value;
        }
        String decoded = new String(bytes, from, to - from, charset).strip();
        columnKeys[slot] = Arrays.copyOfRange(bytes, from, to);
        columnValues[slot] = decoded;
        return decoded;
    }
}

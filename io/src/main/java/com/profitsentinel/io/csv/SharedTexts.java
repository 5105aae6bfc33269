package com.profitsentinel.io.csv;

import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * Per-column caches that turn repeated cell bytes (a vendor, a category, a status) into one shared string, so that a
 * low-cardinality column is decoded once per distinct value instead of once per row. Direct-mapped: a miss decodes and
 * replaces the slot. A reading thread keeps one for all the chunks it reads.
 */
public final class SharedTexts {
    private static final int SLOTS = 256;

    private byte[][][] keys = new byte[0][][];
    private String[][] values = new String[0][];

    /** An empty cache. */
    public SharedTexts() {}

    /** A cheap hash of the cell: its length and its first and last bytes (up to eight each). */
    private static int slot(byte[] bytes, int from, int to) {
        int length = to - from;
        long hash = length;
        int head = Math.min(length, Long.BYTES);
        for (int index = 0; index < head; index++) {
            hash = hash * 31 + bytes[from + index];
        }
        for (int index = Math.max(from + head, to - Long.BYTES); index < to; index++) {
            hash = hash * 31 + bytes[index];
        }
        hash *= 0x9E3779B97F4A7C15L;
        return (int) (hash >>> 56) & (SLOTS - 1);
    }

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
        int slot = slot(bytes, from, to);
        byte[] key = columnKeys[slot];
        String value = columnValues[slot];
        if (key != null && value != null && Arrays.equals(key, 0, key.length, bytes, from, to)) {
            return value;
        }
        String decoded = CsvTableReader.decode(bytes, from, to, charset);
        columnKeys[slot] = Arrays.copyOfRange(bytes, from, to);
        columnValues[slot] = decoded;
        return decoded;
    }
}

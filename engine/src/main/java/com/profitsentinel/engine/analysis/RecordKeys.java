package com.profitsentinel.engine.analysis;

/**
 * The (store, SKU) pairs already seen in an analysis, for duplicate detection (engine.md §2.4), kept as 64-bit hashes in
 * an open-addressing table: about 20 bytes per record (rows beyond 2³¹ are remembered as 2³¹ − 1) instead of two strings and a map entry, so that millions of
 * records fit in a small heap. Two different pairs share a hash with probability about n² / 2⁶⁵ (3 × 10⁻⁷ for 3.6
 * million records); such a pair would be reported as a duplicate.
 */
public final class RecordKeys {
    private static final long EMPTY = 0;
    private static final double MAX_LOAD = 0.6;

    private long[] hashes = new long[1024];
    private int[] rows = new int[1024];
    private int size;

    /**
     * Adds a pair.
     *
     * @return -1 when the pair is new, else the row of its first record
     */
    public long add(String storeId, String sku, long row) {
        long hash = hash(storeId, sku);
        int mask = hashes.length - 1;
        int slot = (int) (hash ^ (hash >>> 32)) & mask;
        while (hashes[slot] != EMPTY) {
            if (hashes[slot] == hash) {
                return rows[slot];
            }
            slot = (slot + 1) & mask;
        }
        hashes[slot] = hash;
        rows[slot] = (int) Math.min(row, Integer.MAX_VALUE);
        size++;
        if (size > hashes.length * MAX_LOAD) {
            grow();
        }
        return -1;
    }

    public int size() {
        return size;
    }

    private void grow() {
        long[] oldHashes = hashes;
        int[] oldRows = rows;
        hashes = new long[oldHashes.length * 2];
        rows = new int[oldHashes.length * 2];
        int mask = hashes.length - 1;
        for (int index = 0; index < oldHashes.length; index++) {
            long hash = oldHashes[index];
            if (hash == EMPTY) {
                continue;
            }
            int slot = (int) (hash ^ (hash >>> 32)) & mask;
            while (hashes[slot] != EMPTY) {
                slot = (slot + 1) & mask;
            }
            hashes[slot] = hash;
            rows[slot] = oldRows[index];
        }
    }

    /** FNV-1a over the characters of both keys with a separator, finished with a 64-bit avalanche; never 0. */
    static long hash(String storeId, String sku) {
        long hash = 0xcbf29ce484222325L;
        for (int index = 0; index < storeId.length(); index++) {
            hash = (hash ^ storeId.charAt(index)) * 0x100000001b3L;
        }
        hash = (hash ^ 0xFFFF) * 0x100000001b3L;
        for (int index = 0; index < sku.length(); index++) {
            hash = (hash ^ sku.charAt(index)) * 0x100000001b3L;
        }
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        hash *= 0xc4ceb9fe1a85ec53L;
        hash ^= hash >>> 33;
        return hash == EMPTY ? 1 : hash;
    }
}

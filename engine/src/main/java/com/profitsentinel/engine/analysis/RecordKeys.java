package com.profitsentinel.engine.analysis;

/**
 * The (store, SKU) pairs already seen in an analysis, for duplicate detection (engine.md §2.4), kept as 64-bit hashes in
 * an open-addressing table: about 24 bytes per record instead of two strings and a map entry, so that millions of
 * records fit in a small heap. Two different pairs share a hash with probability about n² / 2⁶⁵ (3 × 10⁻⁷ for 3.6
 * million records); such a pair would be reported as a duplicate.
 */
public final class RecordKeys {
    private static final long EMPTY = 0;
    private static final double MAX_LOAD = 0.7;

    /** Slot {@code i} holds the hash at {@code 2i} and the first row at {@code 2i + 1}: one cache line per probe. */
    private long[] table = new long[2 * 1024];

    private int slots = 1024;
    private int size;

    /**
     * Adds a pair.
     *
     * @return -1 when the pair is new, else the row of its first record
     */
    public long add(String storeId, String sku, long row) {
        return add(hash(storeId, sku), row);
    }

    /**
     * Adds a pair by its {@link #hash(String, String)} (computed on any thread).
     *
     * @return -1 when the pair is new, else the row of its first record
     */
    public long add(long hash, long row) {
        int mask = slots - 1;
        int slot = (int) (hash ^ (hash >>> 32)) & mask;
        while (table[2 * slot] != EMPTY) {
            if (table[2 * slot] == hash) {
                return table[2 * slot + 1];
            }
            slot = (slot + 1) & mask;
        }
        table[2 * slot] = hash;
        table[2 * slot + 1] = row;
        size++;
        if (size > slots * MAX_LOAD) {
            grow();
        }
        return -1;
    }

    public int size() {
        return size;
    }

    private void grow() {
        long[] old = table;
        int oldSlots = slots;
        slots = oldSlots * 2;
        table = new long[2 * slots];
        int mask = slots - 1;
        for (int index = 0; index < oldSlots; index++) {
            long hash = old[2 * index];
            if (hash == EMPTY) {
                continue;
            }
            int slot = (int) (hash ^ (hash >>> 32)) & mask;
            while (table[2 * slot] != EMPTY) {
                slot = (slot + 1) & mask;
            }
            table[2 * slot] = hash;
            table[2 * slot + 1] = old[2 * index + 1];
        }
    }

    /** FNV-1a over the characters of both keys with a separator, finished with a 64-bit avalanche; never 0. */
    public static long hash(String storeId, String sku) {
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

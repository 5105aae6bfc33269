package com.profitsentinel.engine.rules.legacy;

import com.profitsentinel.engine.finding.Evidence;
import com.profitsentinel.engine.finding.Fact;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * How many records had each distinct set of true facts (engine.md §9.1), in order of first appearance: a stream of
 * flagged records reduced to a few counters, which the evidence scorer reads through {@link #asList()} as if it were
 * the list of every record's facts. Supports one checkpoint. Not thread-safe.
 */
final class FactSetCounts {
    /** Each fact's bit, in §9.1 order. */
    private static final Map<Fact, Long> BITS = bits();

    /** Up to this many distinct sets are found by a linear scan; beyond, through {@link #index}. */
    private static final int LINEAR_SLOTS = 32;

    private final Map<Long, Integer> index = new HashMap<>();
    private long[] masks = new long[4];
    private long[] counts = new long[4];
    private int size;
    private long total;

    private int savedSize;
    private long[] savedCounts = new long[0];
    private long savedTotal;

    /** The facts of a finding's evidence as a bit set over {@link Fact} ordinals. */
    static long mask(List<Evidence> evidence) {
        long mask = 0;
        for (Evidence item : evidence) {
            mask |= bit(item.fact());
        }
        return mask;
    }

    /** Counts one record with these facts. */
    void add(long mask) {
        int slot = slot(mask);
        if (slot >= 0) {
            counts[slot]++;
        } else {
            if (size == masks.length) {
                masks = Arrays.copyOf(masks, size * 2);
                counts = Arrays.copyOf(counts, size * 2);
            }
            masks[size] = mask;
            counts[size] = 1;
            size++;
            if (size == LINEAR_SLOTS + 1) {
                for (int existing = 0; existing < size; existing++) {
                    index.put(masks[existing], existing);
                }
            } else if (size > LINEAR_SLOTS) {
                index.put(mask, size - 1);
            }
        }
        total++;
    }

    /** The slot of a set, or −1. */
    private int slot(long mask) {
        if (size > LINEAR_SLOTS) {
            return index.getOrDefault(mask, -1);
        }
        for (int slot = 0; slot < size; slot++) {
            if (masks[slot] == mask) {
                return slot;
            }
        }
        return -1;
    }

    /** Records counted. */
    long total() {
        return total;
    }

    /** Remembers the current counts. */
    void checkpoint() {
        savedSize = size;
        savedCounts = Arrays.copyOf(counts, size);
        savedTotal = total;
    }

    /** Goes back to the last checkpoint (to empty when there was none). */
    void restore() {
        if (savedSize > LINEAR_SLOTS) {
            for (int slot = savedSize; slot < size; slot++) {
                index.remove(masks[slot]);
            }
        } else {
            index.clear();
        }
        System.arraycopy(savedCounts, 0, counts, 0, savedSize);
        size = savedSize;
        total = savedTotal;
    }

    /**
     * Every counted record's fact set, each distinct set repeated as often as it was counted, without materializing
     * the repetitions.
     */
    List<Set<Fact>> asList() {
        int listSize = Math.toIntExact(total);
        List<Set<Fact>> sets = new ArrayList<>(size);
        long[] ends = new long[size];
        long end = 0;
        for (int slot = 0; slot < size; slot++) {
            sets.add(facts(masks[slot]));
            end += counts[slot];
            ends[slot] = end;
        }
        return new Repeated(sets, ends, listSize);
    }

    private static long bit(Fact fact) {
        return BITS.getOrDefault(fact, 0L);
    }

    private static Map<Fact, Long> bits() {
        EnumMap<Fact, Long> bits = new EnumMap<>(Fact.class);
        long bit = 1;
        for (Fact fact : Fact.values()) {
            bits.put(fact, bit);
            bit <<= 1;
        }
        return Collections.unmodifiableMap(bits);
    }

    private static Set<Fact> facts(long mask) {
        EnumSet<Fact> facts = EnumSet.noneOf(Fact.class);
        for (Fact fact : Fact.values()) {
            if ((mask & bit(fact)) != 0) {
                facts.add(fact);
            }
        }
        return Collections.unmodifiableSet(facts);
    }

    /** A read-only list in which set i is repeated until the running count reaches {@code ends[i]}. */
    private static final class Repeated extends AbstractList<Set<Fact>> {
        private final List<Set<Fact>> sets;
        private final long[] ends;
        private final int size;

        Repeated(List<Set<Fact>> sets, long[] ends, int size) {
            this.sets = sets;
            this.ends = ends;
            this.size = size;
        }

        @Override
        public Set<Fact> get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException("index " + index + " of " + size);
            }
            int slot = Arrays.binarySearch(ends, index + 1L);
            return sets.get(slot >= 0 ? slot : -slot - 1);
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public Iterator<Set<Fact>> iterator() {
            return new Iterator<>() {
                private int slot;
                private long position;

                @Override
                public boolean hasNext() {
                    return position < size;
                }

                @Override
                public Set<Fact> next() {
                    if (position >= size) {
                        throw new NoSuchElementException();
                    }
                    while (position >= ends[slot]) {
                        slot++;
                    }
                    position++;
                    return sets.get(slot);
                }
            };
        }
    }
}

package com.profitsentinel.engine.finding;

import static java.util.Objects.requireNonNull;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A small immutable map that keeps insertion order, for the inputs and details of findings: two arrays instead of a
 * hash table, and copying one is free ({@link #of(Map)} returns it as it is), so the findings of a record can share
 * their inputs. Lookups are linear; these maps hold a dozen entries.
 */
public final class ValueMap extends AbstractMap<String, Object> {
    private static final ValueMap EMPTY = new ValueMap(new String[0], new Object[0]);

    private final String[] keys;
    private final Object[] values;

    private ValueMap(String[] keys, Object[] values) {
        this.keys = keys;
        this.values = values;
    }

    /** An immutable copy of {@code map} in its iteration order; the same instance when it already is a ValueMap. */
    public static ValueMap of(Map<String, Object> map) {
        if (map instanceof ValueMap values) {
            return values;
        }
        if (map.isEmpty()) {
            return EMPTY;
        }
        String[] keys = new String[map.size()];
        Object[] values = new Object[map.size()];
        int index = 0;
        for (Map.Entry<String, Object> entry : map.entrySet()) {
            keys[index] = requireNonNull(entry.getKey(), "key is null");
            values[index] = requireNonNull(entry.getValue(), "value is null");
            index++;
        }
        return new ValueMap(keys, values);
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public @Nullable Object get(@Nullable Object key) {
        for (int index = 0; index < keys.length; index++) {
            if (keys[index].equals(key)) {
                return values[index];
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(@Nullable Object key) {
        for (String known : keys) {
            if (known.equals(key)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Map.Entry<String, Object> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        Map.Entry<String, Object> entry = new SimpleImmutableEntry<>(keys[next], values[next]);
                        next++;
                        return entry;
                    }
                };
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }
}

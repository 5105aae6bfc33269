package com.profitsentinel.io.layout;

import com.profitsentinel.io.mapping.CanonicalField;
import com.profitsentinel.io.normalize.StoreGroup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Files with one column per store (columns.md §7.1): Lightspeed R {@code <store> - QOH}, Square
 * {@code Current Quantity <store>} and their companions. Each distinct store name becomes a store; each item row
 * becomes one record per store.
 *
 * @param groups the stores in order of first appearance, with their columns
 * @param columns every per-store column and what it holds: a field, or empty for an import-only (extended) column
 */
public record StoreColumns(List<StoreGroup> groups, Map<Integer, Optional<CanonicalField>> columns) {
    private static final Pattern SUFFIX = Pattern.compile("(?i)^(.+?)\\s+-\\s+(QOH|Reorder Point|Reorder Level)$");
    private static final Pattern PREFIX =
            Pattern.compile("(?i)^(Current Quantity|New Quantity|Stock Alert Count|Stock Alert Enabled)\\s+(.+)$");

    public StoreColumns {
        groups = List.copyOf(groups);
        columns = Map.copyOf(columns);
    }

    /** The per-store columns of a header row; empty groups when the file has none. */
    public static StoreColumns detect(List<String> headers) {
        Map<String, int[]> stores = new LinkedHashMap<>();
        Map<Integer, Optional<CanonicalField>> columns = new LinkedHashMap<>();
        for (int column = 0; column < headers.size(); column++) {
            String header = headers.get(column).strip();
            String store;
            String kind;
            Matcher suffix = SUFFIX.matcher(header);
            Matcher prefix = PREFIX.matcher(header);
            if (suffix.matches()) {
                store = suffix.group(1).strip();
                kind = suffix.group(2).toLowerCase(Locale.ROOT);
            } else if (prefix.matches()) {
                store = prefix.group(2).strip();
                kind = prefix.group(1).toLowerCase(Locale.ROOT);
            } else {
                continue;
            }
            int[] slots = stores.computeIfAbsent(store, ignored -> new int[] {-1, -1, -1});
            Optional<CanonicalField> field =
                    switch (kind) {
                        case "qoh", "current quantity" -> Optional.of(CanonicalField.QTY_ON_HAND);
                        case "reorder point", "stock alert count" -> Optional.of(CanonicalField.REORDER_POINT);
                        case "reorder level" -> Optional.of(CanonicalField.MAX_QTY);
                        default -> Optional.empty();
                    };
            field.ifPresent(value -> {
                int slot =
                        switch (value) {
                            case QTY_ON_HAND -> 0;
                            case REORDER_POINT -> 1;
                            default -> 2;
                        };
                slots[slot] = slots[slot] < 0 ? columnIndex(headers, header) : slots[slot];
            });
            columns.put(column, field);
        }
        List<StoreGroup> groups = new ArrayList<>();
        stores.forEach((store, slots) -> {
            if (slots[0] >= 0 || slots[1] >= 0 || slots[2] >= 0) {
                groups.add(new StoreGroup(store, slots[0], slots[1], slots[2]));
            }
        });
        if (groups.isEmpty()) {
            return new StoreColumns(List.of(), Map.of());
        }
        return new StoreColumns(groups, columns);
    }

    private static int columnIndex(List<String> headers, String header) {
        for (int index = 0; index < headers.size(); index++) {
            if (headers.get(index).strip().equals(header)) {
                return index;
            }
        }
        return -1;
    }

    /** The store names, in order. */
    public List<String> storeIds() {
        return groups.stream().map(StoreGroup::storeId).toList();
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }
}

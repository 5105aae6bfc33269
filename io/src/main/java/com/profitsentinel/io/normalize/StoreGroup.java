package com.profitsentinel.io.normalize;

import static java.util.Objects.requireNonNull;

/**
 * The columns of one store in a file with a column per store (columns.md §7.1): each item row becomes one record per
 * store. A column index of -1 means the store has no such column.
 *
 * @param storeId the store's name as it appears in the headers, trimmed
 * @param onHandColumn the store's on-hand column
 * @param reorderPointColumn the store's reorder-point column
 * @param maxQuantityColumn the store's maximum-quantity column
 */
public record StoreGroup(String storeId, int onHandColumn, int reorderPointColumn, int maxQuantityColumn) {
    public StoreGroup {
        requireNonNull(storeId, "storeId is null");
        if (storeId.isBlank()) {
            throw new IllegalArgumentException("storeId is blank");
        }
    }
}

package com.profitsentinel.engine.record;

import static java.util.Objects.requireNonNull;

/**
 * One line of a physical-count file (columns.md §7.5).
 *
 * @param storeId the store counted
 * @param sku the item number, leading zeros kept
 * @param countedQuantity the units found
 * @param binLocation where they were counted
 * @param sourceRow the 1-based physical row
 */
public record CountLine(String storeId, String sku, double countedQuantity, String binLocation, long sourceRow) {
    public CountLine {
        requireNonNull(storeId, "storeId is null");
        requireNonNull(sku, "sku is null");
        requireNonNull(binLocation, "binLocation is null");
        if (sku.isBlank()) {
            throw new IllegalArgumentException("sku is blank");
        }
    }
}

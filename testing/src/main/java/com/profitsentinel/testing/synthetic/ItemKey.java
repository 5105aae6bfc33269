package com.profitsentinel.testing.synthetic;

import static java.util.Objects.requireNonNull;

/**
 * One (store, SKU) pair: the unit a finding is about and the key of the ground truth.
 *
 * @param storeId the store
 * @param sku the item number, exactly as in the record
 */
public record ItemKey(String storeId, String sku) implements Comparable<ItemKey> {
    public ItemKey {
        requireNonNull(storeId, "storeId is null");
        requireNonNull(sku, "sku is null");
    }

    @Override
    public int compareTo(ItemKey other) {
        int byStore = storeId.compareTo(other.storeId);
        return byStore != 0 ? byStore : sku.compareTo(other.sku);
    }

    /** {@code store|sku}. */
    @Override
    public String toString() {
        return storeId + "|" + sku;
    }
}

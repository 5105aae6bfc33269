package com.profitsentinel.testing.samples;

import java.util.Locale;

/** The kind of file a sample is (columns.md §7.6). */
public enum FileType {
    /** An inventory snapshot: one row per item (and store). */
    INVENTORY,
    /** Sales transactions, one row per line (§7.4). */
    SALES_DETAIL,
    /** Purchase-order lines (§7.2). */
    PURCHASE_ORDERS,
    /** A physical count (§7.5). */
    COUNT;

    /** The spelling used in mapping responses and expectation files ({@code sales_detail}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

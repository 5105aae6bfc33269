package com.profitsentinel.io.layout;

import java.util.Locale;

/** What a file holds (columns.md §7.6). */
public enum FileType {
    INVENTORY,
    SALES_DETAIL,
    PURCHASE_ORDERS,
    COUNT;

    /** The spelling used in JSON ({@code sales_detail}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

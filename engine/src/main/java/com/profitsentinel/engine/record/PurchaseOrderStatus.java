package com.profitsentinel.engine.record;

/** Normalized purchase-order status (engine.md §2.6). */
public enum PurchaseOrderStatus {
    OPEN,
    PENDING,
    INVOICED,
    SHIPPED,
    RECEIVED,
    CLOSED,
    CANCELLED,
    UNKNOWN
}

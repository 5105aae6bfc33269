package com.profitsentinel.io.layout;

import com.profitsentinel.engine.record.PurchaseOrderStatus;
import java.util.Locale;

/**
 * Reads a purchase-order status cell into the normalized status of engine.md §2.6, for every PO layout: the status's
 * own name in any case, with the US spelling {@code CANCELED} for {@code CANCELLED}; anything else, blank included,
 * is {@code UNKNOWN}. Other words ({@code Backordered}, {@code Partially Received}) are not guessed at, because the
 * PO rules treat delivered and open lines differently.
 */
final class PurchaseOrderStatuses {
    private PurchaseOrderStatuses() {}

    static PurchaseOrderStatus normalize(String text) {
        return switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "OPEN" -> PurchaseOrderStatus.OPEN;
            case "PENDING" -> PurchaseOrderStatus.PENDING;
            case "INVOICED" -> PurchaseOrderStatus.INVOICED;
            case "SHIPPED" -> PurchaseOrderStatus.SHIPPED;
            case "RECEIVED" -> PurchaseOrderStatus.RECEIVED;
            case "CLOSED" -> PurchaseOrderStatus.CLOSED;
            case "CANCELLED", "CANCELED" -> PurchaseOrderStatus.CANCELLED;
            default -> PurchaseOrderStatus.UNKNOWN;
        };
    }
}

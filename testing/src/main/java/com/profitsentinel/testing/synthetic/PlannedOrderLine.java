package com.profitsentinel.testing.synthetic;

import static java.util.Objects.requireNonNull;

import com.profitsentinel.engine.record.PurchaseOrderStatus;

/**
 * A purchase-order line planned for one stock item, before lines are grouped into purchase orders and numbered.
 *
 * @param daysAgo days from the PO date to the analysis date
 * @param status the PO status
 * @param ordered units ordered
 * @param filled units shipped, NaN while the order is open
 * @param unitCost the cost on the PO
 * @param shortFlag the distributor marked the line short
 */
record PlannedOrderLine(
        int daysAgo, PurchaseOrderStatus status, double ordered, double filled, double unitCost, boolean shortFlag) {
    PlannedOrderLine {
        requireNonNull(status, "status is null");
        if (daysAgo < 0) {
            throw new IllegalArgumentException("daysAgo is negative: " + daysAgo);
        }
        if (!(ordered > 0) || !(unitCost > 0)) {
            throw new IllegalArgumentException(
                    "ordered " + ordered + " and unit cost " + unitCost + " must be positive");
        }
    }
}

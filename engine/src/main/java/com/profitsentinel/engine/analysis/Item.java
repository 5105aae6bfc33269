package com.profitsentinel.engine.analysis;

import com.profitsentinel.engine.record.ItemRecord;
import com.profitsentinel.engine.record.PurchaseOrderLine;
import com.profitsentinel.engine.record.VelocityBasis;
import java.util.List;

/**
 * A record with everything the rules derive from it, computed once (engine.md §2.3, §6.2): velocity after the
 * sales-line override, days since each date, margins, annual units, open orders from PO lines and the item's PO lines.
 * Unknown numbers are NaN, unknown day counts {@link #UNKNOWN_DAYS}.
 *
 * @param record the record
 * @param q on-hand units
 * @param c effective unit cost (sentinel: with the per-row fallback; negative costs already nulled)
 * @param r retail price
 * @param sug suggested retail
 * @param s30 units per 30 days
 * @param velocityBasis how s30 was obtained
 * @param o units on open orders (the record's column, else open PO lines, else 0)
 * @param daysSinceSale days since the last sale
 * @param daysSinceReceipt days since the last receipt
 * @param age days since the item was added
 * @param marginReported the file's margin as a fraction on retail after scale and meaning detection
 * @param marginComputed (r − c) / r
 * @param costColumn the file has a cost column
 * @param costBlank the cost column is mapped but this record's cost cell is blank
 * @param negativeRetail the retail cell was negative (and was nulled)
 * @param purchaseLines the item's PO product lines
 * @param hasStorePurchaseLines the store has PO lines at all
 * @param lastReceiptColumn the file has a last-receipt date column
 */
public record Item(
        ItemRecord record,
        double q,
        double c,
        double r,
        double sug,
        double s30,
        VelocityBasis velocityBasis,
        double o,
        int daysSinceSale,
        int daysSinceReceipt,
        int age,
        double marginReported,
        double marginComputed,
        boolean costColumn,
        boolean costBlank,
        boolean negativeRetail,
        List<PurchaseOrderLine> purchaseLines,
        boolean hasStorePurchaseLines,
        boolean lastReceiptColumn) {

    /** The value of an unknown day count. */
    public static final int UNKNOWN_DAYS = Integer.MIN_VALUE;

    /** "Is zero" below this (engine.md §0). */
    public static final double EPSILON = 0.005;

    public Item {
        purchaseLines = List.copyOf(purchaseLines);
    }

    /** The margin the rules use: computed when possible, else reported (§2.2). */
    public double m() {
        return Double.isNaN(marginComputed) ? marginReported : marginComputed;
    }

    /** Units sold per day, NaN when unknown. */
    public double v() {
        return s30 / 30;
    }

    public boolean velocityKnown() {
        return !Double.isNaN(s30);
    }

    /** Annual units at risk (§6.2): s30 × 12 when velocity is known, else max(q, 0). */
    public double annualUnits() {
        if (velocityKnown()) {
            return s30 * 12;
        }
        return Double.isNaN(q) ? 0 : Math.max(q, 0);
    }

    /** Whether {@link #annualUnits()} fell back to the on-hand quantity ({@code units_basis = ON_HAND}). */
    public boolean unitsOnHandBasis() {
        return !velocityKnown();
    }

    /** active: q ≥ ε or s30 ≥ ε (§6.2). */
    public boolean active() {
        return q >= EPSILON || s30 >= EPSILON;
    }

    public String storeId() {
        return record.storeId();
    }

    public String sku() {
        return record.sku();
    }

    public static boolean known(int days) {
        return days != UNKNOWN_DAYS;
    }
}

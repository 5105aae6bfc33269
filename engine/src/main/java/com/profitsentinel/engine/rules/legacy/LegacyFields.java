package com.profitsentinel.engine.rules.legacy;

import com.profitsentinel.engine.record.ItemRecord;

/**
 * A record as the {@code legacy} engine reads it (engine.md §5.2): every unknown number is 0 and nothing is converted.
 * The last two fields are read only by the impact estimate (§5.7).
 *
 * @param q on-hand units ({@code qty_on_hand})
 * @param c the cell of the cost-basis column, without the per-row fallback
 * @param r the retail price
 * @param s units sold exactly as exported, not converted to 30 days
 * @param mf the margin cell as written in the file, before scale detection
 * @param st the inventory value column as written (no q × c fallback)
 * @param quantityDifference counted − book ({@code qty_difference})
 * @param suggestedRetail suggested retail
 */
record LegacyFields(
        double q,
        double c,
        double r,
        double s,
        double mf,
        double st,
        double quantityDifference,
        double suggestedRetail) {

    /** The legacy view of a record. */
    static LegacyFields of(ItemRecord record) {
        return new LegacyFields(
                orZero(record.onHandQuantity()),
                orZero(record.basisCost()),
                orZero(record.retailPrice()),
                orZero(record.unitsSoldRaw()),
                orZero(record.reportedMargin()),
                orZero(record.inventoryValueCost()),
                orZero(record.quantityDifference()),
                orZero(record.suggestedRetail()));
    }

    /** The computed margin in percent, {@code (r − c) / r * 100}, in the written order. */
    double marginPercent() {
        return (r - c) / r * 100;
    }

    /** The margin as a fraction, {@code (r − c) / r} (§5.7). */
    double marginFraction() {
        return (r - c) / r;
    }

    /** Unit margin u of §5.7: {@code r − c} when r > c, else {@code 0.3 * r}. */
    double unitMargin() {
        return r > c ? r - c : 0.3 * r;
    }

    private static double orZero(double value) {
        return Double.isNaN(value) ? 0 : value;
    }
}

package com.profitsentinel.engine.finding;

import java.util.Locale;

/** The facts of root-cause scoring (engine.md §9.1), in their table order. */
public enum Fact {
    NEGATIVE_QTY,
    HIGH_COST,
    LOW_MARGIN,
    ZERO_SALES,
    HIGH_QTY,
    RECENT_RECEIPT,
    OLD_RECEIPT,
    NEGATIVE_RETAIL,
    DAMAGED,
    ON_ORDER,
    SEASONAL,
    ZERO_COST,
    COST_EXCEEDS_RETAIL,
    COUNT_SHORTAGE,
    VENDOR_SHORT_SHIPPED,
    COST_INCREASE,
    BELOW_SUGGESTED_RETAIL,
    UNRECORDED_RECEIPT;

    /** The spelling in JSON and explanations ({@code negative_qty}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

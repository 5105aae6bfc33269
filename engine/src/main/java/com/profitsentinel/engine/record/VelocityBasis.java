package com.profitsentinel.engine.record;

/** How {@code sales_30d} was obtained (engine.md §2.3.4). */
public enum VelocityBasis {
    TRANSACTIONS,
    PERIOD_30,
    DERIVED,
    ASSUMED,
    UNKNOWN
}

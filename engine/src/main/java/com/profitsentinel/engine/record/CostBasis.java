package com.profitsentinel.engine.record;

/**
 * The store's cost-basis setting (engine.md §2.2): {@code AUTO} takes the unit-cost column if mapped, else the average
 * cost, else the last cost; the others force one column.
 */
public enum CostBasis {
    AUTO,
    PRIMARY,
    AVERAGE,
    LAST
}

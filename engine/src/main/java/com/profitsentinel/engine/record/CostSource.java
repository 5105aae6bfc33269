package com.profitsentinel.engine.record;

/** Which cost column supplied a record's effective unit cost (engine.md §2.3.1). */
public enum CostSource {
    UNIT_COST,
    AVERAGE_COST,
    LAST_COST,
    NONE
}

package com.profitsentinel.engine.record;

/** The item's status, normalized from the many spellings of POS exports (engine.md §2.2). */
public enum ItemStatus {
    ACTIVE,
    INACTIVE,
    DISCONTINUED,
    SEASONAL,
    CLOSEOUT,
    DAMAGED,
    UNKNOWN
}

package com.profitsentinel.engine.record;

/** Which column supplied the on-hand quantity (engine.md §2.3.2). The fallback is per file, never per row. */
public enum QuantitySource {
    ON_HAND,
    ON_HAND_SECONDARY,
    AVAILABLE,
    NONE
}

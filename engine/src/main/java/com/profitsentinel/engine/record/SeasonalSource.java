package com.profitsentinel.engine.record;

/** Why an item counts as seasonal (engine.md §2.3.6); {@code NONE} when it does not. */
public enum SeasonalSource {
    EXPLICIT,
    INFERRED,
    NONE
}

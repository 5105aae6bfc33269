package com.profitsentinel.engine.finding;

/** Where a trend came from: the rule's static proxy, or a comparison with the previous snapshot (engine.md §8). */
public enum TrendBasis {
    STATIC,
    SNAPSHOT
}

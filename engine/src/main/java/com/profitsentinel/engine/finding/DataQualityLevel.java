package com.profitsentinel.engine.finding;

/** How serious a data-quality problem is (engine.md §3.2); maps onto a finding severity. */
public enum DataQualityLevel {
    ERROR,
    WARNING,
    INFO
}

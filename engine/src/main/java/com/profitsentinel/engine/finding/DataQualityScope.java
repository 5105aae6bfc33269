package com.profitsentinel.engine.finding;

/** Whether a data-quality code is raised per record or once per file (engine.md §3.2). */
public enum DataQualityScope {
    RECORD,
    FILE
}

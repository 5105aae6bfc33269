package com.profitsentinel.io.xlsx;

/** What a workbook cell holds after the cell rules of columns.md §2.3. */
enum CellKind {
    /** No value: an absent cell, blank text, or a formula without a cached value. */
    BLANK,
    /** Text, including booleans ({@code true}/{@code false}) and error values ({@code #N/A}). */
    TEXT,
    /** A number without a date format. */
    NUMBER,
    /** A number with a date format: an Excel serial date. */
    DATE
}

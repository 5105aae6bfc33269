package com.profitsentinel.engine.analysis;

/**
 * What ingestion read, for the summary (engine.md §4.3).
 *
 * @param rowsRead data rows read (blank rows excluded), rejected rows included
 * @param rowsRejected rows that could not be used
 */
public record InputCounts(long rowsRead, long rowsRejected) {
    public InputCounts {
        if (rowsRead < 0 || rowsRejected < 0 || rowsRejected > rowsRead) {
            throw new IllegalArgumentException(
                    "counts must satisfy 0 ≤ rejected ≤ read: " + rowsRejected + ", " + rowsRead);
        }
    }
}

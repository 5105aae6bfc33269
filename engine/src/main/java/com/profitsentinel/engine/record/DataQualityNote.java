package com.profitsentinel.engine.record;

import static java.util.Objects.requireNonNull;

import com.profitsentinel.engine.finding.DataQualityCode;

/**
 * One data-quality problem found while reading a row (engine.md §3): which code, where (file, row, column, the cell's
 * value) and for which item. The engine turns notes into DATA_QUALITY findings; ingestion reports them.
 *
 * @param code the data-quality code
 * @param sourceFile the file
 * @param sourceRow the 1-based physical row
 * @param column the column header, or empty for row-level problems
 * @param value the offending cell text (cut to 100 characters), or empty
 * @param storeId the row's store, or empty when unknown
 * @param sku the row's SKU as written, or {@code #row<n>} when the row has none
 * @param message a sentence naming the file, row, column and value
 */
public record DataQualityNote(
        DataQualityCode code,
        String sourceFile,
        long sourceRow,
        String column,
        String value,
        String storeId,
        String sku,
        String message) {

    /** Cell values are cut to this length in notes. */
    public static final int MAX_VALUE_LENGTH = 100;

    public DataQualityNote {
        requireNonNull(code, "code is null");
        requireNonNull(sourceFile, "sourceFile is null");
        requireNonNull(column, "column is null");
        requireNonNull(value, "value is null");
        requireNonNull(storeId, "storeId is null");
        requireNonNull(sku, "sku is null");
        requireNonNull(message, "message is null");
        if (value.length() > MAX_VALUE_LENGTH) {
            value = value.substring(0, MAX_VALUE_LENGTH);
        }
    }
}

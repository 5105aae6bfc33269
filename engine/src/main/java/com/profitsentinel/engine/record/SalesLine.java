package com.profitsentinel.engine.record;

import static java.util.Objects.requireNonNull;

/**
 * One transaction line from a sales-detail file (engine.md §2.5). Unknown numbers are NaN, unknown text is empty.
 *
 * @param sourceFile the file the line came from
 * @param sourceRow the 1-based physical row of the line
 * @param storeId store key, never blank
 * @param sku item number, never blank
 * @param barcode UPC when the file has one
 * @param transactionDate the transaction date as days since 1970-01-01
 * @param quantity units sold; negative for returns; 0 when blank
 * @param amount line dollars, informational
 * @param cost line cost, informational
 * @param transactionId transaction id
 */
public record SalesLine(
        String sourceFile,
        long sourceRow,
        String storeId,
        String sku,
        String barcode,
        int transactionDate,
        double quantity,
        double amount,
        double cost,
        String transactionId) {

    public SalesLine {
        requireNonNull(sourceFile, "sourceFile is null");
        requireNonNull(storeId, "storeId is null");
        requireNonNull(sku, "sku is null");
        requireNonNull(barcode, "barcode is null");
        requireNonNull(transactionId, "transactionId is null");
        if (storeId.isBlank() || sku.isBlank()) {
            throw new IllegalArgumentException("storeId and sku must not be blank");
        }
        if (transactionDate == ItemRecord.NO_DATE) {
            throw new IllegalArgumentException("transactionDate is unknown");
        }
        if (Double.isNaN(quantity) || Double.isInfinite(quantity)) {
            throw new IllegalArgumentException("quantity must be a finite number: " + quantity);
        }
    }
}

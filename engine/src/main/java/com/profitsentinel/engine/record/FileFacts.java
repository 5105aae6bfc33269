package com.profitsentinel.engine.record;

import static java.util.Objects.requireNonNull;

/**
 * What an engine must know about an inventory file before its records arrive: which columns were mapped (rules that
 * need a missing column do not run and a {@code COLUMN_MISSING} finding says so) and how the margin column reads.
 *
 * @param sourceFile the file's display name
 * @param costColumn a unit, average or last cost column is mapped
 * @param retailColumn a retail price column is mapped (or suggested retail stands in for it)
 * @param quantityColumn an on-hand quantity column is mapped
 * @param unitsSoldColumn a units-sold column is mapped
 * @param lastSaleDateColumn a last-sale date column is mapped
 * @param lastReceiptDateColumn a last-receipt date column is mapped
 * @param marginColumn a margin or markup column is mapped
 * @param margin how the margin column reads
 */
public record FileFacts(
        String sourceFile,
        boolean costColumn,
        boolean retailColumn,
        boolean quantityColumn,
        boolean unitsSoldColumn,
        boolean lastSaleDateColumn,
        boolean lastReceiptDateColumn,
        boolean marginColumn,
        MarginInterpretation margin) {

    public FileFacts {
        requireNonNull(sourceFile, "sourceFile is null");
        requireNonNull(margin, "margin is null");
    }

    /** A file with every column (tests of single rules). */
    public static FileFacts complete(String sourceFile, MarginInterpretation margin) {
        return new FileFacts(sourceFile, true, true, true, true, true, true, true, margin);
    }
}

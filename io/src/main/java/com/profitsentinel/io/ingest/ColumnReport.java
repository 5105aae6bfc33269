package com.profitsentinel.io.ingest;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * How one column of a file was read, whatever the file type: its exact header, the field it feeds (a canonical field
 * id, a sales or PO field id, {@code extended}, or none), the confidence and where the decision came from.
 *
 * @param header the header exactly as named
 * @param letter the spreadsheet column letter ({@code A}, {@code AC}) for data lineage
 * @param field the field, or empty when the column is not used
 * @param confidence 0–1
 * @param source {@code profile}, {@code exact}, {@code fuzzy}, {@code sniff}, {@code override}, {@code saved},
 *     {@code layout} or {@code none}
 */
public record ColumnReport(String header, String letter, Optional<String> field, double confidence, String source) {
    public ColumnReport {
        requireNonNull(header, "header is null");
        requireNonNull(letter, "letter is null");
        requireNonNull(field, "field is null");
        requireNonNull(source, "source is null");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be within 0..1: " + confidence);
        }
    }
}

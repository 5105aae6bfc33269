package com.profitsentinel.io.table;

import static java.util.Objects.requireNonNull;

import com.profitsentinel.engine.finding.DataQualityCode;

/**
 * A file-level warning or information returned with a result ({@code EXTENSION_MISMATCH}, {@code DUPLICATE_HEADER},
 * {@code ENCODING_FALLBACK}, ...), with the exact message of columns.md §4.
 */
public record Notice(DataQualityCode code, String message) {
    public Notice {
        requireNonNull(code, "code is null");
        requireNonNull(message, "message is null");
    }
}

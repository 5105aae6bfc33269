package com.profitsentinel.io.detect;

import java.util.Optional;

/** What a file's extension promises (columns.md §2.5, first column of the table). */
enum DeclaredType {
    /** {@code .csv}, {@code .tsv}, {@code .txt}. */
    TEXT,
    /** {@code .xlsx}. */
    XLSX,
    /** {@code .xls}. */
    XLS;

    /** The type of a lower-case extension with its dot ({@code .csv}); empty for anything unsupported. */
    static Optional<DeclaredType> ofExtension(String extension) {
        return switch (extension) {
            case ".csv", ".tsv", ".txt" -> Optional.of(TEXT);
            case ".xlsx" -> Optional.of(XLSX);
            case ".xls" -> Optional.of(XLS);
            default -> Optional.empty();
        };
    }
}

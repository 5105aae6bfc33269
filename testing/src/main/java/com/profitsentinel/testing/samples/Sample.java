package com.profitsentinel.testing.samples;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One sample export and what the spec expects of it.
 *
 * @param fileName the file name under {@code samples/} ({@code paladin-report-29.csv})
 * @param posId the POS profile the file must be detected as (columns.md §8), or {@code generic} when no profile applies
 * @param system the POS system's display name
 * @param fileType the file type the classification must give (§7.6)
 * @param demonstrates one sentence on what the file shows
 * @param columns the expected mapping of every column, in file order
 * @param storesDetected for layouts with one column per store (§7.1), the stores in header order; else empty
 */
public record Sample(
        String fileName,
        String posId,
        String system,
        FileType fileType,
        String demonstrates,
        List<ExpectedColumn> columns,
        List<String> storesDetected) {
    public Sample {
        requireNonNull(fileName, "fileName is null");
        requireNonNull(posId, "posId is null");
        requireNonNull(system, "system is null");
        requireNonNull(fileType, "fileType is null");
        requireNonNull(demonstrates, "demonstrates is null");
        columns = List.copyOf(columns);
        storesDetected = List.copyOf(storesDetected);
        if (!fileName.matches("[a-z0-9-]+\\.(csv|tsv|txt|xlsx|xls)")) {
            throw new IllegalArgumentException("fileName must be lower-case words and a known extension: " + fileName);
        }
        if (columns.isEmpty()) {
            throw new IllegalArgumentException(fileName + ": columns is empty");
        }
        Set<String> headers = new HashSet<>();
        for (ExpectedColumn column : columns) {
            if (!headers.add(column.header())) {
                throw new IllegalArgumentException(fileName + ": header given twice: " + column.header());
            }
        }
    }

    /** The headers in file order. */
    public List<String> headers() {
        return columns.stream().map(ExpectedColumn::header).toList();
    }
}

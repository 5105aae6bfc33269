package com.profitsentinel.io.mapping;

import static java.util.Objects.requireNonNull;

import com.profitsentinel.io.value.DateContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the column mapper looks at.
 *
 * @param headers the file's headers in file order (blanks and duplicates already renamed)
 * @param sampleRows the first data rows (at most 200 are used), cells in header order
 * @param dates how dates are read when sniffing
 * @param profileChoice detect, none, or a forced profile
 * @param overrides the user's choices, header → field id, {@code extended}, or empty for "ignore"; in the order given
 *     (error messages name columns in this order)
 * @param saved the store's saved choices, header key → field id or {@code extended}
 * @param assumedUnitsSoldDays the store's assumed period for units-sold columns without a hint (default 365)
 * @param presetColumns columns decided before mapping (the per-store columns of columns.md §7.1), by position; their
 *     fields may repeat (one per store) and are taken out of the pool
 */
public record MappingRequest(
        List<String> headers,
        List<List<String>> sampleRows,
        DateContext dates,
        ProfileChoice profileChoice,
        Map<String, Optional<String>> overrides,
        Map<String, String> saved,
        int assumedUnitsSoldDays,
        Map<Integer, MappingDecision> presetColumns) {

    public MappingRequest {
        headers = List.copyOf(headers);
        sampleRows = sampleRows.stream().map(List::copyOf).toList();
        requireNonNull(dates, "dates is null");
        requireNonNull(profileChoice, "profileChoice is null");
        overrides = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
        saved = Map.copyOf(saved);
        presetColumns = Map.copyOf(presetColumns);
        if (assumedUnitsSoldDays < 1) {
            throw new IllegalArgumentException("assumedUnitsSoldDays must be at least 1: " + assumedUnitsSoldDays);
        }
    }

    /** A request without preset columns. */
    public MappingRequest(
            List<String> headers,
            List<List<String>> sampleRows,
            DateContext dates,
            ProfileChoice profileChoice,
            Map<String, Optional<String>> overrides,
            Map<String, String> saved,
            int assumedUnitsSoldDays) {
        this(headers, sampleRows, dates, profileChoice, overrides, saved, assumedUnitsSoldDays, Map.of());
    }

    /** A request with detection on, no overrides and nothing saved. */
    public static MappingRequest of(List<String> headers, List<List<String>> sampleRows, DateContext dates) {
        return new MappingRequest(headers, sampleRows, dates, new ProfileChoice.Detect(), Map.of(), Map.of(), 365);
    }

    /** The sample values of one column, in row order; blanks included. */
    public List<String> column(int position) {
        return sampleRows.stream()
                .limit(200)
                .map(row -> position < row.size() ? row.get(position) : "")
                .toList();
    }
}

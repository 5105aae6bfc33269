package com.profitsentinel.io.ingest;

import static java.util.Objects.requireNonNull;

import com.profitsentinel.io.table.SampleRow;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The top of a file, read by {@link Ingestion#preview(IngestRequest)} for a mapping review: how the file reads and maps,
 * and its first data rows.
 *
 * @param report how the file was read and mapped; its row, rejection and note counts cover the sample rows only
 * @param sample the first data rows (at most {@value com.profitsentinel.io.table.TableHead#SAMPLE_ROWS}, more when the
 *     header search read further), cells as text in column order; empty for an Orgill purchase order, whose lines are
 *     not a table
 */
public record FilePreview(IngestionReport report, List<SampleRow> sample) {
    public FilePreview {
        requireNonNull(report, "report is null");
        sample = List.copyOf(sample);
    }

    /**
     * The first {@code limit} sample rows as header → cell text, in column order; cells missing from a short row are
     * empty text, cells beyond the last header are left out.
     */
    public List<Map<String, String>> sampleByHeader(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        List<String> headers = report.headers();
        return sample.stream()
                .limit(limit)
                .map(row -> {
                    Map<String, String> cells = new LinkedHashMap<>();
                    for (int column = 0; column < headers.size(); column++) {
                        cells.put(headers.get(column), row.cell(column));
                    }
                    return Collections.unmodifiableMap(cells);
                })
                .toList();
    }
}

package com.profitsentinel.testing.samples;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.Supplier;

/**
 * A sample, how to produce its bytes, and any extra expectation members (already JSON) beyond the column mapping.
 */
record SampleDefinition(Sample sample, Supplier<byte[]> content, List<JsonText.Member> extraExpectations) {
    SampleDefinition {
        requireNonNull(sample, "sample is null");
        requireNonNull(content, "content is null");
        extraExpectations = List.copyOf(extraExpectations);
    }

    /** A row-per-item inventory sample written as delimited text. */
    static SampleDefinition inventoryText(
            String fileName,
            String posId,
            String system,
            String demonstrates,
            TextLayout layout,
            List<SampleColumn> columns,
            List<StockRow> rows) {
        Sample sample = new Sample(
                fileName,
                posId,
                system,
                FileType.INVENTORY,
                demonstrates,
                SampleColumn.expectations(columns),
                List.of());
        return new SampleDefinition(sample, () -> layout.render(SampleColumn.table(columns, rows)), List.of());
    }
}

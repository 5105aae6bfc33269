package com.profitsentinel.testing.samples;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One column of a row-per-item sample: its header, what the spec expects it to map to, and how its cell is made from
 * a stock row.
 */
record SampleColumn(ExpectedColumn expected, Function<StockRow, CellValue> value) {
    SampleColumn {
        requireNonNull(expected, "expected is null");
        requireNonNull(value, "value is null");
    }

    /** A text column mapped to {@code target}. */
    static SampleColumn text(String header, String target, Function<StockRow, String> text) {
        return new SampleColumn(ExpectedColumn.mapped(header, target), row -> CellValue.text(text.apply(row)));
    }

    /** A typed (workbook) column mapped to {@code target}. */
    static SampleColumn cell(String header, String target, Function<StockRow, CellValue> value) {
        return new SampleColumn(ExpectedColumn.mapped(header, target), value);
    }

    /** A units-sold text column with the period the spec states. */
    static SampleColumn sold(String header, String period, Function<StockRow, String> text) {
        return new SampleColumn(ExpectedColumn.unitsSold(header, period), row -> CellValue.text(text.apply(row)));
    }

    /** A text column the spec leaves unmapped. */
    static SampleColumn unmapped(String header, Function<StockRow, String> text) {
        return new SampleColumn(ExpectedColumn.unmapped(header), row -> CellValue.text(text.apply(row)));
    }

    /** The expectations of the columns, in order. */
    static List<ExpectedColumn> expectations(List<SampleColumn> columns) {
        return columns.stream().map(SampleColumn::expected).toList();
    }

    /** The table of the rows under the columns' headers. */
    static Table table(List<SampleColumn> columns, List<StockRow> rows) {
        List<List<CellValue>> cells = new ArrayList<>(rows.size());
        for (StockRow row : rows) {
            cells.add(columns.stream().map(column -> column.value().apply(row)).toList());
        }
        return new Table(
                columns.stream().map(column -> column.expected().header()).toList(), cells);
    }
}

package com.profitsentinel.io.layout;

import com.profitsentinel.io.table.SampleRow;
import com.profitsentinel.io.value.NumberParser;
import com.profitsentinel.io.value.NumberStyle;
import java.util.ArrayList;
import java.util.List;

/** Per-column views of a file's mapping sample, for the layouts that plan their parsing from it. */
final class SampleColumns {
    private SampleColumns() {}

    /** The sample's cells of one column, blank past the end of a short row. */
    static List<String> values(List<SampleRow> sample, int column) {
        List<String> values = new ArrayList<>(sample.size());
        for (SampleRow row : sample) {
            values.add(row.cell(column));
        }
        return values;
    }

    /** Each column's number style inferred from its sample values (columns.md §5.1). */
    static NumberStyle[] numberStyles(List<SampleRow> sample, int columnCount, char delimiter) {
        NumberStyle[] styles = new NumberStyle[columnCount];
        for (int column = 0; column < columnCount; column++) {
            styles[column] = NumberParser.inferStyle(values(sample, column), delimiter);
        }
        return styles;
    }
}

package com.profitsentinel.testing.samples;

import java.util.ArrayList;
import java.util.List;

/** A header row and data rows of cells; every row has as many cells as there are headers. */
record Table(List<String> headers, List<List<CellValue>> rows) {
    Table {
        headers = List.copyOf(headers);
        List<List<CellValue>> copies = new ArrayList<>(rows.size());
        for (List<CellValue> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException(
                        "a row has " + row.size() + " cells for " + headers.size() + " headers: " + row);
            }
            copies.add(List.copyOf(row));
        }
        rows = List.copyOf(copies);
    }

    /** A table of text rows. */
    static Table ofText(List<String> headers, List<List<String>> textRows) {
        List<List<CellValue>> rows = new ArrayList<>(textRows.size());
        for (List<String> textRow : textRows) {
            rows.add(textRow.stream().map(CellValue::text).toList());
        }
        return new Table(headers, rows);
    }
}

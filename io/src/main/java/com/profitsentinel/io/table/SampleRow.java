package com.profitsentinel.io.table;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A row copied out of a reader (the header area and the mapping sample), with its physical row number.
 *
 * @param sourceRow 1-based physical row
 * @param cells trimmed cell texts
 * @param unterminatedQuote the row is the remainder of the file after a quote that was never closed
 */
public record SampleRow(long sourceRow, List<String> cells, boolean unterminatedQuote) {
    public SampleRow {
        requireNonNull(cells, "cells is null");
        cells = List.copyOf(cells);
    }

    /** Copies the reader's current row. */
    public static SampleRow copyOf(RowView row) {
        String[] cells = new String[row.size()];
        for (int column = 0; column < cells.length; column++) {
            cells[column] = row.text(column);
        }
        return new SampleRow(row.sourceRow(), List.of(cells), row.unterminatedQuote());
    }

    /** The cell text, or empty past the end of the row. */
    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    /** Number of cells ignoring trailing blank ones. */
    public int significantSize() {
        int size = cells.size();
        while (size > 0 && cells.get(size - 1).isEmpty()) {
            size--;
        }
        return size;
    }

    /** Number of non-blank cells. */
    public int nonBlankCount() {
        int count = 0;
        for (String cell : cells) {
            if (!cell.isEmpty()) {
                count++;
            }
        }
        return count;
    }

    /** This row as a {@link RowView} (numbers and dates parsed from the text). */
    public RowView asRowView() {
        return new RowView() {
            @Override
            public long sourceRow() {
                return sourceRow;
            }

            @Override
            public int size() {
                return cells.size();
            }

            @Override
            public boolean isBlank(int column) {
                return cell(column).isBlank();
            }

            @Override
            public String text(int column) {
                return cell(column);
            }

            @Override
            public boolean unterminatedQuote() {
                return unterminatedQuote;
            }
        };
    }
}

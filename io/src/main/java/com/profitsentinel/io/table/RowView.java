package com.profitsentinel.io.table;

import com.profitsentinel.io.value.DateColumnFormat;
import com.profitsentinel.io.value.DateResult;
import com.profitsentinel.io.value.NumberParser;
import com.profitsentinel.io.value.NumberResult;
import com.profitsentinel.io.value.NumberStyle;

/**
 * One row of a table as a reader sees it. A view is valid only until the reader moves on; callers copy what they
 * keep. Column indexes are 0-based positions in the file; a column past {@link #size()} reads as blank.
 *
 * <p>The typed accessors let each format do the cheapest correct thing: the CSV reader parses numbers straight from its
 * byte buffer, a workbook reader hands over numeric cells as they are stored.
 */
public interface RowView {
    /** The 1-based physical row (line) where this row starts; the header row counts. */
    long sourceRow();

    /** Number of cells in this row as read (may differ from the header's width). */
    int size();

    /** True when the cell is absent or holds only whitespace. */
    boolean isBlank(int column);

    /** The cell as text, trimmed; empty when absent. Workbook numbers are written without exponent. */
    String text(int column);

    /**
     * The cell as text, like {@link #text(int)}, for columns with few distinct values (vendor, category, status):
     * a reader may hand back one shared instance for equal cells instead of decoding every one.
     */
    default String sharedText(int column) {
        return text(column);
    }

    /** Parses the cell as a number (columns.md §5.1). */
    default void number(int column, NumberStyle style, NumberResult out) {
        NumberParser.parse(text(column), style, out);
    }

    /** Parses the cell as a date with the column's inferred format (columns.md §5.2). */
    default void date(int column, DateColumnFormat format, DateResult out) {
        format.parse(text(column), out);
    }

    /**
     * True when this row is the remainder of the file swallowed by a quoted field that was never closed (columns.md
     * §2.1); such a row is reported as one rejected row.
     */
    default boolean unterminatedQuote() {
        return false;
    }
}

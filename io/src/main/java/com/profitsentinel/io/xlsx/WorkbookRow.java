package com.profitsentinel.io.xlsx;

import com.profitsentinel.io.table.RowView;
import com.profitsentinel.io.value.DateColumnFormat;
import com.profitsentinel.io.value.DateResult;
import com.profitsentinel.io.value.NumberParser;
import com.profitsentinel.io.value.NumberResult;
import com.profitsentinel.io.value.NumberStyle;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * The current row of a workbook sheet, refilled for every row so that reading allocates no row objects of its own.
 * Numbers stay doubles until someone asks for text: {@link #number} hands them over as stored and {@link #date} passes
 * serial dates to {@link DateColumnFormat#parseExcelSerial} with the workbook's date system (columns.md §2.3).
 */
final class WorkbookRow implements RowView {
    private static final int INITIAL_COLUMNS = 16;

    private final boolean date1904;
    private long sourceRow;
    private int size;
    private CellKind[] kinds = new CellKind[INITIAL_COLUMNS];
    private String[] texts = new String[INITIAL_COLUMNS];
    private double[] numbers = new double[INITIAL_COLUMNS];

    WorkbookRow(boolean date1904) {
        this.date1904 = date1904;
        Arrays.fill(kinds, CellKind.BLANK);
        Arrays.fill(texts, "");
    }

    /** Empties the row and gives it its 1-based sheet row number. */
    void reset(long sheetRow) {
        Arrays.fill(kinds, 0, size, CellKind.BLANK);
        Arrays.fill(texts, 0, size, "");
        sourceRow = sheetRow;
        size = 0;
    }

    /** True when at least one cell of the row is not blank. */
    boolean hasData() {
        return size > 0;
    }

    /** Sets a text cell; blank text leaves the cell blank. */
    void setText(int column, String text) {
        String trimmed = text.strip();
        if (!trimmed.isEmpty()) {
            set(column, CellKind.TEXT);
            texts[column] = trimmed;
        }
    }

    /** Sets a numeric cell; a value that is not finite cannot be stored in a workbook and reads as {@code #NUM!}. */
    void setNumber(int column, double value) {
        if (Double.isFinite(value)) {
            set(column, CellKind.NUMBER);
            numbers[column] = value;
        } else {
            setText(column, "#NUM!");
        }
    }

    /** Sets a numeric cell that has a date format; the value is the Excel serial. */
    void setDate(int column, double serial) {
        if (Double.isFinite(serial)) {
            set(column, CellKind.DATE);
            numbers[column] = serial;
        } else {
            setText(column, "#NUM!");
        }
    }

    private void set(int column, CellKind kind) {
        if (column < 0) {
            throw new IllegalArgumentException("column < 0: " + column);
        }
        if (column >= kinds.length) {
            grow(column + 1);
        }
        kinds[column] = kind;
        size = Math.max(size, column + 1);
    }

    private void grow(int minimumLength) {
        int oldLength = kinds.length;
        int newLength = Math.max(minimumLength, oldLength * 2);
        kinds = Arrays.copyOf(kinds, newLength);
        texts = Arrays.copyOf(texts, newLength);
        numbers = Arrays.copyOf(numbers, newLength);
        Arrays.fill(kinds, oldLength, newLength, CellKind.BLANK);
        Arrays.fill(texts, oldLength, newLength, "");
    }

    private CellKind kind(int column) {
        return column < size ? kinds[column] : CellKind.BLANK;
    }

    @Override
    public long sourceRow() {
        return sourceRow;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isBlank(int column) {
        return kind(column) == CellKind.BLANK;
    }

    /**
     * The cell as text: text cells trimmed, numbers without exponent ({@link PlainNumbers}), dates as ISO
     * {@code YYYY-MM-DD} (a serial outside the calendar as its number).
     */
    @Override
    public String text(int column) {
        return switch (kind(column)) {
            case BLANK -> "";
            case TEXT -> texts[column];
            case NUMBER -> PlainNumbers.text(numbers[column]);
            case DATE -> dateText(numbers[column]);
        };
    }

    private String dateText(double serial) {
        Optional<LocalDate> date = SerialDates.toDate(serial, date1904);
        return date.isPresent() ? date.get().toString() : PlainNumbers.text(serial);
    }

    /** A numeric cell gives its value as stored; other cells are parsed from their text (columns.md §5.1). */
    @Override
    public void number(int column, NumberStyle style, NumberResult out) {
        switch (kind(column)) {
            case BLANK -> out.setMissing();
            case NUMBER -> out.setValue(numbers[column], false);
            case TEXT, DATE -> NumberParser.parse(text(column), style, out);
        }
    }

    /** A date cell goes to the column format as an Excel serial; other cells are parsed from their text. */
    @Override
    public void date(int column, DateColumnFormat format, DateResult out) {
        switch (kind(column)) {
            case BLANK -> out.setMissing();
            case DATE -> format.parseExcelSerial(numbers[column], date1904, out);
            case TEXT, NUMBER -> format.parse(text(column), out);
        }
    }
}

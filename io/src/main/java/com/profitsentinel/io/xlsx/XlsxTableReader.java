package com.profitsentinel.io.xlsx;

import static java.util.Objects.requireNonNull;

import com.profitsentinel.engine.error.ProfitSentinelException;
import com.profitsentinel.io.table.RowView;
import com.profitsentinel.io.table.TableReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * Reads one sheet of an XLSX workbook row by row (columns.md §2.3). The sheet XML is streamed with an event reader
 * (fastexcel-reader on aalto, with DTDs and external entities disabled), so only the current row and the shared
 * strings are in memory. Before anything is parsed the archive is checked against the size and entry limits of §2.3;
 * a violation or a corrupt archive is {@code INVALID_WORKBOOK}.
 *
 * <p>The sheet is the one named by the caller ({@code SHEET_NOT_FOUND} listing all sheets if there is none), else the
 * first visible worksheet that contains data. Cells: numbers are numbers, numbers with a date format are Excel serial
 * dates in the workbook's date system (1900 or 1904), text is text, booleans read {@code true}/{@code false}, formulas
 * give their cached value (none: blank) and error cells their error text ({@code #N/A}). Merged cells keep their value
 * in the top-left cell, where Excel stores it; hidden rows and columns are read like visible ones. Blank rows are
 * skipped and {@link RowView#sourceRow()} is the 1-based sheet row.
 */
public final class XlsxTableReader implements TableReader {
    private final String displayName;
    private final ReadableWorkbook workbook;
    private final List<String> sheetNames;
    private final WorkbookRow row;
    private final DateFormats dateFormats = new DateFormats();
    private final String sheetName;
    private final Stream<Row> rows;
    private final Iterator<Row> iterator;
    private boolean rowLoadedAhead;

    /** Where reading starts: the chosen sheet, its open row stream, and whether its first data row is loaded. */
    private record Start(String sheetName, Stream<Row> rows, Iterator<Row> iterator, boolean rowLoadedAhead) {}

    private XlsxTableReader(String displayName, ReadableWorkbook workbook, Optional<String> requestedSheet) {
        this.displayName = displayName;
        this.workbook = workbook;
        this.sheetNames = workbook.getSheets().map(XlsxTableReader::name).toList();
        this.row = new WorkbookRow(workbook.isDate1904());
        Start start = requestedSheet.isPresent() ? namedSheet(requestedSheet.get()) : firstSheetWithData();
        this.sheetName = start.sheetName();
        this.rows = start.rows();
        this.iterator = start.iterator();
        this.rowLoadedAhead = start.rowLoadedAhead();
    }

    /** Opens the first visible worksheet that contains data. */
    public static XlsxTableReader open(Path path, String displayName) {
        return open(path, displayName, Optional.empty());
    }

    /**
     * Opens a workbook after checking the archive.
     *
     * @param path the file
     * @param displayName the name used in messages (never a server path)
     * @param sheetName the sheet the user chose, or empty for the first visible worksheet that contains data
     * @throws ProfitSentinelException {@code INVALID_WORKBOOK}, {@code SHEET_NOT_FOUND} or {@code FILE_NOT_READABLE}
     */
    public static XlsxTableReader open(Path path, String displayName, Optional<String> sheetName) {
        requireNonNull(path, "path is null");
        requireNonNull(displayName, "displayName is null");
        requireNonNull(sheetName, "sheetName is null");
        PackageLimits.Summary summary = PackageLimits.check(path, displayName);
        // Number formats tell dates from numbers; a package without a styles part has neither.
        ReadingOptions options = new ReadingOptions(summary.declaresStyles(), true);
        ReadableWorkbook workbook;
        try {
            workbook = new ReadableWorkbook(path.toFile(), options);
        } catch (IOException | RuntimeException e) {
            throw WorkbookErrors.invalid(displayName, e);
        }
        try {
            return new XlsxTableReader(displayName, workbook, sheetName);
        } catch (RuntimeException e) {
            try {
                workbook.close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    private Start namedSheet(String name) {
        List<Sheet> sheets = workbook.getSheets().toList();
        Optional<Sheet> exact =
                sheets.stream().filter(sheet -> name(sheet).equals(name)).findFirst();
        // Excel treats sheet names case-insensitively, so a case-insensitive match is unambiguous.
        Optional<Sheet> sheet = exact.isPresent()
                ? exact
                : sheets.stream()
                        .filter(candidate -> name(candidate).equalsIgnoreCase(name))
                        .findFirst();
        if (sheet.isEmpty()) {
            throw WorkbookErrors.sheetNotFound(displayName, name, sheetNames);
        }
        Stream<Row> stream = openRows(sheet.get());
        return new Start(name(sheet.get()), stream, stream.iterator(), false);
    }

    private Start firstSheetWithData() {
        List<Sheet> sheets = workbook.getSheets().toList();
        if (sheets.isEmpty()) {
            throw WorkbookErrors.invalid(displayName);
        }
        Optional<Sheet> firstVisible = Optional.empty();
        for (Sheet sheet : sheets) {
            if (sheet.getVisibility() != SheetVisibility.VISIBLE) {
                continue;
            }
            if (firstVisible.isEmpty()) {
                firstVisible = Optional.of(sheet);
            }
            Stream<Row> stream = openRows(sheet);
            try {
                Iterator<Row> candidate = stream.iterator();
                if (advance(candidate)) {
                    return new Start(name(sheet), stream, candidate, true);
                }
            } catch (RuntimeException e) {
                stream.close();
                throw e;
            }
            stream.close();
        }
        // No visible sheet has data: the table is empty, named after the sheet a user would see first.
        String name = name(firstVisible.orElse(sheets.get(0)));
        return new Start(name, Stream.empty(), Collections.emptyIterator(), false);
    }

    private static String name(Sheet sheet) {
        String name = sheet.getName();
        return name == null ? "" : name;
    }

    private Stream<Row> openRows(Sheet sheet) {
        try {
            return sheet.openStream();
        } catch (IOException | RuntimeException e) {
            throw WorkbookErrors.invalid(displayName, e);
        }
    }

    /** Loads the next non-blank row of {@code source} into {@link #row}; false at the end of the sheet. */
    private boolean advance(Iterator<Row> source) {
        try {
            while (source.hasNext()) {
                if (load(source.next())) {
                    return true;
                }
            }
            return false;
        } catch (ProfitSentinelException e) {
            throw e;
        } catch (RuntimeException e) {
            throw WorkbookErrors.invalid(displayName, e);
        }
    }

    private boolean load(Row source) {
        row.reset(source.getRowNum());
        int count = source.getCellCount();
        for (int index = 0; index < count; index++) {
            if (source.hasCell(index)) {
                load(source.getCell(index));
            }
        }
        return row.hasData();
    }

    private void load(Cell cell) {
        int column = cell.getColumnIndex();
        Object value = cell.getValue();
        if (value instanceof BigDecimal number) {
            double serialOrNumber = number.doubleValue();
            if (!Double.isFinite(serialOrNumber)) {
                row.setText(column, cell.getRawValue());
            } else if (isDateFormatted(cell)) {
                row.setDate(column, serialOrNumber);
            } else {
                row.setNumber(column, serialOrNumber);
            }
        } else if (value instanceof Boolean flag) {
            row.setText(column, flag.toString());
        } else if (value instanceof String text) {
            row.setText(column, text);
        } else if (cell.getType() == CellType.ERROR && cell.getRawValue() != null) {
            // an unreadable value: its text as stored
            row.setText(column, cell.getRawValue());
        }
        // anything else is blank: an empty cell, or a formula without a cached value
    }

    private boolean isDateFormatted(Cell cell) {
        Integer formatIndex = cell.getDataFormatId();
        if (formatIndex == null) {
            return false;
        }
        String formatString = cell.getDataFormatString();
        return dateFormats.isDate(formatIndex, formatString == null ? "" : formatString);
    }

    @Override
    public boolean next() {
        if (rowLoadedAhead) {
            rowLoadedAhead = false;
            return true;
        }
        return advance(iterator);
    }

    @Override
    public RowView row() {
        return row;
    }

    @Override
    public List<String> sheetNames() {
        return sheetNames;
    }

    @Override
    public String sheetName() {
        return sheetName;
    }

    @Override
    public void close() {
        try {
            rows.close();
            workbook.close();
        } catch (IOException | RuntimeException e) {
            throw WorkbookErrors.unreadable(displayName, e);
        }
    }
}

package com.profitsentinel.io.xlsx;

import static java.util.Objects.requireNonNull;

import com.profitsentinel.engine.error.ProfitSentinelException;
import com.profitsentinel.io.table.RowView;
import com.profitsentinel.io.table.TableReader;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;

/**
 * Reads one sheet of a legacy Excel 97–2003 ({@code .xls}, BIFF8) workbook (columns.md §2.4) with Apache POI HSSF. The
 * workbook is loaded whole, which the format bounds (at most 65,536 rows per sheet); BIFF5 and older workbooks are
 * {@code UNSUPPORTED_FILE_TYPE}, and a password-protected workbook (an {@code EncryptionInfo} stream, or a
 * {@code FILEPASS} record that the default password does not open) is {@code ENCRYPTED_WORKBOOK}.
 *
 * <p>Sheet choice and cell rules are those of {@link XlsxTableReader} (§2.3): the named sheet or the first visible
 * worksheet with data; numbers, dates (1900 or 1904 date system, as the workbook says), text, {@code true}/{@code
 * false}, cached formula values and error texts; merged cells only in their top-left cell; blank rows skipped;
 * {@link RowView#sourceRow()} is the 1-based sheet row.
 */
public final class XlsTableReader implements TableReader {
    private static final String WORKBOOK_STREAM = "Workbook";
    private static final String BIFF5_STREAM = "Book";
    private static final String ENCRYPTION_INFO_STREAM = "EncryptionInfo";

    private final String displayName;
    private final HSSFWorkbook workbook;
    private final List<String> sheetNames;
    private final WorkbookRow row;
    private final DateFormats dateFormats = new DateFormats();
    private final String sheetName;
    private final SheetCursor cursor;

    private XlsTableReader(String displayName, HSSFWorkbook workbook, Optional<String> requestedSheet) {
        this.displayName = displayName;
        this.workbook = workbook;
        List<String> names = new ArrayList<>();
        for (int index = 0; index < workbook.getNumberOfSheets(); index++) {
            names.add(workbook.getSheetName(index));
        }
        this.sheetNames = List.copyOf(names);
        this.row = new WorkbookRow(workbook.getInternalWorkbook().isUsing1904DateWindowing());
        int sheetIndex = requestedSheet.isPresent() ? namedSheet(requestedSheet.get()) : firstSheetWithData();
        this.sheetName = sheetNames.get(sheetIndex);
        // a fresh cursor reads the first data row again; the workbook is in memory, so this is cheap
        this.cursor = new SheetCursor(workbook.getSheetAt(sheetIndex));
    }

    /** Opens the first visible worksheet that contains data. */
    public static XlsTableReader open(Path path, String displayName) {
        return open(path, displayName, Optional.empty());
    }

    /**
     * Opens a workbook.
     *
     * @param path the file
     * @param displayName the name used in messages (never a server path)
     * @param sheetName the sheet the user chose, or empty for the first visible worksheet that contains data
     * @throws ProfitSentinelException {@code INVALID_WORKBOOK}, {@code ENCRYPTED_WORKBOOK}, {@code
     *     UNSUPPORTED_FILE_TYPE}, {@code SHEET_NOT_FOUND} or {@code FILE_NOT_READABLE}
     */
    public static XlsTableReader open(Path path, String displayName, Optional<String> sheetName) {
        requireNonNull(path, "path is null");
        requireNonNull(displayName, "displayName is null");
        requireNonNull(sheetName, "sheetName is null");
        HSSFWorkbook workbook = readWorkbook(path, displayName);
        try {
            return new XlsTableReader(displayName, workbook, sheetName);
        } catch (RuntimeException e) {
            try {
                workbook.close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    private static HSSFWorkbook readWorkbook(Path path, String displayName) {
        try (POIFSFileSystem filesystem = new POIFSFileSystem(path.toFile(), true)) {
            DirectoryNode root = filesystem.getRoot();
            if (root.hasEntryCaseInsensitive(ENCRYPTION_INFO_STREAM)) {
                throw WorkbookErrors.encrypted(displayName);
            }
            if (!root.hasEntryCaseInsensitive(WORKBOOK_STREAM)) {
                if (root.hasEntryCaseInsensitive(BIFF5_STREAM)) {
                    throw WorkbookErrors.unsupported(displayName);
                }
                throw WorkbookErrors.invalid(displayName);
            }
            // preserveNodes = false: the records are read into memory and the file can be closed
            return new HSSFWorkbook(root, false);
        } catch (ProfitSentinelException e) {
            throw e;
        } catch (OldExcelFormatException e) {
            throw WorkbookErrors.unsupported(displayName, e);
        } catch (EncryptedDocumentException e) {
            throw WorkbookErrors.encrypted(displayName, e);
        } catch (NoSuchFileException e) {
            throw WorkbookErrors.unreadable(displayName, e);
        } catch (IOException | RuntimeException e) {
            throw WorkbookErrors.invalid(displayName, e);
        }
    }

    private int namedSheet(String name) {
        int exact = sheetNames.indexOf(name);
        if (exact >= 0) {
            return exact;
        }
        // Excel treats sheet names case-insensitively, so a case-insensitive match is unambiguous.
        for (int index = 0; index < sheetNames.size(); index++) {
            if (sheetNames.get(index).equalsIgnoreCase(name)) {
                return index;
            }
        }
        throw WorkbookErrors.sheetNotFound(displayName, name, sheetNames);
    }

    private int firstSheetWithData() {
        if (sheetNames.isEmpty()) {
            throw WorkbookErrors.invalid(displayName);
        }
        int firstVisible = -1;
        for (int index = 0; index < sheetNames.size(); index++) {
            if (workbook.isSheetHidden(index) || workbook.isSheetVeryHidden(index)) {
                continue;
            }
            if (firstVisible < 0) {
                firstVisible = index;
            }
            if (new SheetCursor(workbook.getSheetAt(index)).advance()) {
                return index;
            }
        }
        // No visible sheet has data: the table is empty, named after the sheet a user would see first.
        return Math.max(firstVisible, 0);
    }

    @Override
    public boolean next() {
        return cursor.advance();
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
            workbook.close();
        } catch (IOException e) {
            throw WorkbookErrors.unreadable(displayName, e);
        }
    }

    /** Walks the rows of one sheet, loading each non-blank one into {@link #row}. */
    private final class SheetCursor {
        private final Iterator<Row> rows;
        private final MergedCells mergedCells;

        SheetCursor(HSSFSheet sheet) {
            this.rows = sheet.rowIterator();
            this.mergedCells = new MergedCells(sheet.getMergedRegions());
        }

        boolean advance() {
            try {
                while (rows.hasNext()) {
                    if (load(rows.next())) {
                        return true;
                    }
                }
                return false;
            } catch (RuntimeException e) {
                throw WorkbookErrors.invalid(displayName, e);
            }
        }

        private boolean load(Row source) {
            int rowIndex = source.getRowNum();
            row.reset(rowIndex + 1L);
            mergedCells.moveTo(rowIndex);
            Iterator<Cell> cells = source.cellIterator();
            while (cells.hasNext()) {
                Cell cell = cells.next();
                if (!mergedCells.isHidden(rowIndex, cell.getColumnIndex())) {
                    load(cell);
                }
            }
            return row.hasData();
        }

        private void load(Cell cell) {
            int column = cell.getColumnIndex();
            switch (cell.getCellType()) {
                case NUMERIC -> loadNumber(cell, column);
                case STRING -> row.setText(column, cell.getStringCellValue());
                case BOOLEAN -> row.setText(column, Boolean.toString(cell.getBooleanCellValue()));
                case ERROR -> row.setText(column, errorText(cell.getErrorCellValue()));
                case FORMULA -> loadCachedValue(cell, column);
                case BLANK, _NONE -> {}
            }
        }

        private void loadCachedValue(Cell cell, int column) {
            switch (cell.getCachedFormulaResultType()) {
                case NUMERIC -> loadNumber(cell, column);
                case STRING -> row.setText(column, cell.getStringCellValue());
                case BOOLEAN -> row.setText(column, Boolean.toString(cell.getBooleanCellValue()));
                case ERROR -> row.setText(column, errorText(cell.getErrorCellValue()));
                case FORMULA, BLANK, _NONE -> {} // no cached value: blank
            }
        }

        private void loadNumber(Cell cell, int column) {
            double value = cell.getNumericCellValue();
            CellStyle style = cell.getCellStyle();
            String formatString = style.getDataFormatString();
            if (dateFormats.isDate(style.getDataFormat(), formatString == null ? "" : formatString)) {
                row.setDate(column, value);
            } else {
                row.setNumber(column, value);
            }
        }
    }

    private static String errorText(byte code) {
        return FormulaError.isValidCode(code) ? FormulaError.forInt(code).getString() : "#VALUE!";
    }
}

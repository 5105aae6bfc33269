package com.profitsentinel.io.xlsx;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A workbook to write in a test, independent of the file format: sheets of cells holding {@link String}, {@link
 * Number}, {@link Boolean} or {@link LocalDate} (written as a date-formatted number), plus merges, hidden rows and
 * columns, hidden sheets and the 1904 date system. Rows and columns are 0-based here, as in the writers.
 */
final class WorkbookSpec {
    private final List<SheetSpec> sheets = new ArrayList<>();
    private boolean date1904;

    static WorkbookSpec workbook() {
        return new WorkbookSpec();
    }

    /** A workbook with one sheet named {@code Sheet1} holding the given rows from row 0 on. */
    static WorkbookSpec singleSheet(Object[]... rows) {
        WorkbookSpec workbook = workbook();
        SheetSpec sheet = workbook.sheet("Sheet1");
        for (int index = 0; index < rows.length; index++) {
            sheet.row(index, rows[index]);
        }
        return workbook;
    }

    WorkbookSpec date1904() {
        date1904 = true;
        return this;
    }

    boolean isDate1904() {
        return date1904;
    }

    SheetSpec sheet(String name) {
        SheetSpec sheet = new SheetSpec(name);
        sheets.add(sheet);
        return sheet;
    }

    List<SheetSpec> sheets() {
        return sheets;
    }

    /** The Excel serial of a date in the workbook's date system. */
    double serial(LocalDate date) {
        return date1904
                ? ChronoUnit.DAYS.between(LocalDate.of(1904, 1, 1), date)
                : ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), date);
    }

    /** One sheet: cells by row and column, in insertion order. */
    static final class SheetSpec {
        private final String name;
        private final Map<Integer, Map<Integer, Object>> rows = new LinkedHashMap<>();
        private final List<int[]> merges = new ArrayList<>();
        private final Set<Integer> hiddenRows = new TreeSet<>();
        private final Set<Integer> hiddenColumns = new TreeSet<>();
        private boolean hidden;

        private SheetSpec(String name) {
            this.name = name;
        }

        /** Sets the cells of a row from column 0 on; a null value leaves its cell out. */
        SheetSpec row(int row, Object... values) {
            for (int column = 0; column < values.length; column++) {
                if (values[column] != null) {
                    cell(row, column, values[column]);
                }
            }
            return this;
        }

        SheetSpec cell(int row, int column, Object value) {
            rows.computeIfAbsent(row, key -> new LinkedHashMap<>()).put(column, value);
            return this;
        }

        SheetSpec merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
            merges.add(new int[] {firstRow, lastRow, firstColumn, lastColumn});
            return this;
        }

        SheetSpec hideRow(int row) {
            hiddenRows.add(row);
            return this;
        }

        SheetSpec hideColumn(int column) {
            hiddenColumns.add(column);
            return this;
        }

        SheetSpec hidden() {
            hidden = true;
            return this;
        }

        String name() {
            return name;
        }

        Map<Integer, Map<Integer, Object>> rows() {
            return rows;
        }

        List<int[]> merges() {
            return merges;
        }

        Set<Integer> hiddenRows() {
            return hiddenRows;
        }

        Set<Integer> hiddenColumns() {
            return hiddenColumns;
        }

        boolean isHidden() {
            return hidden;
        }
    }
}

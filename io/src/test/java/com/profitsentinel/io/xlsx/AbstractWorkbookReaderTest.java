package com.profitsentinel.io.xlsx;

import static com.profitsentinel.io.xlsx.WorkbookSpec.singleSheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import com.profitsentinel.io.table.RowView;
import com.profitsentinel.io.table.TableReader;
import com.profitsentinel.io.value.DateColumnFormat;
import com.profitsentinel.io.value.DateContext;
import com.profitsentinel.io.value.DateResult;
import com.profitsentinel.io.value.NumberResult;
import com.profitsentinel.io.value.NumberStyle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract both workbook readers keep (columns.md §2.3, §2.4): cell values, identifiers without exponent, dates in
 * both date systems, sheet choice, blank rows, row numbers, merged and hidden cells, and the workbook errors.
 */
abstract class AbstractWorkbookReaderTest {
    static final LocalDate JUNE_15 = LocalDate.of(2025, 6, 15);

    @TempDir
    Path directory;

    /** The file extension of the format, with its dot. */
    abstract String extension();

    abstract Path write(Path file, WorkbookSpec spec);

    abstract TableReader open(Path file, String displayName, Optional<String> sheetName);

    final String displayName() {
        return "stock" + extension();
    }

    final Path write(WorkbookSpec spec) {
        return write(directory.resolve("upload-7f3a" + extension()), spec);
    }

    final TableReader open(Path file) {
        return open(file, displayName(), Optional.empty());
    }

    /** One row as read: its sheet row number and the text of each cell up to its size. */
    record ReadRow(long sourceRow, List<String> cells) {}

    static List<ReadRow> readAll(TableReader reader) {
        List<ReadRow> rows = new ArrayList<>();
        while (reader.next()) {
            RowView row = reader.row();
            List<String> cells = new ArrayList<>();
            for (int column = 0; column < row.size(); column++) {
                cells.add(row.text(column));
            }
            rows.add(new ReadRow(row.sourceRow(), cells));
        }
        return rows;
    }

    static DateColumnFormat dateFormat() {
        return DateColumnFormat.infer(List.of(), new DateContext(LocalDate.of(2025, 7, 1), ZoneOffset.UTC, false));
    }

    static String describe(DateResult result) {
        return result.status() + "@" + result.epochDay();
    }

    @Test
    void readsTextNumbersBooleansAndDates() {
        Path file = write(singleSheet(
                new Object[] {"SKU", "Cost", "Active", "Last sold"},
                new Object[] {"  HOSE-50 ", 12.5, true, JUNE_15},
                new Object[] {"RAKE", -3, false, LocalDate.of(1999, 12, 31)}));

        try (TableReader reader = open(file)) {
            assertThat(readAll(reader))
                    .containsExactly(
                            new ReadRow(1, List.of("SKU", "Cost", "Active", "Last sold")),
                            new ReadRow(2, List.of("HOSE-50", "12.5", "true", "2025-06-15")),
                            new ReadRow(3, List.of("RAKE", "-3", "false", "1999-12-31")));
        }
    }

    @Test
    void writesIdentifiersStoredAsNumbersWithoutExponent() {
        Path file = write(singleSheet(
                new Object[] {"UPC", "Big", "Small", "Fraction", "Beyond 2^53"},
                new Object[] {12345678901L, 1.0e20, 2.5e-7, 0.1, 123456789012345678L}));

        try (TableReader reader = open(file)) {
            assertThat(readAll(reader).get(1).cells())
                    .containsExactly("12345678901", "100000000000000000000", "0.00000025", "0.1", "123456789012345680");
        }
    }

    @Test
    void handsOverNumericCellsWithoutTextRoundTrip() {
        Path file = write(singleSheet(new Object[] {12345678901L, 0.1 + 0.2, "1,234.50"}));
        NumberResult result = new NumberResult();

        try (TableReader reader = open(file)) {
            assertThat(reader.next()).isTrue();
            reader.row().number(0, NumberStyle.STANDARD, result);
            assertThat(result.status()).isEqualTo(NumberResult.Status.VALUE);
            assertThat(result.value()).isEqualTo(12345678901.0);
            reader.row().number(1, NumberStyle.STANDARD, result);
            assertThat(result.value()).isEqualTo(0.1 + 0.2);
            assertThat(result.percent()).isFalse();
            reader.row().number(2, NumberStyle.STANDARD, result);
            assertThat(result.status()).isEqualTo(NumberResult.Status.VALUE);
            assertThat(result.value()).isEqualTo(1234.5);
            reader.row().number(7, NumberStyle.STANDARD, result);
            assertThat(result.status()).isEqualTo(NumberResult.Status.MISSING);
        }
    }

    @Test
    void passesDateCellsAsSerialsInThe1900DateSystem() {
        WorkbookSpec spec = singleSheet(new Object[] {JUNE_15, "2025-06-15"});
        Path file = write(spec);
        DateColumnFormat format = dateFormat();
        DateResult expected = new DateResult();
        format.parseExcelSerial(spec.serial(JUNE_15), false, expected);
        DateResult actual = new DateResult();

        try (TableReader reader = open(file)) {
            assertThat(reader.next()).isTrue();
            assertThat(reader.row().text(0)).isEqualTo("2025-06-15");
            reader.row().date(0, format, actual);
            assertThat(describe(actual)).isEqualTo(describe(expected));
            // a text cell goes through the column format as text
            format.parse("2025-06-15", expected);
            reader.row().date(1, format, actual);
            assertThat(describe(actual)).isEqualTo(describe(expected));
        }
    }

    @Test
    void passesDateCellsAsSerialsInThe1904DateSystem() {
        WorkbookSpec spec = singleSheet(new Object[] {JUNE_15}).date1904();
        Path file = write(spec);
        DateColumnFormat format = dateFormat();
        DateResult expected = new DateResult();
        format.parseExcelSerial(spec.serial(JUNE_15), true, expected);
        DateResult actual = new DateResult();

        try (TableReader reader = open(file)) {
            assertThat(reader.next()).isTrue();
            assertThat(reader.row().text(0)).isEqualTo("2025-06-15");
            reader.row().date(0, format, actual);
            assertThat(describe(actual)).isEqualTo(describe(expected));
        }
    }

    @Test
    void skipsBlankRowsAndKeepsSheetRowNumbers() {
        WorkbookSpec spec = WorkbookSpec.workbook();
        spec.sheet("Items")
                .row(1, "SKU", "Qty")
                .row(3, "   ", "")
                .row(4, "A-1", 5)
                .row(9, null, null, "far right");
        Path file = write(spec);

        try (TableReader reader = open(file)) {
            assertThat(readAll(reader))
                    .containsExactly(
                            new ReadRow(2, List.of("SKU", "Qty")),
                            new ReadRow(5, List.of("A-1", "5")),
                            new ReadRow(10, List.of("", "", "far right")));
        }
    }

    @Test
    void readsCellsPastTheRowAsBlank() {
        Path file = write(singleSheet(new Object[] {"A", null, "C"}));

        try (TableReader reader = open(file)) {
            assertThat(reader.next()).isTrue();
            RowView row = reader.row();
            assertThat(row.size()).isEqualTo(3);
            assertThat(row.isBlank(1)).isTrue();
            assertThat(row.isBlank(2)).isFalse();
            assertThat(row.isBlank(40)).isTrue();
            assertThat(row.text(40)).isEmpty();
        }
    }

    private WorkbookSpec threeSheets() {
        WorkbookSpec spec = WorkbookSpec.workbook();
        spec.sheet("Cover");
        spec.sheet("Secret").hidden().row(0, "hidden", "data");
        spec.sheet("Inventory").row(0, "SKU", "Qty").row(1, "A-1", 3);
        return spec;
    }

    @Test
    void choosesTheFirstVisibleSheetThatContainsData() {
        Path file = write(threeSheets());

        try (TableReader reader = open(file)) {
            assertThat(reader.sheetName()).isEqualTo("Inventory");
            assertThat(reader.sheetNames()).containsExactly("Cover", "Secret", "Inventory");
            assertThat(readAll(reader))
                    .containsExactly(new ReadRow(1, List.of("SKU", "Qty")), new ReadRow(2, List.of("A-1", "3")));
        }
    }

    @Test
    void readsTheNamedSheetEvenWhenHidden() {
        Path file = write(threeSheets());

        try (TableReader reader = open(file, displayName(), Optional.of("Secret"))) {
            assertThat(reader.sheetName()).isEqualTo("Secret");
            assertThat(readAll(reader)).containsExactly(new ReadRow(1, List.of("hidden", "data")));
        }
    }

    @Test
    void matchesSheetNamesIgnoringCase() {
        Path file = write(threeSheets());

        try (TableReader reader = open(file, displayName(), Optional.of("inventory"))) {
            assertThat(reader.sheetName()).isEqualTo("Inventory");
        }
    }

    @Test
    void rejectsAnUnknownSheetNameListingTheSheets() {
        Path file = write(threeSheets());

        assertThatThrownBy(() -> open(file, displayName(), Optional.of("Stock")))
                .isInstanceOfSatisfying(
                        ProfitSentinelException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.SHEET_NOT_FOUND))
                .hasMessage("The workbook \"" + displayName()
                        + "\" has no sheet named \"Stock\". Sheets: \"Cover\", \"Secret\", \"Inventory\".");
    }

    @Test
    void readsNoRowsWhenNoVisibleSheetHasData() {
        WorkbookSpec spec = WorkbookSpec.workbook();
        spec.sheet("Empty");
        spec.sheet("Also empty");
        Path file = write(spec);

        try (TableReader reader = open(file)) {
            assertThat(reader.sheetName()).isEqualTo("Empty");
            assertThat(reader.next()).isFalse();
        }
    }

    @Test
    void keepsAMergedValueInTheTopLeftCellOnly() {
        WorkbookSpec spec = WorkbookSpec.workbook();
        spec.sheet("Report")
                .row(0, "Store 12 - all departments")
                .merge(0, 0, 0, 3)
                .row(1, "SKU", "Qty", "Cost", "Retail");
        Path file = write(spec);

        try (TableReader reader = open(file)) {
            assertThat(readAll(reader))
                    .containsExactly(
                            new ReadRow(1, List.of("Store 12 - all departments")),
                            new ReadRow(2, List.of("SKU", "Qty", "Cost", "Retail")));
        }
    }

    @Test
    void readsHiddenRowsAndColumnsLikeVisibleOnes() {
        WorkbookSpec spec = WorkbookSpec.workbook();
        spec.sheet("Items")
                .row(0, "SKU", "Secret cost", "Qty")
                .row(1, "A-1", 2.25, 4)
                .hideRow(1)
                .hideColumn(1);
        Path file = write(spec);

        try (TableReader reader = open(file)) {
            assertThat(readAll(reader))
                    .containsExactly(
                            new ReadRow(1, List.of("SKU", "Secret cost", "Qty")),
                            new ReadRow(2, List.of("A-1", "2.25", "4")));
        }
    }

    @Test
    void rejectsBytesThatAreNoWorkbookNamingTheFileByItsDisplayName() throws IOException {
        Path file = directory.resolve("upload-0001" + extension());
        Files.writeString(file, "SKU,Qty\nA-1,3\n");

        assertThatThrownBy(() -> open(file))
                .isInstanceOfSatisfying(
                        ProfitSentinelException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_WORKBOOK))
                .hasMessage("\"" + displayName() + "\" could not be read as an Excel workbook.")
                .hasMessageNotContaining(directory.toString());
    }
}

package com.profitsentinel.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import com.profitsentinel.io.table.TableReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;

class XlsTableReaderTest extends AbstractWorkbookReaderTest {
    @Override
    String extension() {
        return ".xls";
    }

    @Override
    Path write(Path file, WorkbookSpec spec) {
        return XlsFiles.write(file, spec);
    }

    @Override
    TableReader open(Path file, String displayName, Optional<String> sheetName) {
        return XlsTableReader.open(file, displayName, sheetName);
    }

    private Path file() {
        return directory.resolve("upload-7f3a.xls");
    }

    private void assertRejected(Path file, ErrorCode code, String message) {
        assertThatThrownBy(() -> open(file))
                .isInstanceOfSatisfying(
                        ProfitSentinelException.class, e -> assertThat(e.code()).isEqualTo(code))
                .hasMessage(message);
    }

    @Test
    void opensTheFirstSheetWithDataWhenNoSheetIsNamed() {
        WorkbookSpec spec = WorkbookSpec.workbook();
        spec.sheet("Notes");
        spec.sheet("Items").row(0, "SKU");
        Path file = write(spec);

        try (TableReader reader = XlsTableReader.open(file, displayName())) {
            assertThat(reader.sheetName()).isEqualTo("Items");
            assertThat(readAll(reader)).containsExactly(new ReadRow(1, List.of("SKU")));
        }
    }

    @Test
    void givesFormulasTheirCachedValue() {
        Path file = XlsFiles.write(file(), workbook -> {
            HSSFCellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat(XlsxFiles.DATE_FORMAT));
            HSSFRow row = workbook.createSheet("Items").createRow(0);
            HSSFCell number = row.createCell(0);
            number.setCellFormula("2*3");
            number.setCellValue(6);
            HSSFCell text = row.createCell(1);
            text.setCellFormula("\"A\"&\"-1\"");
            text.setCellValue("A-1");
            HSSFCell flag = row.createCell(2);
            flag.setCellFormula("1=1");
            flag.setCellValue(true);
            HSSFCell error = row.createCell(3);
            error.setCellFormula("1/0");
            error.setCellErrorValue(FormulaError.DIV0.getCode());
            HSSFCell date = row.createCell(4);
            date.setCellFormula("DATE(2025,6,15)");
            date.setCellValue(45823);
            date.setCellStyle(dateStyle);
        });

        try (TableReader reader = open(file)) {
            assertThat(readAll(reader))
                    .containsExactly(new ReadRow(1, List.of("6", "A-1", "true", "#DIV/0!", "2025-06-15")));
        }
    }

    @Test
    void givesErrorCellsTheirErrorText() {
        Path file = XlsFiles.write(file(), workbook -> {
            HSSFRow row = workbook.createSheet("Items").createRow(0);
            row.createCell(0).setCellErrorValue(FormulaError.NA.getCode());
            row.createCell(1).setCellErrorValue(FormulaError.VALUE.getCode());
        });

        try (TableReader reader = open(file)) {
            assertThat(readAll(reader)).containsExactly(new ReadRow(1, List.of("#N/A", "#VALUE!")));
        }
    }

    @Test
    void blanksStaleValuesUnderAMergedCell() {
        Path file = XlsFiles.write(file(), workbook -> {
            HSSFSheet sheet = workbook.createSheet("Report");
            HSSFRow first = sheet.createRow(0);
            first.createCell(0).setCellValue("Store 12");
            first.createCell(1).setCellValue("stale");
            sheet.createRow(1).createCell(1).setCellValue("stale too");
            HSSFRow third = sheet.createRow(2);
            third.createCell(0).setCellValue("SKU");
            third.createCell(1).setCellValue("Qty");
            sheet.addMergedRegion(new CellRangeAddress(0, 1, 0, 1));
        });

        try (TableReader reader = open(file)) {
            assertThat(readAll(reader))
                    .containsExactly(new ReadRow(1, List.of("Store 12")), new ReadRow(3, List.of("SKU", "Qty")));
        }
    }

    @Test
    void rejectsAWorkbookProtectedWithAPassword() {
        Path file;
        Biff8EncryptionKey.setCurrentUserPassword("secret");
        try {
            file = XlsFiles.write(file(), workbook -> workbook.createSheet("Items")
                    .createRow(0)
                    .createCell(0)
                    .setCellValue("SKU"));
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }

        assertRejected(
                file,
                ErrorCode.ENCRYPTED_WORKBOOK,
                "\"stock.xls\" is password-protected. Remove the password and upload it again.");
    }

    @Test
    void rejectsAnOle2FileWithEncryptionInfo() {
        Path file = XlsFiles.ole2(file(), Map.of("EncryptionInfo", new byte[64], "EncryptedPackage", new byte[64]));

        assertRejected(
                file,
                ErrorCode.ENCRYPTED_WORKBOOK,
                "\"stock.xls\" is password-protected. Remove the password and upload it again.");
    }

    @Test
    void rejectsBiff5WorkbooksAsUnsupported() {
        Path file = XlsFiles.ole2(file(), Map.of("Book", new byte[512]));

        assertRejected(
                file,
                ErrorCode.UNSUPPORTED_FILE_TYPE,
                "\"stock.xls\" is not a supported file type. Upload CSV, TSV, TXT, XLSX or XLS.");
    }

    @Test
    void rejectsAnOle2FileWithoutWorkbookStream() {
        Path file = XlsFiles.ole2(file(), Map.of("WordDocument", "not a sheet".getBytes(StandardCharsets.UTF_8)));

        assertRejected(file, ErrorCode.INVALID_WORKBOOK, "\"stock.xls\" could not be read as an Excel workbook.");
    }

    @Test
    void rejectsADamagedWorkbookStream() {
        Path file = XlsFiles.ole2(file(), Map.of("Workbook", new byte[] {9, 8, 16, 0, 0, 6, 5, 0, 1, 2, 3}));

        assertRejected(file, ErrorCode.INVALID_WORKBOOK, "\"stock.xls\" could not be read as an Excel workbook.");
    }
}

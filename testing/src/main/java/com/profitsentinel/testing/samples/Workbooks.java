package com.profitsentinel.testing.samples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes sample tables as XLSX (fastexcel) and legacy XLS (POI HSSF) workbooks with one sheet: numbers as numeric
 * cells and dates as date-formatted cells. XLSX output is made byte-for-byte reproducible: the writer stamps the
 * creation time into {@code docProps/core.xml} and the time into every archive entry, so both are replaced by fixed
 * values and the entries are stored uncompressed (no dependence on the zlib version).
 */
final class Workbooks {
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2025, 7, 1, 8, 0);
    private static final Pattern CREATED = Pattern.compile("(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)");

    private Workbooks() {}

    /** An XLSX workbook with the table on sheet {@code sheetName}; date cells use {@code dateFormat}. */
    static byte[] xlsx(Table table, String sheetName, String dateFormat) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "ProfitSentinelSamples", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName);
            List<String> headers = table.headers();
            for (int column = 0; column < headers.size(); column++) {
                sheet.value(0, column, headers.get(column));
            }
            for (int row = 0; row < table.rows().size(); row++) {
                List<CellValue> cells = table.rows().get(row);
                for (int column = 0; column < cells.size(); column++) {
                    switch (cells.get(column)) {
                        case CellValue.Text text -> sheet.value(row + 1, column, text.text());
                        case CellValue.Numeric numeric -> sheet.value(row + 1, column, numeric.value());
                        case CellValue.Day day -> {
                            sheet.value(row + 1, column, day.date());
                            sheet.style(row + 1, column).format(dateFormat).set();
                        }
                        case CellValue.Blank ignored -> {}
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write workbook " + sheetName, e);
        }
        return reproducible(bytes.toByteArray());
    }

    /** A legacy Excel 97–2003 (BIFF8) workbook with the table on sheet {@code sheetName}. */
    static byte[] xls(Table table, String sheetName, String dateFormat) {
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            HSSFSheet sheet = workbook.createSheet(sheetName);
            HSSFCellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat(dateFormat));
            HSSFRow headerRow = sheet.createRow(0);
            List<String> headers = table.headers();
            for (int column = 0; column < headers.size(); column++) {
                headerRow.createCell(column).setCellValue(headers.get(column));
            }
            for (int row = 0; row < table.rows().size(); row++) {
                HSSFRow sheetRow = sheet.createRow(row + 1);
                List<CellValue> cells = table.rows().get(row);
                for (int column = 0; column < cells.size(); column++) {
                    switch (cells.get(column)) {
                        case CellValue.Text text -> sheetRow.createCell(column).setCellValue(text.text());
                        case CellValue.Numeric numeric ->
                            sheetRow.createCell(column)
                                    .setCellValue(numeric.value().doubleValue());
                        case CellValue.Day day -> {
                            HSSFCell cell = sheetRow.createCell(column);
                            cell.setCellValue(day.date());
                            cell.setCellStyle(dateStyle);
                        }
                        case CellValue.Blank ignored -> {}
                    }
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write workbook " + sheetName, e);
        }
    }

    /**
     * Rewrites a ZIP archive with fixed entry times, stored entries and a fixed document creation time. The archive is
     * read through a temporary file because the writer's streamed entries (sizes in data descriptors) are not readable
     * with {@link java.util.zip.ZipInputStream}.
     */
    static byte[] reproducible(byte[] archive) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(archive.length * 4);
        try {
            Path temporary = Files.createTempFile("sample-workbook", ".xlsx");
            try {
                Files.write(temporary, archive);
                try (ZipFile input = new ZipFile(temporary.toFile());
                        ZipOutputStream output = new ZipOutputStream(bytes)) {
                    for (ZipEntry entry : Collections.list(input.entries())) {
                        byte[] content;
                        try (InputStream stream = input.getInputStream(entry)) {
                            content = stream.readAllBytes();
                        }
                        if (entry.getName().equals("docProps/core.xml")) {
                            String xml = new String(content, StandardCharsets.UTF_8);
                            content = CREATED.matcher(xml)
                                    .replaceAll("$12025-07-01T08:00:00.000Z$2")
                                    .getBytes(StandardCharsets.UTF_8);
                        }
                        CRC32 checksum = new CRC32();
                        checksum.update(content);
                        ZipEntry copy = new ZipEntry(entry.getName());
                        copy.setMethod(ZipEntry.STORED);
                        copy.setSize(content.length);
                        copy.setCompressedSize(content.length);
                        copy.setCrc(checksum.getValue());
                        copy.setTimeLocal(FIXED_TIME);
                        output.putNextEntry(copy);
                        output.write(content);
                        output.closeEntry();
                    }
                }
            } finally {
                Files.delete(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite workbook archive", e);
        }
        return bytes.toByteArray();
    }
}

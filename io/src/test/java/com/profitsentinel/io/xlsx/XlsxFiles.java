package com.profitsentinel.io.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes XLSX test files with the fastexcel writer, and edits their parts where the writer cannot go. */
final class XlsxFiles {
    static final String DATE_FORMAT = "yyyy-mm-dd";
    static final String SHEET_NAMESPACE = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private XlsxFiles() {}

    static Path write(Path file, WorkbookSpec spec) {
        try (OutputStream output = Files.newOutputStream(file);
                Workbook workbook = new Workbook(output, "ProfitSentinelTest", "1.0")) {
            int firstVisible = 0;
            for (int index = 0; index < spec.sheets().size(); index++) {
                if (!spec.sheets().get(index).isHidden()) {
                    firstVisible = index;
                    break;
                }
            }
            workbook.setActiveTab(firstVisible);
            for (WorkbookSpec.SheetSpec sheet : spec.sheets()) {
                Worksheet worksheet = workbook.newWorksheet(sheet.name());
                if (sheet.isHidden()) {
                    worksheet.setVisibilityState(VisibilityState.HIDDEN);
                }
                for (Map.Entry<Integer, Map<Integer, Object>> row : sheet.rows().entrySet()) {
                    for (Map.Entry<Integer, Object> cell : row.getValue().entrySet()) {
                        write(worksheet, row.getKey(), cell.getKey(), cell.getValue(), spec);
                    }
                }
                for (int[] merge : sheet.merges()) {
                    worksheet.range(merge[0], merge[2], merge[1], merge[3]).merge();
                }
                sheet.hiddenRows().forEach(worksheet::hideRow);
                sheet.hiddenColumns().forEach(worksheet::hideColumn);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (spec.isDate1904()) {
            String workbookXml = entryText(file, "xl/workbook.xml");
            if (!workbookXml.contains("date1904=\"false\"")) {
                throw new IllegalStateException("the writer changed its workbookPr: " + workbookXml);
            }
            replaceEntry(file, "xl/workbook.xml", workbookXml.replace("date1904=\"false\"", "date1904=\"true\""));
        }
        return file;
    }

    private static void write(Worksheet worksheet, int row, int column, Object value, WorkbookSpec spec) {
        switch (value) {
            case String text -> worksheet.value(row, column, text);
            case Number number -> worksheet.value(row, column, number);
            case Boolean flag -> worksheet.value(row, column, flag);
            case LocalDate date -> {
                worksheet.value(row, column, spec.serial(date));
                worksheet.style(row, column).format(DATE_FORMAT).set();
            }
            default -> throw new IllegalArgumentException("unsupported cell value " + value);
        }
    }

    /**
     * A one-sheet workbook whose sheet XML is replaced by {@code sheetData} (the content of the {@code sheetData}
     * element). Style 1 is a {@value #DATE_FORMAT} date format.
     */
    static Path withSheetData(Path file, String sheetData) {
        WorkbookSpec spec = WorkbookSpec.workbook();
        spec.sheet("Sheet1").cell(0, 0, LocalDate.of(2025, 1, 1));
        write(file, spec);
        replaceEntry(
                file,
                "xl/worksheets/sheet1.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + SHEET_NAMESPACE + "\"><sheetData>"
                        + sheetData + "</sheetData></worksheet>");
        return file;
    }

    static String entryText(Path file, String name) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(name);
            if (entry == null) {
                throw new IllegalArgumentException("no entry " + name);
            }
            try (InputStream input = zip.getInputStream(entry)) {
                return new String(input.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rewrites the archive with one entry replaced (or added). */
    static void replaceEntry(Path file, String name, String content) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                try (InputStream input = zip.getInputStream(entry)) {
                    entries.put(entry.getName(), input.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        entries.put(name, content.getBytes(StandardCharsets.UTF_8));
        writeZip(file, entries);
    }

    /** Removes an entry from the archive. */
    static void removeEntry(Path file, String name) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (!entry.getName().equals(name)) {
                    try (InputStream input = zip.getInputStream(entry)) {
                        entries.put(entry.getName(), input.readAllBytes());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writeZip(file, entries);
    }

    static void writeZip(Path file, Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Files.write(file, bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

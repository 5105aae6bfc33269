package com.profitsentinel.io.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.util.CellRangeAddress;

/** Writes XLS (BIFF8) test files with POI HSSF, and bare OLE2 files with chosen streams. */
final class XlsFiles {
    private XlsFiles() {}

    static Path write(Path file, WorkbookSpec spec) {
        return write(file, workbook -> fill(workbook, spec));
    }

    /** Writes whatever {@code builder} puts into a new workbook. */
    static Path write(Path file, Consumer<HSSFWorkbook> builder) {
        try (HSSFWorkbook workbook = new HSSFWorkbook();
                OutputStream output = Files.newOutputStream(file)) {
            builder.accept(workbook);
            workbook.write(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static void fill(HSSFWorkbook workbook, WorkbookSpec spec) {
        if (spec.isDate1904()) {
            for (Record record : workbook.getInternalWorkbook().getRecords()) {
                if (record instanceof DateWindow1904Record window) {
                    window.setWindowing((short) 1);
                }
            }
        }
        HSSFCellStyle dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat(XlsxFiles.DATE_FORMAT));
        for (WorkbookSpec.SheetSpec sheetSpec : spec.sheets()) {
            HSSFSheet sheet = workbook.createSheet(sheetSpec.name());
            for (Map.Entry<Integer, Map<Integer, Object>> rowSpec :
                    sheetSpec.rows().entrySet()) {
                HSSFRow row = sheet.createRow(rowSpec.getKey());
                for (Map.Entry<Integer, Object> cellSpec : rowSpec.getValue().entrySet()) {
                    HSSFCell cell = row.createCell(cellSpec.getKey());
                    switch (cellSpec.getValue()) {
                        case String text -> cell.setCellValue(text);
                        case Number number -> cell.setCellValue(number.doubleValue());
                        case Boolean flag -> cell.setCellValue(flag);
                        case LocalDate date -> {
                            cell.setCellValue(spec.serial(date));
                            cell.setCellStyle(dateStyle);
                        }
                        default -> throw new IllegalArgumentException("unsupported cell value " + cellSpec.getValue());
                    }
                }
            }
            for (int[] merge : sheetSpec.merges()) {
                sheet.addMergedRegion(new CellRangeAddress(merge[0], merge[1], merge[2], merge[3]));
            }
            for (int hiddenRow : sheetSpec.hiddenRows()) {
                HSSFRow row = sheet.getRow(hiddenRow) == null ? sheet.createRow(hiddenRow) : sheet.getRow(hiddenRow);
                row.setZeroHeight(true);
            }
            sheetSpec.hiddenColumns().forEach(column -> sheet.setColumnHidden(column, true));
        }
        int firstVisible = 0;
        while (firstVisible < spec.sheets().size()
                && spec.sheets().get(firstVisible).isHidden()) {
            firstVisible++;
        }
        if (firstVisible < spec.sheets().size()) {
            workbook.setActiveSheet(firstVisible);
            workbook.setSelectedTab(firstVisible);
            workbook.setFirstVisibleTab(firstVisible);
        }
        for (int index = 0; index < spec.sheets().size(); index++) {
            if (spec.sheets().get(index).isHidden()) {
                workbook.setSheetHidden(index, true);
            }
        }
    }

    /** An OLE2 compound file holding the given streams in its root, and nothing else. */
    static Path ole2(Path file, Map<String, byte[]> streams) {
        try (POIFSFileSystem filesystem = new POIFSFileSystem();
                OutputStream output = Files.newOutputStream(file)) {
            for (Map.Entry<String, byte[]> stream : streams.entrySet()) {
                filesystem.createDocument(new ByteArrayInputStream(stream.getValue()), stream.getKey());
            }
            filesystem.writeFilesystem(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}

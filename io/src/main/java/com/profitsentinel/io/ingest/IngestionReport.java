package com.profitsentinel.io.ingest;

import static java.util.Objects.requireNonNull;

import com.profitsentinel.engine.finding.DataQualityCode;
import com.profitsentinel.engine.record.DataQualityNote;
import com.profitsentinel.io.detect.FileFormat;
import com.profitsentinel.io.layout.FileType;
import com.profitsentinel.io.mapping.ColumnMapping;
import com.profitsentinel.io.mapping.DetectedProfile;
import com.profitsentinel.io.table.Notice;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What reading one file found: how it was read (format, encoding, delimiter, sheet, header row), what it is (file type,
 * POS profile), how its columns were mapped, and the honest counts (rows read, rejected with reasons, records made,
 * data-quality notes by code).
 *
 * @param file the display name
 * @param format csv, xlsx or xls
 * @param encoding the text encoding read with ({@code utf-8}, {@code windows-1252}, ...), empty for workbooks
 * @param delimiter the delimiter, empty for workbooks
 * @param sheet the sheet read, empty for text files
 * @param sheets all sheets of a workbook
 * @param headerRow the physical row of the header
 * @param preamble title lines above the header
 * @param headers the headers as named
 * @param fileType inventory, sales detail, purchase orders or count
 * @param profile the POS profile, if one was detected or forced
 * @param mapping the column mapping of an inventory or count file
 * @param columns one report per column, in file order
 * @param storesDetected the stores of a file with a column per store
 * @param rowsRead data rows read (blank rows excluded)
 * @param rowsRejected rows that could not be used
 * @param records records produced (inventory records, sales lines, PO lines or count lines)
 * @param rejections the first rejected rows, with row, column, value and reason
 * @param noteCounts data-quality notes by code (rejections included)
 * @param noteExamples the first notes of each code
 * @param notices file-level warnings and information
 * @param missing the critical fields that are not mapped (blocking {@code sku} first, then the recommended ones)
 */
public record IngestionReport(
        String file,
        FileFormat format,
        String encoding,
        String delimiter,
        String sheet,
        List<String> sheets,
        long headerRow,
        List<String> preamble,
        List<String> headers,
        FileType fileType,
        Optional<DetectedProfile> profile,
        Optional<ColumnMapping> mapping,
        List<ColumnReport> columns,
        List<String> storesDetected,
        long rowsRead,
        long rowsRejected,
        long records,
        List<DataQualityNote> rejections,
        Map<DataQualityCode, Long> noteCounts,
        List<DataQualityNote> noteExamples,
        List<Notice> notices,
        List<String> missing) {

    public IngestionReport {
        requireNonNull(file, "file is null");
        requireNonNull(format, "format is null");
        requireNonNull(encoding, "encoding is null");
        requireNonNull(delimiter, "delimiter is null");
        requireNonNull(sheet, "sheet is null");
        sheets = List.copyOf(sheets);
        preamble = List.copyOf(preamble);
        headers = List.copyOf(headers);
        requireNonNull(fileType, "fileType is null");
        requireNonNull(profile, "profile is null");
        requireNonNull(mapping, "mapping is null");
        columns = List.copyOf(columns);
        storesDetected = List.copyOf(storesDetected);
        rejections = List.copyOf(rejections);
        noteCounts = Collections.unmodifiableMap(noteCounts.isEmpty() ? Map.of() : new EnumMap<>(noteCounts));
        noteExamples = List.copyOf(noteExamples);
        notices = List.copyOf(notices);
        missing = List.copyOf(missing);
    }

    /** The POS profile id, or {@code generic}. */
    public String pos() {
        return profile.map(detected -> detected.profile().id()).orElse("generic");
    }
}

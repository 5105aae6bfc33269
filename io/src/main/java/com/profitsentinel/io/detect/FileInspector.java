package com.profitsentinel.io.detect;

import static java.util.Objects.requireNonNull;

import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import com.profitsentinel.engine.finding.DataQualityCode;
import com.profitsentinel.io.table.Notice;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The content check of columns.md §2.5: decides how an uploaded file is read before any reader opens it.
 *
 * <ol>
 *   <li>The extension of the display name declares the type: {@code .csv}, {@code .tsv}, {@code .txt}, {@code .xlsx}
 *       or {@code .xls} (any case); anything else is {@code UNSUPPORTED_FILE_TYPE}.
 *   <li>A file above the size limit is {@code FILE_TOO_LARGE} (sizes in MB of 1,048,576 bytes, columns.md §3, §4); a
 *       file smaller than 8 bytes is {@code EMPTY_FILE}.
 *   <li>The bytes must match the declaration: a ZIP archive containing {@code xl/workbook.xml} for {@code .xlsx}, an
 *       OLE2 file with a {@code Workbook} stream for {@code .xls}, text for the others. A workbook declared as such but
 *       holding text is read as CSV, and text declared as such but holding a workbook is read as that workbook, each
 *       with the warning {@code EXTENSION_MISMATCH}; otherwise {@code INVALID_WORKBOOK} or {@code BINARY_CONTENT}. An
 *       OLE2 file with an {@code EncryptionInfo} stream (how a password-protected workbook is stored) is
 *       {@code ENCRYPTED_WORKBOOK}, and a BIFF5 or older workbook is {@code UNSUPPORTED_FILE_TYPE} (§2.4).
 * </ol>
 *
 * <p>Messages name the file by its display name only, never by its path.
 */
public final class FileInspector {
    /** Files smaller than this are empty (columns.md §2.5). */
    static final int MINIMUM_BYTES = 8;

    private static final BigDecimal BYTES_PER_MEGABYTE = BigDecimal.valueOf(1_048_576);

    private FileInspector() {}

    /**
     * Checks a file and tells how to read it.
     *
     * @param path where the bytes are
     * @param displayName the file name as the user knows it; its extension declares the type
     * @param maxBytes the size limit of the user's plan (columns.md §3)
     * @throws ProfitSentinelException {@code UNSUPPORTED_FILE_TYPE}, {@code FILE_TOO_LARGE}, {@code EMPTY_FILE},
     *     {@code INVALID_WORKBOOK}, {@code ENCRYPTED_WORKBOOK}, {@code BINARY_CONTENT}, {@code FILE_NOT_FOUND} or
     *     {@code FILE_NOT_READABLE}
     */
    public static InspectedFile inspect(Path path, String displayName, long maxBytes) {
        requireNonNull(path, "path is null");
        requireNonNull(displayName, "displayName is null");
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes <= 0: " + maxBytes);
        }
        String extension = extension(displayName);
        Optional<DeclaredType> declared = DeclaredType.ofExtension(extension);
        if (declared.isEmpty()) {
            throw unsupported(displayName);
        }
        long size = size(path, displayName);
        if (size > maxBytes) {
            throw new ProfitSentinelException(
                    ErrorCode.FILE_TOO_LARGE,
                    "The file \"" + displayName + "\" is " + megabytes(size, RoundingMode.CEILING)
                            + " MB; the limit for your plan is " + megabytes(maxBytes, RoundingMode.FLOOR) + " MB.");
        }
        if (size < MINIMUM_BYTES) {
            throw new ProfitSentinelException(
                    ErrorCode.EMPTY_FILE, "The file \"" + displayName + "\" is empty or has no data rows.");
        }
        byte[] head = new byte[ContentSniffer.HEAD_BYTES];
        int length = readHead(path, displayName, head);
        ContentKind content = ContentSniffer.sniff(path, head, length);
        FileFormat format = format(declared.get(), content, displayName);
        List<Notice> warnings = matches(declared.get(), format)
                ? List.of()
                : List.of(extensionMismatch(displayName, extension, format));
        return new InspectedFile(path, displayName, format, size, warnings);
    }

    /** The table of columns.md §2.5: the declared type against what the bytes show. */
    private static FileFormat format(DeclaredType declared, ContentKind content, String displayName) {
        return switch (declared) {
            case XLSX ->
                switch (content) {
                    case XLSX_PACKAGE -> FileFormat.XLSX;
                    case TEXT -> FileFormat.CSV;
                    case ENCRYPTED_PACKAGE -> throw encrypted(displayName);
                    case BINARY, OTHER_ZIP, XLS_WORKBOOK, OLD_XLS_WORKBOOK, OTHER_OLE2 ->
                        throw invalidWorkbook(displayName);
                };
            case XLS ->
                switch (content) {
                    case XLS_WORKBOOK -> FileFormat.XLS;
                    case TEXT -> FileFormat.CSV;
                    case ENCRYPTED_PACKAGE -> throw encrypted(displayName);
                    case OLD_XLS_WORKBOOK -> throw unsupported(displayName);
                    case BINARY, OTHER_ZIP, XLSX_PACKAGE, OTHER_OLE2 -> throw invalidWorkbook(displayName);
                };
            case TEXT ->
                switch (content) {
                    case TEXT -> FileFormat.CSV;
                    case XLSX_PACKAGE -> FileFormat.XLSX;
                    case XLS_WORKBOOK -> FileFormat.XLS;
                    case ENCRYPTED_PACKAGE -> throw encrypted(displayName);
                    case OLD_XLS_WORKBOOK -> throw unsupported(displayName);
                    case BINARY, OTHER_ZIP, OTHER_OLE2 ->
                        throw new ProfitSentinelException(
                                ErrorCode.BINARY_CONTENT,
                                "\"" + displayName
                                        + "\" does not look like a text (CSV) file. If it is a spreadsheet, save it"
                                        + " as .xlsx or .csv.");
                };
        };
    }

    private static boolean matches(DeclaredType declared, FileFormat format) {
        return switch (declared) {
            case TEXT -> format == FileFormat.CSV;
            case XLSX -> format == FileFormat.XLSX;
            case XLS -> format == FileFormat.XLS;
        };
    }

    private static Notice extensionMismatch(String displayName, String extension, FileFormat format) {
        String kind = description(format);
        return new Notice(
                DataQualityCode.EXTENSION_MISMATCH,
                "\"" + displayName + "\" has the extension " + extension + " but contains " + kind + "; it was read as "
                        + kind + ".");
    }

    private static String description(FileFormat format) {
        return switch (format) {
            case CSV -> "CSV text";
            case XLSX -> "an XLSX workbook";
            case XLS -> "an XLS workbook";
        };
    }

    /** The lower-case extension of a file name with its dot ({@code .csv}), or empty when it has none. */
    static String extension(String displayName) {
        int separator = Math.max(displayName.lastIndexOf('/'), displayName.lastIndexOf('\\'));
        int dot = displayName.lastIndexOf('.');
        if (dot <= separator + 1) {
            // no dot, or only a leading one (".csv" is a hidden file without extension)
            return "";
        }
        return displayName.substring(dot).toLowerCase(Locale.ROOT);
    }

    /** Bytes in MB with one decimal at most ({@code 10}, {@code 10.5}), rounded as asked. */
    static String megabytes(long bytes, RoundingMode rounding) {
        BigDecimal megabytes = BigDecimal.valueOf(bytes).divide(BYTES_PER_MEGABYTE, 1, rounding);
        return megabytes.stripTrailingZeros().toPlainString();
    }

    private static long size(Path path, String displayName) {
        try {
            return Files.size(path);
        } catch (NoSuchFileException e) {
            throw new ProfitSentinelException(
                    ErrorCode.FILE_NOT_FOUND, "The file \"" + displayName + "\" was not found.", e);
        } catch (IOException e) {
            throw unreadable(displayName, e);
        }
    }

    private static int readHead(Path path, String displayName, byte[] head) {
        try (InputStream input = Files.newInputStream(path)) {
            return input.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw unreadable(displayName, e);
        }
    }

    private static ProfitSentinelException unreadable(String displayName, IOException cause) {
        return new ProfitSentinelException(
                ErrorCode.FILE_NOT_READABLE, "The file \"" + displayName + "\" could not be read.", cause);
    }

    private static ProfitSentinelException unsupported(String displayName) {
        return new ProfitSentinelException(
                ErrorCode.UNSUPPORTED_FILE_TYPE,
                "\"" + displayName + "\" is not a supported file type. Upload CSV, TSV, TXT, XLSX or XLS.");
    }

    private static ProfitSentinelException invalidWorkbook(String displayName) {
        return new ProfitSentinelException(
                ErrorCode.INVALID_WORKBOOK, "\"" + displayName + "\" could not be read as an Excel workbook.");
    }

    private static ProfitSentinelException encrypted(String displayName) {
        return new ProfitSentinelException(
                ErrorCode.ENCRYPTED_WORKBOOK,
                "\"" + displayName + "\" is password-protected. Remove the password and upload it again.");
    }
}

package com.profitsentinel.io.xlsx;

import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The workbook errors of columns.md §4 with their exact messages; files are named by their display name only. */
final class WorkbookErrors {
    private WorkbookErrors() {}

    static ProfitSentinelException invalid(String displayName, Throwable cause) {
        return new ProfitSentinelException(ErrorCode.INVALID_WORKBOOK, invalidMessage(displayName), cause);
    }

    static ProfitSentinelException invalid(String displayName) {
        return new ProfitSentinelException(ErrorCode.INVALID_WORKBOOK, invalidMessage(displayName));
    }

    private static String invalidMessage(String displayName) {
        return "\"" + displayName + "\" could not be read as an Excel workbook.";
    }

    static ProfitSentinelException encrypted(String displayName) {
        return new ProfitSentinelException(
                ErrorCode.ENCRYPTED_WORKBOOK,
                "\"" + displayName + "\" is password-protected. Remove the password and upload it again.");
    }

    static ProfitSentinelException encrypted(String displayName, Throwable cause) {
        return new ProfitSentinelException(
                ErrorCode.ENCRYPTED_WORKBOOK,
                "\"" + displayName + "\" is password-protected. Remove the password and upload it again.",
                cause);
    }

    static ProfitSentinelException unsupported(String displayName, Throwable cause) {
        return new ProfitSentinelException(ErrorCode.UNSUPPORTED_FILE_TYPE, unsupportedMessage(displayName), cause);
    }

    static ProfitSentinelException unsupported(String displayName) {
        return new ProfitSentinelException(ErrorCode.UNSUPPORTED_FILE_TYPE, unsupportedMessage(displayName));
    }

    private static String unsupportedMessage(String displayName) {
        return "\"" + displayName + "\" is not a supported file type. Upload CSV, TSV, TXT, XLSX or XLS.";
    }

    /** {@code SHEET_NOT_FOUND}; the sheets are listed in workbook order, each in quotes. */
    static ProfitSentinelException sheetNotFound(String displayName, String sheet, List<String> sheetNames) {
        String list = sheetNames.stream().map(name -> "\"" + name + "\"").collect(Collectors.joining(", "));
        return new ProfitSentinelException(
                ErrorCode.SHEET_NOT_FOUND,
                "The workbook \"" + displayName + "\" has no sheet named \"" + sheet + "\". Sheets: " + list + ".",
                Map.of("sheet", sheet, "sheets", List.copyOf(sheetNames)));
    }

    static ProfitSentinelException unreadable(String displayName, Throwable cause) {
        return new ProfitSentinelException(
                ErrorCode.FILE_NOT_READABLE, "The file \"" + displayName + "\" could not be read.", cause);
    }
}

package com.profitsentinel.server.uploads;

import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Upload names (api.md §4.1): the basename only, at most 255 characters, an allowed extension, a safe form. */
public final class FileNames {
    public static final List<String> ALLOWED_EXTENSIONS = List.of(".csv", ".tsv", ".txt", ".xlsx", ".xls");
    public static final int MAX_FILES = 5;
    private static final int MAX_LENGTH = 255;

    private FileNames() {}

    /** The basename of a client's file name (no directories, whichever separator the client used). */
    public static String basename(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1).strip();
    }

    /** Checks a client's file name and returns its basename. */
    public static String check(String name) {
        String basename = basename(name);
        if (basename.isEmpty()) {
            throw new ProfitSentinelException(ErrorCode.BAD_REQUEST, "A file name is required.");
        }
        if (basename.length() > MAX_LENGTH) {
            throw new ProfitSentinelException(
                    ErrorCode.FILENAME_TOO_LONG,
                    "The file name is " + basename.length() + " characters long; at most " + MAX_LENGTH
                            + " are allowed.",
                    Map.of("filename", basename.substring(0, 50) + "…"));
        }
        String lower = basename.toLowerCase(Locale.ROOT);
        if (ALLOWED_EXTENSIONS.stream().noneMatch(lower::endsWith)) {
            throw new ProfitSentinelException(
                    ErrorCode.UNSUPPORTED_FILE_TYPE,
                    "\"" + basename + "\" is not a supported file type. Upload a CSV, TSV, TXT, XLSX or XLS export.",
                    Map.of("filename", basename));
        }
        return basename;
    }

    /** Every character outside {@code [A-Za-z0-9_\-. ()]} replaced with {@code _}. */
    public static String safe(String basename) {
        StringBuilder safe = new StringBuilder(basename.length());
        for (int index = 0; index < basename.length(); index++) {
            char character = basename.charAt(index);
            boolean allowed = (character >= 'A' && character <= 'Z')
                    || (character >= 'a' && character <= 'z')
                    || (character >= '0' && character <= '9')
                    || "_-. ()".indexOf(character) >= 0;
            safe.append(allowed ? character : '_');
        }
        return safe.toString();
    }

    /** Refuses more than five files, or none (the messages of columns.md §4). */
    public static void checkCount(int count) {
        if (count == 0) {
            throw new ProfitSentinelException(ErrorCode.BAD_REQUEST, "At least one file is required.");
        }
        if (count > MAX_FILES) {
            throw new ProfitSentinelException(
                    ErrorCode.TOO_MANY_FILES,
                    "Too many files: " + count + ". At most " + MAX_FILES + " files can be analysed together.",
                    Map.of("files", count, "max_files", MAX_FILES));
        }
    }
}

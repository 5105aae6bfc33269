package com.profitsentinel.io.detect;

/** The format a file is read as, whatever its extension says (columns.md §2.5). */
public enum FileFormat {
    /** Delimited text: CSV, TSV, pipe or semicolon (columns.md §2.1). */
    CSV("csv"),
    /** An Office Open XML workbook (columns.md §2.3). */
    XLSX("xlsx"),
    /** A legacy Excel 97–2003 BIFF8 workbook (columns.md §2.4). */
    XLS("xls");

    private final String code;

    FileFormat(String code) {
        this.code = code;
    }

    /** The lower-case name used in JSON and on the command line: {@code csv}, {@code xlsx} or {@code xls}. */
    public String code() {
        return code;
    }
}

package com.profitsentinel.io.detect;

/** What a file's bytes show (columns.md §2.5, second column of the table). */
enum ContentKind {
    /** Text by the control-character rule. */
    TEXT,
    /** Neither text nor a container we know. */
    BINARY,
    /** A ZIP archive containing {@code xl/workbook.xml}. */
    XLSX_PACKAGE,
    /** A ZIP archive that is not a workbook, or a damaged one. */
    OTHER_ZIP,
    /** An OLE2 file with a {@code Workbook} stream (BIFF8). */
    XLS_WORKBOOK,
    /** An OLE2 file with only a {@code Book} stream (BIFF5, Excel 5.0/95, or older). */
    OLD_XLS_WORKBOOK,
    /** An OLE2 file with an {@code EncryptionInfo} stream: a password-protected workbook. */
    ENCRYPTED_PACKAGE,
    /** An OLE2 file without a workbook stream (a Word document, say), or a damaged one. */
    OTHER_OLE2
}

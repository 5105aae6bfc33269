package com.profitsentinel.io.table;

import java.util.List;

/**
 * Reads a table row by row with bounded memory. Blank rows are skipped by the reader. Implementations: the CSV reader
 * and the XLSX and XLS workbook readers. I/O failures surface as
 * {@link com.profitsentinel.engine.error.ProfitSentinelException} naming the file.
 */
public interface TableReader extends AutoCloseable {
    /** Moves to the next non-blank row; false at the end of the table. */
    boolean next();

    /** The current row; valid until the next call to {@link #next()}. */
    RowView row();

    /** All sheet names of a workbook in order (empty for text files), so a user can choose one. */
    List<String> sheetNames();

    /** The sheet being read, or empty for text files. */
    String sheetName();

    @Override
    void close();
}

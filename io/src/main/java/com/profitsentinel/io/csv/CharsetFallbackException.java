package com.profitsentinel.io.csv;

/**
 * Thrown by {@link CsvTableReader#next()} when a file read as UTF-8 turns out to contain an invalid UTF-8 sequence.
 * columns.md §2.2 says the read then restarts as Windows-1252 (or ISO-8859-1 when the file holds bytes undefined in
 * Windows-1252); the caller discards what it read and starts again with {@link CsvTableReader#fallbackCharset}.
 */
public final class CharsetFallbackException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CharsetFallbackException() {
        super("the file is not valid UTF-8", null, false, false);
    }
}

package com.profitsentinel.io.ingest;

/** Told how far reading a file has come, every 65,536 rows and at the end. */
@FunctionalInterface
public interface ProgressListener {
    /** A listener that ignores progress. */
    ProgressListener NONE = (rows, fraction) -> {};

    /**
     * @param rows data rows read so far
     * @param fraction the share of the file read (0–1), or -1 when it cannot be told (workbooks)
     */
    void progress(long rows, double fraction);
}

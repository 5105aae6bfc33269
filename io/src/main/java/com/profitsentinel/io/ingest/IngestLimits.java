package com.profitsentinel.io.ingest;

/**
 * The limits of one file (columns.md §3, engine.md §3.3).
 *
 * @param maxBytes largest accepted file
 * @param maxRows most data rows accepted; the read stops at the first row beyond
 * @param maxRejectedShare most rejected rows as a share of the data rows (0.05 = 5 %)
 * @param maxRejectedRows most rejected rows
 * @param maxThreads most threads reading the file; 0 for one per processor (at most 8, or the system property
 *     {@code sentinel.threads}). A server running several analyses at once gives 1: parallel reading pays only on an
 *     idle machine
 */
public record IngestLimits(long maxBytes, long maxRows, double maxRejectedShare, long maxRejectedRows, int maxThreads) {
    /** The CLI's defaults: the server's hard maximum of 200 MB, 500,000 rows, 5 % or 10,000 rejected rows. */
    public static final IngestLimits DEFAULTS = new IngestLimits(200L * 1024 * 1024, 500_000, 0.05, 10_000, 0);

    /** No size or row limit (the Spark runner, benchmarks); the error budget still applies. */
    public static final IngestLimits UNLIMITED = new IngestLimits(Long.MAX_VALUE, Long.MAX_VALUE, 0.05, 10_000, 0);

    public IngestLimits {
        if (maxBytes < 1 || maxRows < 1 || maxRejectedRows < 0 || maxThreads < 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        if (!(maxRejectedShare >= 0 && maxRejectedShare <= 1)) {
            throw new IllegalArgumentException("maxRejectedShare must be within 0..1: " + maxRejectedShare);
        }
    }

    public IngestLimits withMaxRows(long rows) {
        return new IngestLimits(maxBytes, rows, maxRejectedShare, maxRejectedRows, maxThreads);
    }

    public IngestLimits withMaxBytes(long bytes) {
        return new IngestLimits(bytes, maxRows, maxRejectedShare, maxRejectedRows, maxThreads);
    }

    public IngestLimits withErrorBudget(double share, long rows) {
        return new IngestLimits(maxBytes, maxRows, share, rows, maxThreads);
    }

    /** At most {@code threads} reading threads (0: one per processor). */
    public IngestLimits withMaxThreads(int threads) {
        return new IngestLimits(maxBytes, maxRows, maxRejectedShare, maxRejectedRows, threads);
    }
}

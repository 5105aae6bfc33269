package com.profitsentinel.cli;

import com.profitsentinel.io.ingest.ProgressListener;
import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar on standard error for large files read at a terminal. The launcher says whether standard
 * error is a terminal ({@code -Dsentinel.tty=true}); when it is not (piped, redirected, tests), nothing is printed.
 */
final class ProgressBar implements ProgressListener {
    /** Files smaller than this finish too fast for a bar to help. */
    static final long LARGE_FILE_BYTES = 20L * 1024 * 1024;

    private static final int WIDTH = 30;

    private final PrintStream err;
    private final String name;
    private boolean drawn;

    private ProgressBar(PrintStream err, String name) {
        this.err = err;
        this.name = name;
    }

    /** A bar when standard error is a terminal and the file is large, else a listener that does nothing. */
    static ProgressListener forFile(PrintStream err, String name, long sizeBytes) {
        boolean terminal = Boolean.getBoolean("sentinel.tty");
        return terminal && sizeBytes >= LARGE_FILE_BYTES ? new ProgressBar(err, name) : ProgressListener.NONE;
    }

    @Override
    public void progress(long rows, double fraction) {
        StringBuilder line = new StringBuilder("\r").append(name).append(' ');
        if (fraction >= 0) {
            int filled = (int) Math.round(Math.min(1, fraction) * WIDTH);
            line.append('[')
                    .append("#".repeat(filled))
                    .append(" ".repeat(WIDTH - filled))
                    .append("] ");
            line.append(String.format(Locale.ROOT, "%3.0f%% ", fraction * 100));
        }
        line.append(String.format(Locale.ROOT, "%,d rows", rows));
        err.print(line);
        drawn = true;
        if (fraction >= 1) {
            finish();
        }
    }

    /** Ends the bar's line. */
    void finish() {
        if (drawn) {
            err.print("\r\033[K");
            err.flush();
            drawn = false;
        }
    }
}

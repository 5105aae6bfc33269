package com.profitsentinel.cli;

import com.profitsentinel.engine.error.ErrorCode;

/**
 * Exit codes of the command line (operations.md §18): 0 success, 1 internal error, 2 bad input or usage, 3 a required
 * service unavailable, 78 configuration error. Every error code maps here and nowhere else.
 */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int INTERNAL = 1;
    public static final int BAD_INPUT = 2;
    public static final int UNAVAILABLE = 3;
    public static final int CONFIGURATION = 78;

    private ExitCodes() {}

    /** The exit code for an error. */
    public static int of(ErrorCode code) {
        return switch (code.kind()) {
            case BAD_INPUT, LIMIT, ACCESS, NOT_FOUND, CONFLICT -> BAD_INPUT;
            case UNAVAILABLE -> UNAVAILABLE;
            case CONFIGURATION -> CONFIGURATION;
            case INTERNAL -> INTERNAL;
        };
    }
}

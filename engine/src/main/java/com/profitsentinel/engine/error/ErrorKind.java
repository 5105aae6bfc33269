package com.profitsentinel.engine.error;

/**
 * The broad class of an {@link ErrorCode}. The CLI maps kinds to exit codes and the HTTP layer maps codes to statuses,
 * each in one place.
 */
public enum ErrorKind {
    /** The caller's input (a file, a mapping, an argument) cannot be used as given. */
    BAD_INPUT,
    /** The caller is not who they must be, or may not do this. */
    ACCESS,
    /** The thing asked for does not exist (for this caller). */
    NOT_FOUND,
    /** The request conflicts with the current state. */
    CONFLICT,
    /** A size, rate or quota limit was reached. */
    LIMIT,
    /** A service the operation needs is not available right now. */
    UNAVAILABLE,
    /** The configuration is invalid. */
    CONFIGURATION,
    /** A defect or an unexpected failure on our side. */
    INTERNAL
}

package com.profitsentinel.engine.error;

/**
 * Every error code of the product (spec: api.md §2.1, columns.md §4, engine.md §3.3). Codes are stable: clients match
 * on them, metrics count them. Add new codes in the group they belong to; never rename one.
 */
public enum ErrorCode {
    // request and file errors
    BAD_REQUEST(ErrorKind.BAD_INPUT),
    USAGE(ErrorKind.BAD_INPUT),
    FILE_NOT_FOUND(ErrorKind.BAD_INPUT),
    FILE_NOT_READABLE(ErrorKind.BAD_INPUT),
    TOO_MANY_FILES(ErrorKind.BAD_INPUT),
    UNSUPPORTED_FILE_TYPE(ErrorKind.BAD_INPUT),
    EMPTY_FILE(ErrorKind.BAD_INPUT),
    BINARY_CONTENT(ErrorKind.BAD_INPUT),
    INVALID_WORKBOOK(ErrorKind.BAD_INPUT),
    ENCRYPTED_WORKBOOK(ErrorKind.BAD_INPUT),
    SHEET_NOT_FOUND(ErrorKind.BAD_INPUT),
    NOT_TABULAR(ErrorKind.BAD_INPUT),
    NO_HEADER_ROW(ErrorKind.BAD_INPUT),
    TOO_MANY_COLUMNS(ErrorKind.BAD_INPUT),
    NOT_AN_INVENTORY_FILE(ErrorKind.BAD_INPUT),
    NO_INVENTORY_FILE(ErrorKind.BAD_INPUT),
    FILENAME_TOO_LONG(ErrorKind.BAD_INPUT),

    // mapping errors
    NO_SKU_COLUMN(ErrorKind.BAD_INPUT),
    UNKNOWN_COLUMN(ErrorKind.BAD_INPUT),
    UNKNOWN_FIELD(ErrorKind.BAD_INPUT),
    DUPLICATE_TARGET(ErrorKind.BAD_INPUT),
    INVALID_MAPPING(ErrorKind.BAD_INPUT),
    MAPPING_INVALID_JSON(ErrorKind.BAD_INPUT),
    UNKNOWN_POS_PROFILE(ErrorKind.BAD_INPUT),

    // analysis input errors
    INVALID_PARAMETER(ErrorKind.BAD_INPUT),
    VALIDATION_FAILED(ErrorKind.BAD_INPUT),
    /** The same {@code Idempotency-Key} with a different request. */
    IDEMPOTENCY_KEY_REUSED(ErrorKind.BAD_INPUT),
    ERROR_BUDGET_EXCEEDED(ErrorKind.BAD_INPUT),
    PARSE_TIMEOUT(ErrorKind.BAD_INPUT),

    // limits
    FILE_TOO_LARGE(ErrorKind.LIMIT),
    TOO_MANY_ROWS(ErrorKind.LIMIT),
    RATE_LIMITED(ErrorKind.LIMIT),
    /** Too many failed sign-ins for an account from one address. */
    LOGIN_THROTTLED(ErrorKind.LIMIT),
    QUOTA_EXCEEDED(ErrorKind.LIMIT),
    CONCURRENCY_LIMIT(ErrorKind.LIMIT),

    // HTTP requests (api.md §2.1)
    METHOD_NOT_ALLOWED(ErrorKind.BAD_INPUT),
    UNSUPPORTED_MEDIA_TYPE(ErrorKind.BAD_INPUT),

    // access
    AUTH_REQUIRED(ErrorKind.ACCESS),
    /** A sign-in with an unknown e-mail or a wrong password (the answer never says which). */
    INVALID_CREDENTIALS(ErrorKind.ACCESS),
    /** A state-changing request signed in with the cookie lacks its CSRF token. */
    CSRF_FAILED(ErrorKind.ACCESS),
    TOKEN_INVALID(ErrorKind.ACCESS),
    TOKEN_EXPIRED(ErrorKind.ACCESS),
    API_KEY_INVALID(ErrorKind.ACCESS),
    API_KEY_REVOKED(ErrorKind.ACCESS),
    API_KEY_EXPIRED(ErrorKind.ACCESS),
    SCOPE_MISSING(ErrorKind.ACCESS),
    FORBIDDEN(ErrorKind.ACCESS),
    DEV_MODE_REMOTE_DENIED(ErrorKind.ACCESS),
    TIER_REQUIRED(ErrorKind.ACCESS),

    // lookups
    NOT_FOUND(ErrorKind.NOT_FOUND),
    NO_DATA(ErrorKind.NOT_FOUND),
    UPLOAD_NOT_FOUND(ErrorKind.NOT_FOUND),
    UPLOAD_EXPIRED(ErrorKind.NOT_FOUND),

    // conflicts
    CONFLICT(ErrorKind.CONFLICT),
    /** {@code If-Match} names another version than the current one. */
    PRECONDITION_FAILED(ErrorKind.CONFLICT),
    /** A change that must say which version it replaces ({@code If-Match}) did not. */
    PRECONDITION_REQUIRED(ErrorKind.CONFLICT),

    // services
    STORAGE_FULL(ErrorKind.UNAVAILABLE),
    DATABASE_UNAVAILABLE(ErrorKind.UNAVAILABLE),
    ENGINE_UNAVAILABLE(ErrorKind.UNAVAILABLE),
    SERVICE_STARTING(ErrorKind.UNAVAILABLE),

    // configuration
    INVALID_CONFIGURATION(ErrorKind.CONFIGURATION),

    // ours
    INTERNAL_ERROR(ErrorKind.INTERNAL),
    ENGINE_FAILED(ErrorKind.INTERNAL),
    ANALYSIS_TIMEOUT(ErrorKind.INTERNAL);

    private final ErrorKind kind;

    ErrorCode(ErrorKind kind) {
        this.kind = kind;
    }

    public ErrorKind kind() {
        return kind;
    }
}

package com.profitsentinel.server.http;

import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one place where error codes become HTTP answers (api.md §2): the status of every {@link ErrorCode} and the RFC 9457
 * problem document with the {@code code, message, details} members clients of the reference implementation read.
 */
public final class Problems {
    /** The media type of every error body. */
    public static final String MEDIA_TYPE = "application/problem+json";

    private static final String REFERENCE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private Problems() {}

    /** A new 8-character support reference (api.md §2): no 0/O or 1/I to misread. */
    public static String newReference() {
        StringBuilder reference = new StringBuilder(8);
        for (int index = 0; index < 8; index++) {
            reference.append(REFERENCE_ALPHABET.charAt(RANDOM.nextInt(REFERENCE_ALPHABET.length())));
        }
        return reference.toString();
    }

    /** The HTTP status of an error code (api.md §2.1). */
    public static int status(ErrorCode code) {
        return switch (code) {
            case BAD_REQUEST,
                    USAGE,
                    FILE_NOT_FOUND,
                    FILE_NOT_READABLE,
                    TOO_MANY_FILES,
                    UNSUPPORTED_FILE_TYPE,
                    EMPTY_FILE,
                    BINARY_CONTENT,
                    INVALID_WORKBOOK,
                    ENCRYPTED_WORKBOOK,
                    SHEET_NOT_FOUND,
                    NOT_TABULAR,
                    NO_HEADER_ROW,
                    TOO_MANY_COLUMNS,
                    NOT_AN_INVENTORY_FILE,
                    NO_INVENTORY_FILE,
                    FILENAME_TOO_LONG,
                    NO_SKU_COLUMN,
                    UNKNOWN_COLUMN,
                    UNKNOWN_FIELD,
                    DUPLICATE_TARGET,
                    INVALID_MAPPING,
                    UNKNOWN_POS_PROFILE,
                    INVALID_PARAMETER -> 400;
            case AUTH_REQUIRED,
                    INVALID_CREDENTIALS,
                    TOKEN_INVALID,
                    TOKEN_EXPIRED,
                    API_KEY_INVALID,
                    API_KEY_REVOKED,
                    API_KEY_EXPIRED -> 401;
            case FORBIDDEN, CSRF_FAILED, DEV_MODE_REMOTE_DENIED, TIER_REQUIRED, SCOPE_MISSING -> 403;
            case NOT_FOUND, NO_DATA, UPLOAD_NOT_FOUND -> 404;
            case METHOD_NOT_ALLOWED -> 405;
            case CONFLICT -> 409;
            case PRECONDITION_FAILED -> 412;
            case PRECONDITION_REQUIRED -> 428;
            case UPLOAD_EXPIRED -> 410;
            case FILE_TOO_LARGE, TOO_MANY_ROWS -> 413;
            case UNSUPPORTED_MEDIA_TYPE -> 415;
            case RATE_LIMITED, QUOTA_EXCEEDED, CONCURRENCY_LIMIT, LOGIN_THROTTLED -> 429;
            case VALIDATION_FAILED,
                    IDEMPOTENCY_KEY_REUSED,
                    MAPPING_INVALID_JSON,
                    ERROR_BUDGET_EXCEEDED,
                    PARSE_TIMEOUT -> 422;
            case INTERNAL_ERROR, ENGINE_FAILED, ANALYSIS_TIMEOUT, INVALID_CONFIGURATION -> 500;
            case DATABASE_UNAVAILABLE, ENGINE_UNAVAILABLE, SERVICE_STARTING -> 503;
            case STORAGE_FULL -> 507;
        };
    }

    /**
     * The problem document for an error.
     *
     * @param instance the request path
     * @param requestId the request's id
     * @param reference the 8-character support reference of a 5xx answer, empty otherwise
     */
    public static Map<String, Object> body(
            ProfitSentinelException error, String instance, String requestId, String reference) {
        int status = status(error.code());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(
                "type",
                "/problems/" + error.code().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        body.put("title", title(status));
        body.put("status", status);
        body.put("code", error.code().name());
        String message = reference.isEmpty() ? error.getMessage() : error.getMessage() + " (ref: " + reference + ")";
        body.put("detail", message);
        body.put("message", message);
        body.put("details", error.details());
        body.put("instance", instance);
        body.put("request_id", requestId);
        Object fieldErrors = error.details().get("errors");
        body.put("errors", fieldErrors instanceof List<?> list ? list : List.of());
        // the optional members of a limit (api.md §2): copied from the details where the limiter put them
        for (String member : java.util.List.of("retry_after_seconds", "upgrade_url")) {
            Object value = error.details().get(member);
            if (value != null) {
                body.put(member, value);
            }
        }
        if (!reference.isEmpty()) {
            body.put("reference", reference);
        }
        return body;
    }

    /**
     * The error as clients may see it: a database failure's text comes from the driver (SQL states, pool names, hosts)
     * and is replaced by a plain sentence; the original goes to the log with the support reference.
     */
    public static ProfitSentinelException forClients(ProfitSentinelException error) {
        if (error.code() == ErrorCode.DATABASE_UNAVAILABLE) {
            return new ProfitSentinelException(
                    ErrorCode.DATABASE_UNAVAILABLE,
                    "The database is temporarily unavailable. Please try again in a minute.");
        }
        return error;
    }

    /** The reason phrase of a status. */
    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 409 -> "Conflict";
            case 410 -> "Gone";
            case 412 -> "Precondition Failed";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 428 -> "Precondition Required";
            case 429 -> "Too Many Requests";
            case 503 -> "Service Unavailable";
            case 507 -> "Insufficient Storage";
            default -> "Internal Server Error";
        };
    }
}

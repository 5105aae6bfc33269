package com.profitsentinel.engine.error;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * The one unchecked exception of the product: an {@link ErrorCode}, a message meant for the user (it names the file,
 * row, column and value where it can) and structured details (rows, columns, counts) for machine readers.
 */
public final class ProfitSentinelException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final transient Map<String, Object> details;

    public ProfitSentinelException(ErrorCode code, String message) {
        this(code, message, Map.of());
    }

    public ProfitSentinelException(ErrorCode code, String message, Map<String, Object> details) {
        super(requireNonNull(message, "message is null"));
        this.code = requireNonNull(code, "code is null");
        this.details = Map.copyOf(requireNonNull(details, "details is null"));
    }

    public ProfitSentinelException(ErrorCode code, String message, Throwable cause) {
        super(requireNonNull(message, "message is null"), cause);
        this.code = requireNonNull(code, "code is null");
        this.details = Map.of();
    }

    public ProfitSentinelException(ErrorCode code, String message, Map<String, Object> details, Throwable cause) {
        super(requireNonNull(message, "message is null"), cause);
        this.code = requireNonNull(code, "code is null");
        this.details = Map.copyOf(requireNonNull(details, "details is null"));
    }

    public ErrorCode code() {
        return code;
    }

    /** Structured specifics; an immutable map, empty when there are none. */
    public Map<String, Object> details() {
        return details;
    }
}

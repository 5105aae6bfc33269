package com.profitsentinel.server.http;

import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Reading requests and writing JSON answers the same way in every route. */
public final class Responses {
    private Responses() {}

    /** Answers {@code status} with a JSON document. */
    public static void json(Context context, int status, Object document) {
        context.status(status).contentType("application/json").result(Json.bytes(document));
    }

    /** Answers with JSON bytes already written. */
    public static void jsonBytes(Context context, int status, byte[] document) {
        context.status(status).contentType("application/json").result(document);
    }

    /** A form field, stripped; empty when absent or blank. */
    public static Optional<String> form(Context context, String name) {
        @Nullable String value = context.formParam(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /** Every value of a repeated form field. */
    public static List<String> formAll(Context context, String name) {
        return context.formParams(name);
    }

    /** A query parameter, stripped; empty when absent or blank. */
    public static Optional<String> query(Context context, String name) {
        @Nullable String value = context.queryParam(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /** A whole-number query parameter within bounds, else 422 naming the parameter. */
    public static int queryInt(Context context, String name, int fallback, int minimum, int maximum) {
        Optional<String> text = query(context, name);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.get());
            if (value >= minimum && value <= maximum) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalidField(
                name,
                "out_of_range",
                name + " must be a whole number within " + minimum + ".." + maximum + ", not \"" + text.get() + "\".");
    }

    /** 422 {@code VALIDATION_FAILED} with one field error. */
    public static ProfitSentinelException invalidField(String field, String code, String message) {
        return new ProfitSentinelException(
                ErrorCode.VALIDATION_FAILED,
                message,
                Map.of("errors", List.of(Map.of("field", field, "code", code, "message", message))));
    }

    /** A page of a list (api.md §1.4): {@code items, page, page_size, total, total_pages}. */
    public static Map<String, Object> page(com.profitsentinel.app.history.Page<?> page, List<?> items) {
        Map<String, Object> answer = new java.util.LinkedHashMap<>();
        answer.put("items", items);
        answer.put("page", page.page());
        answer.put("page_size", page.pageSize());
        answer.put("total", page.total());
        answer.put("total_pages", page.totalPages());
        return answer;
    }

    private static final java.time.format.DateTimeFormatter TIMESTAMP = java.time.format.DateTimeFormatter.ofPattern(
                    "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(java.time.ZoneOffset.UTC);

    /** An instant as api.md §1.2 writes them: UTC with milliseconds and {@code Z}. */
    public static String timestamp(java.time.Instant instant) {
        return TIMESTAMP.format(instant);
    }

    /** The path parameter, never blank. */
    public static String path(Context context, String name) {
        return context.pathParam(name);
    }
}

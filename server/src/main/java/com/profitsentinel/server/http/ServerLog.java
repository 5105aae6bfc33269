package com.profitsentinel.server.http;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The server's log (operations.md §15): one line per event, as readable text (dev mode) or one JSON object per line
 * ({@code logging.format=json}, the production default) with {@code ts, level, logger, msg, event} and the event's
 * fields. Never file contents, secrets or full addresses: callers pass ids, routes and codes only.
 */
public final class ServerLog {
    /** How lines are written. */
    public enum Format {
        TEXT,
        JSON
    }

    private final PrintStream out;
    private final Format format;
    private final Clock clock;

    public ServerLog(PrintStream out, Format format, Clock clock) {
        this.out = out;
        this.format = format;
        this.clock = clock;
    }

    /** One access line per request. */
    public void access(
            String method, String path, String route, int status, double millis, String requestId, String timing) {
        switch (format) {
            case TEXT ->
                out.printf(
                        Locale.ROOT,
                        "%s %s %d %.1f ms request_id=%s%s%n",
                        method,
                        path,
                        status,
                        millis,
                        requestId,
                        timing.isEmpty() ? "" : " timing=\"" + timing + "\"");
            case JSON -> {
                Map<String, Object> fields = new LinkedHashMap<>();
                fields.put("request_id", requestId);
                fields.put("method", method);
                fields.put("route", route);
                fields.put("status", status);
                fields.put("duration_ms", Math.round(millis * 10) / 10.0);
                if (!timing.isEmpty()) {
                    fields.put("server_timing", timing);
                }
                json("INFO", "http.access", method + " " + route + " " + status, fields);
            }
        }
    }

    /** An error the user sees as a 5xx with {@code reference}; the stack trace goes here only. */
    public void error(String code, String reference, String requestId, String message, @Nullable Throwable cause) {
        switch (format) {
            case TEXT -> {
                out.println("ERROR " + code + " ref=" + reference + " request_id=" + requestId + ": " + message);
                if (cause != null) {
                    cause.printStackTrace(out);
                }
            }
            case JSON -> {
                Map<String, Object> fields = new LinkedHashMap<>();
                fields.put("request_id", requestId);
                fields.put("error.type", code);
                fields.put("error.ref", reference);
                if (cause != null) {
                    StringWriter trace = new StringWriter();
                    cause.printStackTrace(new PrintWriter(trace));
                    fields.put("error.stack", trace.toString());
                }
                json("ERROR", "http.error", message, fields);
            }
        }
    }

    /** Something the server did on its own (a sweep, a scheduled job). */
    public void info(String event, String message) {
        switch (format) {
            case TEXT -> out.println(event + " " + message);
            case JSON -> json("INFO", event, message, Map.of());
        }
    }

    private void json(String level, String event, String message, Map<String, Object> fields) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("ts", clock.instant().truncatedTo(ChronoUnit.MILLIS).toString());
        line.put("level", level);
        line.put("logger", "profit-sentinel");
        line.put("msg", message);
        line.put("event", event);
        line.putAll(fields);
        out.println(Json.text(line));
    }
}

package com.profitsentinel.server.http;

import io.javalin.http.Context;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * CORS (api.md §1.6): headers only for the origins in {@code server.cors.allowed_origins} (none by default: same-origin
 * only); credentials allowed only for those listed origins, never with a wildcard.
 */
public final class Cors {
    static final String METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS";
    static final String HEADERS =
            "Authorization, Content-Type, X-Request-ID, X-CSRF-Token, Idempotency-Key, If-Match, X-API-Key";

    private final List<String> origins;

    public Cors(List<String> origins) {
        this.origins = List.copyOf(origins);
    }

    /** Adds the CORS headers when the request comes from an allowed origin; true when it does. */
    public boolean apply(Context context) {
        @Nullable String origin = context.header("Origin");
        if (origin == null || !origins.contains(origin)) {
            return false;
        }
        context.header("Access-Control-Allow-Origin", origin);
        context.header("Access-Control-Allow-Credentials", "true");
        context.header("Vary", "Origin");
        return true;
    }

    /** Answers a preflight: 204 with the allowed methods and headers for an allowed origin, else 403. */
    public void preflight(Context context) {
        if (apply(context)) {
            context.header("Access-Control-Allow-Methods", METHODS);
            context.header("Access-Control-Allow-Headers", HEADERS);
            context.header("Access-Control-Max-Age", "600");
            context.status(204);
        } else {
            context.status(403);
        }
    }
}

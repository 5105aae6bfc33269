package com.profitsentinel.server.metrics;

import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import com.profitsentinel.server.http.Addresses;
import com.profitsentinel.server.http.Route;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** {@code GET /metrics} for loopback callers, or anyone presenting {@code Authorization: Bearer <metrics.token>}. */
public final class MetricsRoutes {
    private final Metrics metrics;
    private final String token;

    public MetricsRoutes(Metrics metrics, String token) {
        this.metrics = metrics;
        this.token = token;
    }

    public List<Route> routes() {
        return List.of(new Route(
                "GET",
                "/metrics",
                "getMetrics",
                "Prometheus metrics (text format 0.0.4)",
                "infrastructure",
                "loopback callers, or Authorization: Bearer <metrics.token>",
                Route.Body.NONE,
                200,
                Optional.of("Metrics"),
                List.of(403),
                this::scrape));
    }

    private void scrape(Context context) {
        if (!allowed(context.req().getRemoteAddr(), context.header("Authorization"))) {
            throw new ProfitSentinelException(
                    ErrorCode.FORBIDDEN, "Metrics are served to this machine or with the metrics token only.");
        }
        context.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
    }

    boolean allowed(String peer, @Nullable String authorization) {
        if (Addresses.isLoopback(peer)) {
            return true;
        }
        if (token.isEmpty() || authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        return MessageDigest.isEqual(
                authorization.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }
}

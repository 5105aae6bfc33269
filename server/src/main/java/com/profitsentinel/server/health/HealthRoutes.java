package com.profitsentinel.server.health;

import com.profitsentinel.engine.analysis.Engine;
import com.profitsentinel.engine.rules.Engines;
import com.profitsentinel.server.ServerSettings;
import com.profitsentinel.server.Services;
import com.profitsentinel.server.http.Addresses;
import com.profitsentinel.server.http.Responses;
import com.profitsentinel.server.http.Route;
import com.profitsentinel.server.uploads.UploadStorage;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /health/shallow} (liveness: never touches the database) and {@code /health} (readiness: database, storage,
 * engines; 503 when down), operations.md §13. Loopback callers get the details; nobody gets exception text.
 */
public final class HealthRoutes {
    /** Below this much free disk the server is down (operations.md §16 {@code storage.critical_free_mb}). */
    static final long CRITICAL_FREE_BYTES = 256L << 20;
    /** Below this much free disk the server is degraded ({@code storage.warning_free_mb}). */
    static final long WARNING_FREE_BYTES = 2048L << 20;

    private final Services services;
    private final UploadStorage storage;
    private final ServerSettings settings;
    private final String version;
    private final Instant startedAt;
    private final Clock clock;

    public HealthRoutes(
            Services services, UploadStorage storage, ServerSettings settings, String version, Clock clock) {
        this.services = services;
        this.storage = storage;
        this.settings = settings;
        this.version = version;
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    public List<Route> routes() {
        return List.of(
                Route.get(
                        "/health/shallow",
                        "getLiveness",
                        "Liveness: 200 whenever HTTP is served; never touches the database",
                        "infrastructure",
                        "public",
                        "Status",
                        List.of(),
                        context -> Responses.json(context, 200, Map.of("status", "ok"))),
                Route.get(
                        "/health",
                        "getReadiness",
                        "Readiness: database, storage, engines (503 when down; details for loopback callers)",
                        "infrastructure",
                        "public",
                        "Health",
                        List.of(503),
                        this::health));
    }

    private void health(Context context) {
        boolean details = Addresses.isLoopback(context.req().getRemoteAddr());
        Map<String, Object> components = new LinkedHashMap<>();
        long started = System.nanoTime();
        boolean databaseUp = services.databaseUp().getAsBoolean();
        Map<String, Object> database = component(databaseUp ? "ok" : "down");
        if (details) {
            database.put("kind", services.databaseKind());
            database.put(
                    "latency_ms", Duration.ofNanos(System.nanoTime() - started).toMillis());
        }
        components.put("database", database);
        long free = storage.freeBytes();
        String storageStatus = free < CRITICAL_FREE_BYTES ? "down" : free < WARNING_FREE_BYTES ? "degraded" : "ok";
        Map<String, Object> disk = component(storageStatus);
        if (details) {
            disk.put("free_bytes", free);
            disk.put("warning_free_bytes", WARNING_FREE_BYTES);
        }
        components.put("storage", disk);
        Map<String, Object> engines = component(Engines.all().isEmpty() ? "down" : "ok");
        if (details) {
            Engine primary = Engines.require(Engines.DEFAULT);
            engines.put("primary", primary.id() + "@" + primary.version());
            engines.put("shadow", null);
        }
        components.put("engines", engines);
        String status = overall(databaseUp, storageStatus);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", status);
        answer.put("version", version);
        answer.put("dev_mode", settings.authMode() == ServerSettings.AuthMode.DEV);
        if (details) {
            answer.put("started_at", startedAt.toString());
            answer.put(
                    "uptime_seconds",
                    Duration.between(startedAt, clock.instant()).toSeconds());
            answer.put("auth_mode", settings.authMode().name().toLowerCase(java.util.Locale.ROOT));
        }
        answer.put("components", components);
        Responses.json(context, status.equals("down") ? 503 : 200, answer);
    }

    private static String overall(boolean databaseUp, String storageStatus) {
        if (!databaseUp || storageStatus.equals("down")) {
            return "down";
        }
        return storageStatus.equals("degraded") ? "degraded" : "ok";
    }

    private static Map<String, Object> component(String status) {
        Map<String, Object> component = new LinkedHashMap<>();
        component.put("status", status);
        return component;
    }
}

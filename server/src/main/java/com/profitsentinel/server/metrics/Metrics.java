package com.profitsentinel.server.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * The Prometheus metrics of operations.md §14 that this version produces, in one registry. Labels are bounded: route
 * templates, engines, leak types, outcomes — never ids, e-mails, SKUs or free text.
 */
public final class Metrics implements AutoCloseable {
    private static final Duration[] LATENCY_BUCKETS = {
        Duration.ofMillis(5),
        Duration.ofMillis(10),
        Duration.ofMillis(25),
        Duration.ofMillis(50),
        Duration.ofMillis(100),
        Duration.ofMillis(250),
        Duration.ofMillis(500),
        Duration.ofSeconds(1),
        Duration.ofMillis(2500),
        Duration.ofSeconds(5),
        Duration.ofSeconds(10),
        Duration.ofSeconds(30),
        Duration.ofSeconds(60),
        Duration.ofSeconds(120),
        Duration.ofSeconds(300)
    };

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics garbageCollection = new JvmGcMetrics();

    /**
     * @param databaseUp the database probe ({@code ps_db_up})
     * @param freeBytes free bytes on the data volume ({@code ps_disk_free_bytes})
     */
    public Metrics(String version, BooleanSupplier databaseUp, LongSupplier freeBytes) {
        Gauge.builder("ps.build.info", () -> 1)
                .description("Build")
                .tags("version", version, "commit", "unknown")
                .register(registry);
        Gauge.builder("ps.db.up", () -> databaseUp.getAsBoolean() ? 1 : 0)
                .description("1 when the last database probe succeeded")
                .register(registry);
        Gauge.builder("ps.disk.free.bytes", freeBytes::getAsLong)
                .description("Free bytes on the data volume")
                .tags("volume", "data")
                .register(registry);
        new JvmMemoryMetrics().bindTo(registry);
        garbageCollection.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
    }

    /** One HTTP request: {@code ps_http_requests_total} and {@code ps_http_request_duration_seconds}. */
    public void request(String method, String route, int status, Duration duration) {
        Counter.builder("ps.http.requests")
                .description("HTTP requests")
                .tags("method", method, "route", route, "status", String.valueOf(status))
                .register(registry)
                .increment();
        Timer.builder("ps.http.request.duration")
                .description("HTTP request latency")
                .tags("method", method, "route", route, "status_class", (status / 100) + "xx")
                .serviceLevelObjectives(LATENCY_BUCKETS)
                .register(registry)
                .record(duration);
    }

    /**
     * One analysis by the primary engine: runs, duration, rows and findings per leak type.
     *
     * @param outcome {@code success} or {@code error}
     */
    public void analysis(
            String engine,
            String outcome,
            Duration duration,
            long rowsAccepted,
            long rowsRejected,
            Map<String, Long> findingsByType) {
        Counter.builder("ps.analysis.runs")
                .description("Analyses")
                .tags("engine", engine, "role", "primary", "outcome", outcome)
                .register(registry)
                .increment();
        Timer.builder("ps.analysis.duration")
                .description("Analysis wall time")
                .tags("engine", engine, "role", "primary", "size_bucket", sizeBucket(rowsAccepted + rowsRejected))
                .serviceLevelObjectives(LATENCY_BUCKETS)
                .register(registry)
                .record(duration);
        Counter.builder("ps.analysis.rows")
                .description("Rows ingested")
                .tags("outcome", "accepted")
                .register(registry)
                .increment((double) rowsAccepted);
        Counter.builder("ps.analysis.rows")
                .description("Rows ingested")
                .tags("outcome", "rejected")
                .register(registry)
                .increment((double) rowsRejected);
        findingsByType.forEach((type, count) -> Counter.builder("ps.findings")
                .description("Findings produced by primaries")
                .tags("engine", engine, "leak_type", type)
                .register(registry)
                .increment((double) count));
    }

    /** Bytes received into upload storage ({@code ps_uploads_bytes_total}). */
    public void uploaded(long bytes) {
        Counter.builder("ps.uploads.bytes")
                .description("Bytes uploaded")
                .tags("storage", "local")
                .register(registry)
                .increment((double) bytes);
    }

    /** Files deleted by retention ({@code ps_retention_deleted_total}). */
    public void retentionDeleted(String kind, int count) {
        Counter.builder("ps.retention.deleted")
                .description("Deleted by retention")
                .tags("kind", kind)
                .register(registry)
                .increment(count);
    }

    /** The Prometheus text exposition (format 0.0.4). */
    public String scrape() {
        return registry.scrape();
    }

    static String sizeBucket(long rows) {
        if (rows < 10_000) {
            return "lt_10k";
        }
        if (rows < 100_000) {
            return "lt_100k";
        }
        return rows < 1_000_000 ? "lt_1m" : "ge_1m";
    }

    @Override
    public void close() {
        garbageCollection.close();
        registry.close();
    }
}

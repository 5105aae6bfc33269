package com.profitsentinel.server.analysis;

import com.profitsentinel.app.analysis.EngineRun;
import com.profitsentinel.app.config.StoreConfig;
import com.profitsentinel.app.findings.SnapshotCollector;
import com.profitsentinel.app.history.AnalysisRecord;
import com.profitsentinel.app.history.AnalysisStatus;
import com.profitsentinel.app.id.Ids;
import com.profitsentinel.app.mapping.SavedMappings;
import com.profitsentinel.app.output.JsonResultWriter;
import com.profitsentinel.app.output.LegacyJson;
import com.profitsentinel.app.tenant.Store;
import com.profitsentinel.app.upload.Upload;
import com.profitsentinel.engine.analysis.AnalysisContext;
import com.profitsentinel.engine.analysis.Engine;
import com.profitsentinel.engine.analysis.FindingListener;
import com.profitsentinel.engine.digest.Digest;
import com.profitsentinel.engine.digest.DigestRanker;
import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import com.profitsentinel.engine.rule.Parameter;
import com.profitsentinel.engine.rule.Parameters;
import com.profitsentinel.engine.rule.Preset;
import com.profitsentinel.engine.rules.Engines;
import com.profitsentinel.io.ingest.IngestLimits;
import com.profitsentinel.io.ingest.IngestRequest;
import com.profitsentinel.io.ingest.IngestionReport;
import com.profitsentinel.io.ingest.ProgressListener;
import com.profitsentinel.io.normalize.StoreSettings;
import com.profitsentinel.server.ServerSettings;
import com.profitsentinel.server.Services;
import com.profitsentinel.server.auth.Caller;
import com.profitsentinel.server.http.Problems;
import com.profitsentinel.server.metrics.Metrics;
import com.profitsentinel.server.uploads.UploadStorage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs an analysis of uploaded files for a caller and stores it (api.md §4.5 processing): ingestion streaming into the
 * primary engine, the result documents, persistence, and the upload's deletion once the analysis succeeded.
 */
public final class Analyses implements AutoCloseable {
    private final Services services;
    private final UploadStorage storage;
    private final ServerSettings settings;
    private final Clock clock;
    private final Metrics metrics;
    private final List<Engine> engines;
    /** Analyses running now: parallel reading pays only when a request has the machine to itself. */
    private final AtomicInteger running = new AtomicInteger();
    /**
     * Platform threads, one per processor, that run analyses. Requests are served on virtual threads, which are not
     * time-sliced: CPU-bound analyses on them would hold the carrier threads and make other requests wait behind whole
     * analyses. A request hands its analysis to this pool and waits; analyses beyond the pool's size queue in order.
     */
    private final ExecutorService workers;

    public Analyses(
            Services services,
            UploadStorage storage,
            ServerSettings settings,
            Clock clock,
            Metrics metrics,
            List<Engine> engines) {
        this.services = services;
        this.engines = List.copyOf(engines);
        this.metrics = metrics;
        this.storage = storage;
        this.settings = settings;
        this.clock = clock;
        AtomicInteger counter = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), runnable -> {
            Thread thread = new Thread(runnable, "analysis-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Stops the worker threads once the analyses they run are done. */
    @Override
    public void close() {
        workers.shutdown();
    }

    /**
     * One file of an analysis.
     *
     * @param mapping column → target overrides ({@code columns.md} §6.8)
     * @param sheet the workbook sheet to read; empty for the first with data
     * @param saveMapping whether the confirmed mapping is saved for the store and the file's header signature
     */
    public record Input(
            Upload upload, Map<String, Optional<String>> mapping, Optional<String> sheet, boolean saveMapping) {
        /** A file whose confirmed mapping is saved for its store (the default, columns.md §6.8). */
        public Input(Upload upload, Map<String, Optional<String>> mapping, Optional<String> sheet) {
            this(upload, mapping, sheet, true);
        }
    }

    /**
     * What one analysis request asks for.
     *
     * @param inputs the files: one inventory file (or a multi-store one) and any sales-detail, purchase-order and count
     *     files of the same store; ingestion reads the supporting files first whatever the order given
     * @param engine the engine to run; empty for the primary
     * @param asOf the reference date; empty for today in the store's time zone
     * @param errorBudgetPercent the most rejected rows in percent; empty for the default (5 %)
     */
    public record Request(
            List<Input> inputs,
            Store store,
            Optional<String> label,
            Optional<String> preset,
            Optional<LocalDate> asOf,
            Optional<String> engine,
            Optional<Double> errorBudgetPercent) {}

    /** A stored analysis and its legacy document (api.md §4.10), ready to answer with. */
    @SuppressWarnings("ArrayRecordComponent") // written once to the response, never compared
    public record Done(
            AnalysisRecord record,
            byte[] legacyDocument,
            long engineMillis,
            long documentsMillis,
            long persistMillis,
            long rowsAccepted,
            long rowsRejected,
            Map<String, Long> findingsByType,
            List<IngestionReport> reports) {

        /** The {@code Server-Timing} header of the answer (api.md §1.6). */
        public String serverTiming() {
            return "engine;dur=" + engineMillis + ", documents;dur=" + documentsMillis + ", persist;dur="
                    + persistMillis;
        }
    }

    public Done run(Caller caller, Request request) {
        Future<Done> done = workers.submit(() -> {
            int concurrent = running.incrementAndGet();
            long start = System.nanoTime();
            try {
                Done finished = runAlongside(caller, request, concurrent);
                metrics.analysis(
                        finished.record().engine(),
                        "success",
                        Duration.ofNanos(System.nanoTime() - start),
                        finished.rowsAccepted(),
                        finished.rowsRejected(),
                        finished.findingsByType());
                return finished;
            } catch (RuntimeException e) {
                metrics.analysis(
                        request.engine().orElse(Engines.DEFAULT),
                        "error",
                        Duration.ofNanos(System.nanoTime() - start),
                        0,
                        0,
                        Map.of());
                throw e;
            } finally {
                running.decrementAndGet();
            }
        });
        try {
            return done.get();
        } catch (InterruptedException e) {
            done.cancel(true);
            Thread.currentThread().interrupt();
            throw new ProfitSentinelException(ErrorCode.ANALYSIS_TIMEOUT, "The analysis was interrupted.", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new ProfitSentinelException(ErrorCode.ENGINE_FAILED, "Analysis failed. Please try again.", e);
        }
    }

    private Done runAlongside(Caller caller, Request request, int concurrent) {
        for (Input input : request.inputs()) {
            Upload upload = input.upload();
            if (!storage.exists(upload.id())) {
                throw new ProfitSentinelException(
                        ErrorCode.UPLOAD_EXPIRED,
                        "The upload \"" + upload.filename() + "\" was deleted (files are kept at most "
                                + settings.retentionHours() + " hours). Upload it again.",
                        Map.of("key", upload.key()));
            }
        }
        Upload first = request.inputs().get(0).upload();
        String engineId = request.engine().orElse(Engines.DEFAULT);
        Engine engine = engines.stream()
                .filter(candidate -> candidate.id().equals(engineId))
                .findFirst()
                .orElseThrow(() -> new ProfitSentinelException(
                        ErrorCode.ENGINE_UNAVAILABLE, "The engine \"" + engineId + "\" is not available."));
        StoreConfig config = services.configs()
                .find(caller.tenant(), request.store().id())
                .orElseGet(() -> StoreConfig.defaults(
                        request.store().id(), request.store().timezone()));
        Preset preset = request.preset()
                .map(name -> Preset.byId(name)
                        .orElseThrow(() -> new ProfitSentinelException(
                                ErrorCode.INVALID_PARAMETER,
                                "preset must be conservative, standard or aggressive, not \"" + name + "\".",
                                Map.of("parameter", "preset"))))
                .orElse(config.preset());
        // the store's thresholds (api.md §5.12) under the request's preset or the store's
        Parameters parameters = config.parameters(preset);
        ZoneId zone = ZoneId.of(config.storeContext().timezone());
        LocalDate asOf = request.asOf().orElseGet(() -> LocalDate.now(clock.withZone(zone)));
        double budget = request.errorBudgetPercent().orElse(parameters.get(Parameter.MAX_REJECTED_ROW_SHARE) * 100);
        StoreSettings defaults = StoreSettings.defaults(asOf);
        StoreSettings storeSettings = new StoreSettings(
                asOf,
                request.store().id(),
                zone,
                defaults.dayFirst(),
                config.storeContext().costBasis(),
                (int) parameters.get(Parameter.ASSUMED_UNITS_SOLD_PERIOD_DAYS),
                config.storeContext().fiscalYearStartMonth(),
                defaults.seasonalKeywords(),
                defaults.nonInventoryKeywords(),
                defaults.nonInventoryCategories());
        // the store's saved choices, the most recently confirmed first (columns.md §6.8)
        Map<String, String> saved = SavedMappings.choices(
                services.savedMappings().list(caller.tenant(), request.store().id()));
        List<IngestRequest> ingest = new ArrayList<>();
        for (Input input : request.inputs()) {
            ingest.add(IngestRequest.builder(storage.path(input.upload().id()), asOf)
                    .displayName(input.upload().filename())
                    .settings(storeSettings)
                    .overrides(input.mapping())
                    .saved(saved)
                    .sheet(input.sheet())
                    .limits(IngestLimits.DEFAULTS
                            .withMaxRows(settings.maxRows())
                            .withMaxBytes(settings.maxFileBytes())
                            .withErrorBudget(budget / 100, (long) parameters.get(Parameter.MAX_REJECTED_ROWS))
                            .withMaxThreads(concurrent > 1 ? 1 : 0))
                    .build());
        }
        SnapshotCollector collector = new SnapshotCollector(
                settings.storedFindings(),
                services.findings().openSkus(caller.tenant(), request.store().id(), engine.id()));
        // a listener makes the engine build every finding; without rows to store, the engine keeps its lazy path
        AnalysisContext context = new AnalysisContext(
                asOf,
                parameters,
                Optional.empty(),
                settings.storedFindings() == 0 ? FindingListener.NONE : collector,
                settings.documentFindings());
        long start = System.nanoTime();
        EngineRun.Outcome outcome;
        try {
            outcome = EngineRun.run(ingest, engine, context, ProgressListener.NONE);
        } catch (ProfitSentinelException e) {
            throw e;
        } catch (RuntimeException e) {
            // an engine defect, not the user's input: the upload stays for a retry, and the analysis is stored as
            // failed under the support reference the answer gives (api.md §2.1, operations.md §18)
            String reference = Problems.newReference();
            recordFailure(caller, request, engine, preset, asOf, ErrorCode.ENGINE_FAILED, reference);
            throw new ProfitSentinelException(
                    ErrorCode.ENGINE_FAILED,
                    "Analysis failed. Please try again or contact support.",
                    Map.of("reference", reference),
                    e);
        }
        long analysed = System.nanoTime();
        Digest digest =
                DigestRanker.rank(outcome.result().groups(), outcome.result().memberImpacts(), parameters);
        String id = Ids.newId();
        Instant now = clock.instant();
        long findings = outcome.result().summary().findingsByType().values().stream()
                .mapToLong(Long::longValue)
                .sum();
        String label = request.label()
                .orElseGet(() -> withoutExtension(first.filename()) + " — "
                        + outcome.result().summary().rowsRead() + " rows, " + findings + " issues");
        AnalysisRecord record = new AnalysisRecord(
                id,
                caller.organization().id(),
                request.store().id(),
                label.length() > 200 ? label.substring(0, 200) : label,
                first.filename(),
                AnalysisStatus.SUCCEEDED,
                asOf,
                now,
                now,
                caller.user().id(),
                outcome.result().engine(),
                outcome.result().engineVersion(),
                preset.id(),
                outcome.result().summary().rowsRead(),
                findings,
                new BigDecimal(outcome.result().summary().annualProfitAtRiskTotal())
                        .setScale(2, RoundingMode.HALF_EVEN));
        // findings and groups are written once and shared by both documents; the legacy one is stored without findings
        JsonResultWriter.SharedArrays shared = JsonResultWriter.sharedArrays(outcome.result());
        ByteArrayOutputStream nativeDocument = new ByteArrayOutputStream(
                shared.findings().bytes().length + shared.groups().bytes().length + (1 << 20));
        JsonResultWriter.analysis(nativeDocument, outcome, digest, shared);
        Map<String, Object> legacy = new LinkedHashMap<>(LegacyJson.response(outcome, shared, false));
        legacy.put("supported_pos_systems", SupportedSystems.NAMES);
        legacy.put("is_authenticated", true);
        legacy.put("store_id", request.store().id());
        legacy.put("analysis_id", id);
        legacy.put("links", links(id));
        byte[] storedLegacy = com.profitsentinel.server.http.Json.bytes(legacy);
        long computed = System.nanoTime();
        services.analyses()
                .insert(
                        record,
                        nativeDocument.toByteArray(),
                        storedLegacy,
                        collector.snapshot(
                                outcome.result(),
                                digest,
                                config.workflowSettings().reactivationThreshold()));
        saveMappings(caller, request, outcome.reports(), now);
        if (settings.deleteAfterAnalysisMinutes() == 0) {
            for (Input input : request.inputs()) {
                storage.delete(input.upload().id());
                services.uploads().markDeleted(input.upload().id(), now);
            }
        }
        long persisted = System.nanoTime();
        byte[] legacyDocument =
                LegacyDocuments.withFindings(storedLegacy, shared.findings().bytes());
        return new Done(
                record,
                legacyDocument,
                (analysed - start) / 1_000_000,
                (computed - analysed) / 1_000_000,
                (persisted - computed) / 1_000_000,
                outcome.result().summary().rowsRead()
                        - outcome.result().summary().rowsRejected(),
                outcome.result().summary().rowsRejected(),
                outcome.result().summary().findingsByType(),
                outcome.reports());
    }

    /** Stores a failed analysis: no findings, its error code and support reference in its result document. */
    private void recordFailure(
            Caller caller,
            Request request,
            Engine engine,
            Preset preset,
            LocalDate asOf,
            ErrorCode code,
            String reference) {
        Instant now = clock.instant();
        Upload first = request.inputs().get(0).upload();
        AnalysisRecord failed = new AnalysisRecord(
                Ids.newId(),
                caller.organization().id(),
                request.store().id(),
                request.label().orElseGet(() -> withoutExtension(first.filename()) + " — failed"),
                first.filename(),
                AnalysisStatus.FAILED,
                asOf,
                now,
                now,
                caller.user().id(),
                engine.id(),
                engine.version(),
                preset.id(),
                0,
                0,
                BigDecimal.ZERO);
        byte[] document = com.profitsentinel.server.http.Json.bytes(
                Map.of("error", Map.of("code", code.name(), "reference", reference)));
        try {
            services.analyses().insert(failed, document, com.profitsentinel.server.http.Json.bytes(Map.of()));
        } catch (RuntimeException storing) {
            // the answer still carries the reference; the log has the failure
        }
    }

    /** Saves the confirmed mapping of each mapped file whose input asked for it, under its header signature. */
    private void saveMappings(Caller caller, Request request, List<IngestionReport> reports, Instant now) {
        boolean wanted = request.inputs().stream().anyMatch(Input::saveMapping);
        if (!wanted) {
            return;
        }
        for (IngestionReport report : reports) {
            if (report.mapping().isEmpty()) {
                continue;
            }
            boolean asked = request.inputs().stream()
                    .filter(input -> input.upload().filename().equals(report.file()))
                    .findFirst()
                    .map(Input::saveMapping)
                    .orElse(true);
            if (asked) {
                services.savedMappings()
                        .save(
                                caller.tenant(),
                                request.store().id(),
                                SavedMappings.fingerprint(report.headers()),
                                report.pos(),
                                SavedMappings.columns(report.mapping().get()),
                                now);
            }
        }
    }

    static Map<String, Object> links(String id) {
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("self", "/api/v1/analyses/" + id);
        links.put("findings", "/api/v1/findings?analysis_id=" + id);
        links.put("legacy", "/api/v1/analyses/" + id + "/legacy");
        links.put("ui", "/analyses/" + id);
        return links;
    }

    private static String withoutExtension(String filename) {
        int dot = filename.lastIndexOf('.');
        return dot > 0 ? filename.substring(0, dot) : filename;
    }

    /** The UTF-8 text of a document (for tests and logs). */
    static String text(byte[] document) {
        return new String(document, StandardCharsets.UTF_8);
    }
}

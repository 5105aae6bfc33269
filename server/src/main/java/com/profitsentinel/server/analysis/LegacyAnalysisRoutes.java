package com.profitsentinel.server.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.profitsentinel.app.analysis.MappingJson;
import com.profitsentinel.app.tenant.Store;
import com.profitsentinel.app.upload.Upload;
import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import com.profitsentinel.engine.finding.LeakType;
import com.profitsentinel.engine.finding.LegacyPrimitive;
import com.profitsentinel.io.ingest.IngestionReport;
import com.profitsentinel.server.Services;
import com.profitsentinel.server.auth.Caller;
import com.profitsentinel.server.auth.Callers;
import com.profitsentinel.server.http.Json;
import com.profitsentinel.server.http.Responses;
import com.profitsentinel.server.http.Route;
import com.profitsentinel.server.limits.Limiter;
import com.profitsentinel.server.uploads.FileNames;
import com.profitsentinel.server.uploads.UploadRoutes;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The legacy analysis endpoints (api.md §4.5, 4.7, 4.8): {@code POST /analysis/analyze}, {@code GET
 * /analysis/primitives}, {@code GET /analysis/supported-pos}. {@code analyze} takes the {@code key} of an upload and a
 * {@code mapping}, as the reference client sends them, or — for scripts — the file itself as a {@code file} part, in
 * which case the mapping is optional and the suggested one is used.
 */
public final class LegacyAnalysisRoutes {
    private final Services services;
    private final AnalysisRuns runs;
    private final UploadRoutes uploads;
    private final Callers callers;
    private final Limiter limiter;

    public LegacyAnalysisRoutes(
            Services services, AnalysisRuns runs, UploadRoutes uploads, Callers callers, Limiter limiter) {
        this.services = services;
        this.limiter = limiter;
        this.runs = runs;
        this.uploads = uploads;
        this.callers = callers;
    }

    public List<Route> routes() {
        return List.of(
                new Route(
                        "POST",
                        "/analysis/analyze",
                        "analyze",
                        "Analyse an upload (key + mapping) or a file part; answers the legacy result",
                        "legacy",
                        UploadRoutes.MEMBER,
                        Route.Body.MULTIPART,
                        200,
                        Optional.of("LegacyResult"),
                        List.of(400, 403, 404, 410, 413, 422, 503),
                        this::analyze),
                new Route(
                        "POST",
                        "/analysis/analyze-multi",
                        "analyzeMulti",
                        "Analyse several uploads of one store together (keys, mappings, store_id); plan pro",
                        "legacy",
                        UploadRoutes.MEMBER,
                        Route.Body.MULTIPART,
                        200,
                        Optional.of("LegacyResult"),
                        List.of(400, 403, 404, 410, 413, 422, 429, 503),
                        this::analyzeMulti),
                Route.get(
                        "/analysis/primitives",
                        "listPrimitives",
                        "The 11 legacy primitives with display metadata",
                        "legacy",
                        "public",
                        "Primitives",
                        List.of(),
                        context -> Responses.json(context, 200, primitives())),
                Route.get(
                        "/analysis/supported-pos",
                        "listSupportedPos",
                        "POS systems whose exports are recognized",
                        "legacy",
                        "public",
                        "SupportedPos",
                        List.of(),
                        context -> Responses.json(context, 200, supportedPos())));
    }

    private void analyze(Context context) {
        Caller caller = callers.of(context);
        Limiter.Permit permit = limiter.beginAnalysis(caller, context);
        try {
            analyze(context, caller);
        } finally {
            permit.close();
        }
    }

    private void analyze(Context context, Caller caller) {
        Store store = uploads.store(caller, Responses.form(context, "store_id"));
        Optional<String> mappingText = Responses.form(context, "mapping");
        Map<String, Optional<String>> mapping =
                mappingText.map(MappingJson::parse).orElse(Map.of());
        Optional<String> key = Responses.form(context, "key");
        Upload upload;
        if (key.isPresent()) {
            if (mappingText.isEmpty()) {
                throw Responses.invalidField("mapping", "required", "mapping is required with key.");
            }
            upload = uploads.usable(
                    caller,
                    services.uploads().byKey(caller.tenant(), key.get()),
                    key.get(),
                    ErrorCode.UPLOAD_NOT_FOUND);
        } else {
            List<UploadedFile> files = context.uploadedFiles("file");
            if (files.isEmpty()) {
                throw Responses.invalidField("key", "required", "key (an upload key) or a file part is required.");
            }
            FileNames.checkCount(files.size());
            if (files.size() > 1) {
                throw new ProfitSentinelException(
                        ErrorCode.BAD_REQUEST, "/analysis/analyze takes one file; use /analysis/analyze-multi.");
            }
            upload = uploads.receiveFile(caller, context, store, files.get(0));
        }
        Analyses.Request request = new Analyses.Request(
                List.of(new Analyses.Input(
                        upload,
                        mapping,
                        Responses.form(context, "sheet"),
                        !Responses.form(context, "save_mapping").orElse("true").equalsIgnoreCase("false"))),
                store,
                Responses.form(context, "label"),
                Responses.form(context, "preset"),
                Responses.form(context, "as_of").map(LegacyAnalysisRoutes::date),
                engine(caller, Responses.form(context, "engine")),
                Responses.form(context, "error_budget_percent").map(LegacyAnalysisRoutes::percent));
        Analyses.Done done = runs.runWithinPermit(caller, context, request);
        Responses.jsonBytes(context, 200, done.legacyDocument());
    }

    /**
     * {@code POST /analysis/analyze-multi} (api.md §4.6): inventory, sales-detail, purchase-order and count uploads of
     * one store, analysed together; the legacy result plus the additive {@code files} and {@code stores}. Kinds are
     * detected ({@code kinds} is accepted and not needed); one store per request in this version ({@code store_ids} is
     * refused).
     */
    private void analyzeMulti(Context context) {
        Caller caller = callers.of(context);
        uploads.requireMultiFile(caller);
        if (Responses.form(context, "store_ids").isPresent()) {
            throw new ProfitSentinelException(
                    ErrorCode.BAD_REQUEST, "store_ids is not supported yet: analyse one store per request (store_id).");
        }
        List<String> keys = Responses.formAll(context, "keys");
        FileNames.checkCount(keys.size());
        Map<String, Map<String, Optional<String>>> mappings = mappings(Responses.form(context, "mappings"));
        Store store = uploads.store(caller, Responses.form(context, "store_id"));
        List<Analyses.Input> inputs = new ArrayList<>();
        for (String key : keys) {
            Upload upload = uploads.usable(
                    caller, services.uploads().byKey(caller.tenant(), key), key, ErrorCode.UPLOAD_NOT_FOUND);
            inputs.add(new Analyses.Input(upload, mappings.getOrDefault(key, Map.of()), Optional.empty()));
        }
        Analyses.Done done = runs.run(
                caller,
                context,
                new Analyses.Request(
                        inputs,
                        store,
                        Responses.form(context, "label"),
                        Responses.form(context, "preset"),
                        Responses.form(context, "as_of").map(LegacyAnalysisRoutes::date),
                        engine(caller, Responses.form(context, "engine")),
                        Responses.form(context, "error_budget_percent").map(LegacyAnalysisRoutes::percent)));
        List<Map<String, Object>> files = new ArrayList<>();
        for (int index = 0; index < done.reports().size() && index < inputs.size(); index++) {
            IngestionReport report = done.reports().get(index);
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("key", inputs.get(index).upload().key());
            file.put("filename", inputs.get(index).upload().filename());
            file.put("kind", report.fileType().id());
            file.put("detected_pos", report.pos());
            file.put("rows_read", report.rowsRead());
            file.put("rows_accepted", report.rowsRead() - report.rowsRejected());
            file.put("rows_rejected", report.rowsRejected());
            file.put("store_id", store.id());
            files.add(file);
        }
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("store_id", store.id());
        described.put("name", store.name());
        described.put("annual_profit_at_risk", done.record().annualProfitAtRisk());
        described.put("findings", done.record().findings());
        byte[] answer = LegacyDocuments.withMember(done.legacyDocument(), "files", Json.bytes(files));
        answer = LegacyDocuments.withMember(answer, "stores", Json.bytes(List.of(described)));
        Responses.jsonBytes(context, 200, answer);
    }

    /** The {@code mappings} field: a JSON object of upload key → mapping object. */
    private static Map<String, Map<String, Optional<String>>> mappings(Optional<String> text) {
        Map<String, Map<String, Optional<String>>> mappings = new LinkedHashMap<>();
        if (text.isEmpty()) {
            return mappings;
        }
        JsonNode root;
        try {
            root = Json.mapper().readTree(text.get());
        } catch (java.io.IOException e) {
            throw new ProfitSentinelException(
                    ErrorCode.MAPPING_INVALID_JSON, "Invalid mapping JSON: mappings is not a JSON object.");
        }
        if (root == null || !root.isObject()) {
            throw new ProfitSentinelException(
                    ErrorCode.INVALID_MAPPING, "mappings must be a JSON object of upload key → mapping object.");
        }
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            mappings.put(entry.getKey(), MappingJson.parse(entry.getValue().toString()));
        }
        return mappings;
    }

    private static Optional<String> engine(Caller caller, Optional<String> requested) {
        if (requested.isPresent() && !caller.user().platformAdmin()) {
            throw new ProfitSentinelException(
                    ErrorCode.FORBIDDEN, "Only platform admins may choose the engine of an analysis.");
        }
        return requested;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw Responses.invalidField(
                    "as_of", "invalid_date", "as_of must be a date written YYYY-MM-DD, not \"" + text + "\".");
        }
    }

    private static double percent(String text) {
        try {
            double value = Double.parseDouble(text);
            if (value >= 0 && value <= 50) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw Responses.invalidField(
                "error_budget_percent",
                "out_of_range",
                "error_budget_percent must be within 0..50, not \"" + text + "\".");
    }

    static Map<String, Object> primitives() {
        Map<String, Object> primitives = new LinkedHashMap<>();
        for (LegacyPrimitive primitive : LegacyPrimitive.values()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("key", primitive.id());
            entry.put("title", primitive.title());
            entry.put("severity", primitive.severity());
            entry.put("category", primitive.category());
            entry.put("recommendations", primitive.recommendations());
            entry.put("icon", primitive.icon());
            entry.put("color", primitive.color());
            entry.put("priority", primitive.priority());
            entry.put("sentinel_types", sentinelTypes(primitive));
            primitives.put(primitive.id(), entry);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("primitives", primitives);
        answer.put("count", primitives.size());
        return answer;
    }

    /** The sentinel leak types projected onto a legacy key (api.md §4.10.2). */
    private static List<String> sentinelTypes(LegacyPrimitive primitive) {
        List<String> types = new ArrayList<>();
        for (LeakType type : LeakType.values()) {
            boolean byDefault =
                    type.defaultLegacyKey().filter(primitive::equals).isPresent();
            // subtypes that project elsewhere: a margin below margin_critical, an imminent stockout
            boolean bySubtype = (type == LeakType.MARGIN_EROSION && primitive == LegacyPrimitive.HIGH_MARGIN_LEAK)
                    || (type == LeakType.LOW_STOCK && primitive == LegacyPrimitive.SEVERE_INVENTORY_DEFICIT);
            if (byDefault || bySubtype) {
                types.add(type.name());
            }
        }
        return types;
    }

    static Map<String, Object> supportedPos() {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("supported_systems", SupportedSystems.NAMES);
        answer.put("count", SupportedSystems.NAMES.size());
        answer.put("notes", "Column mapping auto-detects formats from these systems");
        return answer;
    }
}

package com.profitsentinel.server.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.profitsentinel.app.history.AnalysisRecord;
import com.profitsentinel.app.history.Page;
import com.profitsentinel.app.tenant.Role;
import com.profitsentinel.app.tenant.Store;
import com.profitsentinel.app.upload.Upload;
import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import com.profitsentinel.server.Services;
import com.profitsentinel.server.analysis.Analyses;
import com.profitsentinel.server.analysis.AnalysisRuns;
import com.profitsentinel.server.analysis.LegacyDocuments;
import com.profitsentinel.server.audit.Audit;
import com.profitsentinel.server.auth.Caller;
import com.profitsentinel.server.auth.Callers;
import com.profitsentinel.server.http.Json;
import com.profitsentinel.server.http.JsonBodies;
import com.profitsentinel.server.http.Responses;
import com.profitsentinel.server.http.Route;
import com.profitsentinel.server.stores.Stores;
import com.profitsentinel.server.uploads.UploadRoutes;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stored analyses under {@code /api/v1/analyses} (api.md §5.3): list, get, the legacy document, rename and delete. Every
 * lookup goes through the caller's tenant, so another org's id answers 404 like a missing one.
 */
public final class AnalysisRoutes {
    private final Services services;
    private final Callers callers;
    private final Audit audit;
    private final AnalysisRuns runs;
    private final UploadRoutes uploads;

    public AnalysisRoutes(Services services, Callers callers, Audit audit, AnalysisRuns runs, UploadRoutes uploads) {
        this.services = services;
        this.audit = audit;
        this.runs = runs;
        this.uploads = uploads;
        this.callers = callers;
    }

    public List<Route> routes() {
        String member = UploadRoutes.MEMBER;
        return List.of(
                new Route(
                        "POST",
                        "/api/v1/analyses",
                        "createAnalysis",
                        "Analyse uploaded files ({store_id, files: [{upload_id, mapping?, sheet?}], label?, preset?,"
                                + " as_of?, error_budget_percent?}); several files need plan pro",
                        "v1",
                        "store_manager and above",
                        Route.Body.JSON,
                        201,
                        Optional.of("Analysis"),
                        List.of(400, 403, 404, 410, 413, 422, 429, 503),
                        this::create),
                Route.get(
                        "/api/v1/analyses",
                        "listAnalyses",
                        "Stored analyses, newest first (page, page_size, store_id)",
                        "v1",
                        member,
                        "AnalysisPage",
                        List.of(422),
                        this::list),
                Route.get(
                        "/api/v1/analyses/{id}",
                        "getAnalysis",
                        "One stored analysis",
                        "v1",
                        member,
                        "Analysis",
                        List.of(404),
                        this::get),
                Route.get(
                        "/api/v1/analyses/{id}/legacy",
                        "getLegacyResult",
                        "The legacy result as the analysis answered it",
                        "v1",
                        member,
                        "LegacyResult",
                        List.of(404),
                        this::legacy),
                Route.get(
                        "/api/v1/analyses/{id}/rejections.csv",
                        "getRejections",
                        "The rows the analysis could not use: row, column, reason, value (value cut to 50 characters)",
                        "v1",
                        "store_manager and above",
                        "Csv",
                        List.of(403, 404),
                        this::rejections),
                Route.get(
                        "/api/v1/analyses/{id}/result",
                        "getAnalysisResult",
                        "The native result document",
                        "v1",
                        member,
                        "AnalysisResult",
                        List.of(404),
                        this::result),
                new Route(
                        "PATCH",
                        "/api/v1/analyses/{id}",
                        "renameAnalysis",
                        "Rename an analysis ({label}, 1-200 characters)",
                        "v1",
                        "store_manager and above",
                        Route.Body.JSON,
                        200,
                        Optional.of("Message"),
                        List.of(400, 403, 404, 422),
                        this::rename),
                new Route(
                        "DELETE",
                        "/api/v1/analyses/{id}",
                        "deleteAnalysis",
                        "Delete a stored analysis",
                        "v1",
                        "org_admin and above",
                        Route.Body.NONE,
                        204,
                        Optional.empty(),
                        List.of(403, 404),
                        this::delete),
                Route.get(
                        "/api/v1/me",
                        "getMe",
                        "The caller: user, org, role, plan",
                        "v1",
                        member,
                        "Me",
                        List.of(),
                        this::me));
    }

    private void list(Context context) {
        Caller caller = callers.of(context);
        int page = Responses.queryInt(context, "page", 1, 1, Integer.MAX_VALUE);
        int pageSize = Responses.queryInt(context, "page_size", 20, 1, Page.MAX_PAGE_SIZE);
        Optional<String> storeId = Responses.query(context, "store_id");
        Page<AnalysisRecord> found = services.analyses().list(caller.tenant(), storeId, page, pageSize);
        Map<String, String> storeNames = storeNames(caller);
        List<Map<String, Object>> items = new ArrayList<>();
        for (AnalysisRecord record : found.items()) {
            items.add(listItem(record, storeNames));
        }
        Responses.json(context, 200, Responses.page(found, items));
    }

    private void create(Context context) {
        Caller caller = callers.of(context);
        caller.requireRole(Role.STORE_MANAGER);
        Map<String, Object> body = JsonBodies.object(
                context, List.of("store_id", "label", "preset", "as_of", "error_budget_percent", "files"));
        String storeId = body.get("store_id") instanceof String text ? text : "";
        Store store = Stores.inScope(services.directory(), caller, storeId);
        List<?> files = body.get("files") instanceof List<?> list ? list : List.of();
        if (files.isEmpty() || files.size() > 5) {
            throw Responses.invalidField("files", "out_of_range", "files must list 1 to 5 uploads.");
        }
        if (files.size() > 1) {
            uploads.requireMultiFile(caller);
        }
        List<Analyses.Input> inputs = new ArrayList<>();
        for (Object file : files) {
            inputs.add(input(caller, file));
        }
        Analyses.Done done = runs.run(
                caller,
                context,
                new Analyses.Request(
                        inputs,
                        store,
                        text(body, "label"),
                        text(body, "preset"),
                        text(body, "as_of").map(AnalysisRoutes::date),
                        Optional.empty(),
                        Optional.ofNullable(
                                body.get("error_budget_percent") instanceof Number number
                                        ? number.doubleValue()
                                        : null)));
        Map<String, Object> answer = analysis(done.record(), storeNames(caller));
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("rows_read", done.record().rows());
        summary.put("findings", done.record().findings());
        summary.put("annual_profit_at_risk", done.record().annualProfitAtRisk());
        answer.put("summary", summary);
        Responses.json(context, 201, answer);
    }

    /** One entry of the body's file list: an upload of the caller's, received and not yet deleted. */
    private Analyses.Input input(Caller caller, Object file) {
        if (!(file instanceof Map<?, ?> entry)) {
            throw Responses.invalidField("files", "invalid_value", "each file must be an object with an upload_id.");
        }
        for (Object key : entry.keySet()) {
            if (!List.of("upload_id", "kind", "sheet", "mapping", "save_mapping")
                    .contains(key)) {
                throw Responses.invalidField(
                        "files." + key, "unknown_field", "\"" + key + "\" is not a field of a file.");
            }
        }
        String uploadId = entry.get("upload_id") instanceof String text ? text : "";
        Upload upload = uploads.usable(
                caller, services.uploads().byId(caller.tenant(), uploadId), uploadId, ErrorCode.NOT_FOUND);
        Map<String, Optional<String>> mapping = new LinkedHashMap<>();
        if (entry.get("mapping") instanceof Map<?, ?> pairs) {
            for (Map.Entry<?, ?> pair : pairs.entrySet()) {
                mapping.put(
                        String.valueOf(pair.getKey()),
                        pair.getValue() instanceof String target ? Optional.of(target) : Optional.empty());
            }
        } else if (entry.containsKey("mapping") && entry.get("mapping") != null) {
            throw new ProfitSentinelException(
                    ErrorCode.INVALID_MAPPING, "The mapping must be a JSON object of column name → target (or null).");
        }
        Optional<String> sheet = entry.get("sheet") instanceof String text ? Optional.of(text) : Optional.empty();
        boolean save = !(entry.get("save_mapping") instanceof Boolean flag) || flag;
        return new Analyses.Input(upload, mapping, sheet, save);
    }

    private static Optional<String> text(Map<String, Object> body, String field) {
        return body.get(field) instanceof String text && !text.isBlank() ? Optional.of(text.strip()) : Optional.empty();
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw Responses.invalidField(
                    "as_of", "invalid_date", "as_of must be a date written YYYY-MM-DD, not \"" + text + "\".");
        }
    }

    private void get(Context context) {
        Caller caller = callers.of(context);
        AnalysisRecord record = find(caller, Responses.path(context, "id"));
        byte[] document = services.analyses()
                .resultDocument(caller.tenant(), record.id())
                .orElseThrow(() -> notFound(record.id()));
        Map<String, Object> answer = analysis(record, storeNames(caller));
        Map<String, JsonNode> stored = StoredDocuments.members(
                document,
                java.util.Set.of("summary", "files", "duration_ms", "cause_diagnosis_by_store", "parameters", "error"));
        // a failed analysis keeps its error code and the support reference its answer gave
        JsonNode error = node(stored, "error");
        answer.put("error", error.isObject() ? error : null);
        // the Analysis object of api.md §5.1 from the stored row and result document
        answer.put(
                "created_by",
                Map.of(
                        "user_id",
                        record.createdBy(),
                        "name",
                        services.directory()
                                .userById(record.createdBy())
                                .map(user -> user.name())
                                .orElse("")));
        List<Map<String, Object>> files = new ArrayList<>();
        for (JsonNode file : node(stored, "files")) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("upload_id", null);
            entry.put("filename", file.path("file").asText());
            entry.put("kind", file.path("file_type").asText());
            entry.put("detected_pos", file.path("pos").asText());
            entry.put("encoding", null);
            entry.put("sheet", null);
            entry.put("rows_read", file.path("rows_read").asLong());
            entry.put("rows_rejected", file.path("rows_rejected").asLong());
            entry.put("sha256", null);
            files.add(entry);
        }
        answer.put("files", files);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("primary", record.engine() + "@" + record.engineVersion());
        run.put("fallback_used", false);
        run.put("fallback_reason", null);
        run.put("config_hash", configHash(node(stored, "parameters")));
        run.put("preset", record.preset());
        answer.put("engine_run", run);
        Map<String, Object> shadow = new LinkedHashMap<>();
        shadow.put("scheduled", false);
        shadow.put("engine", null);
        shadow.put("run_id", null);
        shadow.put("outcome", null);
        answer.put("shadow", shadow);
        Map<String, Object> summary = new LinkedHashMap<>();
        node(stored, "summary").properties().forEach(entry -> summary.put(entry.getKey(), entry.getValue()));
        summary.put("findings", record.findings());
        com.profitsentinel.app.findings.FindingPage findings = services.findings()
                .list(
                        caller.tenant(),
                        new com.profitsentinel.app.findings.FindingQuery(
                                Optional.empty(),
                                Optional.of(record.id()),
                                java.util.EnumSet.allOf(com.profitsentinel.app.findings.FindingStatus.class),
                                java.util.Set.of(),
                                java.util.Set.of(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                com.profitsentinel.app.findings.FindingQuery.Sort.IMPACT,
                                true,
                                1,
                                1));
        Map<String, Object> bySeverity = new LinkedHashMap<>();
        for (String severity : List.of("critical", "high", "medium", "low", "info")) {
            bySeverity.put(
                    severity,
                    findings.facets().getOrDefault("severity", Map.of()).getOrDefault(severity, 0L));
        }
        summary.put("by_severity", bySeverity);
        answer.put("summary", summary);
        answer.put("root_cause", node(stored, "cause_diagnosis_by_store").path(record.storeId()));
        answer.put("cost_of_inaction", null);
        Map<String, Object> processing = new LinkedHashMap<>();
        processing.put("ingest", null);
        processing.put("engine", null);
        processing.put("root_cause", null);
        processing.put("persist", null);
        processing.put(
                "total",
                node(stored, "duration_ms").isNumber()
                        ? node(stored, "duration_ms").asLong()
                        : null);
        answer.put("processing_ms", processing);
        Responses.json(context, 200, answer);
    }

    private static JsonNode node(Map<String, JsonNode> members, String name) {
        return members.getOrDefault(name, com.fasterxml.jackson.databind.node.MissingNode.getInstance());
    }

    /** SHA-256 (first 16 hex) of the effective parameters an analysis ran with: equal configurations, equal hashes. */
    private static @org.jspecify.annotations.Nullable String configHash(JsonNode parameters) {
        if (!parameters.isObject()) {
            return null;
        }
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(Json.bytes(new java.util.TreeMap<>(Json.mapper()
                            .convertValue(
                                    parameters,
                                    new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() {}))));
            return java.util.HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (java.security.NoSuchAlgorithmException | IllegalArgumentException e) {
            return "";
        }
    }

    private void legacy(Context context) {
        Caller caller = callers.of(context);
        String id = Responses.path(context, "id");
        byte[] stored = services.analyses().legacyDocument(caller.tenant(), id).orElseThrow(() -> notFound(id));
        byte[] result = services.analyses().resultDocument(caller.tenant(), id).orElseThrow(() -> notFound(id));
        Responses.jsonBytes(context, 200, LegacyDocuments.withFindings(stored, LegacyDocuments.findingsOf(result)));
    }

    private void rejections(Context context) {
        Caller caller = callers.of(context);
        caller.requireRole(Role.STORE_MANAGER);
        String id = Responses.path(context, "id");
        byte[] document =
                services.analyses().resultDocument(caller.tenant(), id).orElseThrow(() -> notFound(id));
        StringBuilder csv = new StringBuilder("row,column,reason,value\r\n");
        for (JsonNode file : StoredDocuments.member(document, "files")) {
            for (JsonNode rejection : file.path("rejections")) {
                String value = rejection.path("value").asText();
                csv.append(rejection.path("row").asLong())
                        .append(',')
                        .append(com.profitsentinel.app.output.CsvCells.text(
                                rejection.path("column").asText()))
                        .append(',')
                        .append(com.profitsentinel.app.output.CsvCells.text(
                                rejection.path("reason").asText()))
                        .append(',')
                        .append(com.profitsentinel.app.output.CsvCells.text(
                                value.length() > 50 ? value.substring(0, 50) : value))
                        .append("\r\n");
            }
        }
        context.status(200);
        context.header("Content-Disposition", "attachment; filename=\"rejections.csv\"");
        context.contentType("text/csv; charset=utf-8");
        context.result(csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private void result(Context context) {
        Caller caller = callers.of(context);
        String id = Responses.path(context, "id");
        byte[] document =
                services.analyses().resultDocument(caller.tenant(), id).orElseThrow(() -> notFound(id));
        Responses.jsonBytes(context, 200, document);
    }

    private void rename(Context context) {
        Caller caller = callers.of(context);
        caller.requireRole(Role.STORE_MANAGER);
        String id = Responses.path(context, "id");
        Map<String, Object> body = JsonBodies.object(context, List.of("label"));
        Object label = body.get("label");
        if (!(label instanceof String text)
                || text.strip().isEmpty()
                || text.strip().length() > 200) {
            throw Responses.invalidField("label", "out_of_range", "label must be a text of 1-200 characters.");
        }
        AnalysisRecord before = find(caller, id);
        if (!services.analyses().rename(caller.tenant(), id, text.strip())) {
            throw notFound(id);
        }
        audit.record(
                caller,
                context,
                "analysis.renamed",
                "analysis",
                id,
                Json.text(Map.of("label", before.label())),
                Json.text(Map.of("label", text.strip())));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("message", "Analysis renamed");
        answer.put("analysis_id", id);
        Responses.json(context, 200, answer);
    }

    private void delete(Context context) {
        Caller caller = callers.of(context);
        caller.requireRole(Role.ORG_ADMIN);
        String id = Responses.path(context, "id");
        if (!services.analyses().delete(caller.tenant(), id)) {
            throw notFound(id);
        }
        audit.record(caller, context, "analysis.deleted", "analysis", id, "", "");
        context.status(204);
    }

    private void me(Context context) {
        Caller caller = callers.of(context);
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("id", caller.user().id());
        user.put("email", caller.user().email());
        user.put("name", caller.user().name());
        user.put("email_verified", true);
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("id", caller.organization().id());
        org.put("name", caller.organization().name());
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put(
                "store_ids",
                caller.tenant().allStores() ? null : List.copyOf(caller.tenant().storeIds()));
        scope.put("region_ids", null);
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put(
                "tier",
                caller.organization().tier().apiName() + (caller.method().equals("dev") ? " (dev)" : ""));
        plan.put("trial_ends_at", null);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("user", user);
        answer.put("org", org);
        answer.put("role", caller.tenant().role().apiName());
        answer.put("scope", scope);
        answer.put("platform_admin", caller.user().platformAdmin());
        answer.put("auth_method", caller.method());
        answer.put("plan", plan);
        // the web UI's forms and fetch calls send it back (X-CSRF-Token or _csrf)
        answer.put(
                "csrf_token",
                caller.session().map(session -> session.csrfToken()).orElse(null));
        Responses.json(context, 200, answer);
    }

    private AnalysisRecord find(Caller caller, String id) {
        return services.analyses().find(caller.tenant(), id).orElseThrow(() -> notFound(id));
    }

    private Map<String, String> storeNames(Caller caller) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Store store : services.directory().stores(caller.tenant())) {
            names.put(store.id(), store.name());
        }
        return names;
    }

    static ProfitSentinelException notFound(String id) {
        return new ProfitSentinelException(ErrorCode.NOT_FOUND, "Analysis '" + id + "' not found.");
    }

    private static Map<String, Object> listItem(AnalysisRecord record, Map<String, String> storeNames) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", record.id());
        item.put("store_id", record.storeId());
        item.put("store_name", storeNames.get(record.storeId()));
        item.put("label", record.label());
        item.put("original_filename", record.originalFilename());
        item.put("rows", record.rows());
        item.put("created_at", record.createdAt().toString());
        item.put("engine", record.engine());
        item.put("status", record.status().apiName());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("findings", record.findings());
        summary.put("annual_profit_at_risk", record.annualProfitAtRisk());
        item.put("summary", summary);
        item.put("has_full_result", true);
        return item;
    }

    private static Map<String, Object> analysis(AnalysisRecord record, Map<String, String> storeNames) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", record.id());
        answer.put("org_id", record.orgId());
        answer.put("store_id", record.storeId());
        answer.put("store_name", storeNames.get(record.storeId()));
        answer.put("label", record.label());
        answer.put("status", record.status().apiName());
        answer.put("as_of", record.asOf().toString());
        answer.put("created_at", record.createdAt().toString());
        answer.put("completed_at", record.completedAt().toString());
        answer.put("created_by", Map.of("user_id", record.createdBy()));
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("primary", record.engine() + "@" + record.engineVersion());
        run.put("fallback_used", false);
        run.put("fallback_reason", null);
        answer.put("engine_run", run);
        answer.put("error", null);
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("self", "/api/v1/analyses/" + record.id());
        links.put("legacy", "/api/v1/analyses/" + record.id() + "/legacy");
        links.put("result", "/api/v1/analyses/" + record.id() + "/result");
        links.put("findings", "/api/v1/findings?analysis_id=" + record.id());
        links.put("compare", "/api/v1/analyses/" + record.id() + "/compare");
        answer.put("links", links);
        return answer;
    }
}

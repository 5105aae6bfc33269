package com.profitsentinel.server.findings;

import com.profitsentinel.app.explain.Explainer;
import com.profitsentinel.app.findings.Acknowledgement;
import com.profitsentinel.app.findings.AcknowledgementReason;
import com.profitsentinel.app.findings.FindingHistoryEntry;
import com.profitsentinel.app.findings.FindingPage;
import com.profitsentinel.app.findings.FindingQuery;
import com.profitsentinel.app.findings.FindingState;
import com.profitsentinel.app.findings.FindingStatus;
import com.profitsentinel.app.findings.FindingView;
import com.profitsentinel.app.findings.GroupView;
import com.profitsentinel.app.history.Page;
import com.profitsentinel.app.output.CsvCells;
import com.profitsentinel.app.tenant.Role;
import com.profitsentinel.app.tenant.Store;
import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import com.profitsentinel.engine.finding.FindingKind;
import com.profitsentinel.server.Services;
import com.profitsentinel.server.audit.Audit;
import com.profitsentinel.server.auth.Caller;
import com.profitsentinel.server.auth.Callers;
import com.profitsentinel.server.http.Json;
import com.profitsentinel.server.http.JsonBodies;
import com.profitsentinel.server.http.Responses;
import com.profitsentinel.server.http.Route;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Findings and groups under {@code /api/v1} (api.md §5.4): the filtered, paged list with totals and facets, one finding
 * with its history, acknowledge / restore (one or in bulk), the CSV export, and the groups ranked by priority. Every
 * lookup goes through the caller's tenant: an ID of another org or of a store outside the caller's scope is 404.
 */
public final class FindingRoutes {
    private static final Set<String> SEVERITIES = Set.of("info", "low", "medium", "high", "critical");
    private static final int HISTORY = 12;
    private static final int GROUP_FINDINGS = 100;
    private static final int BULK_MAX = 500;
    private static final List<String> CSV_COLUMNS = List.of(
            "finding_id",
            "store",
            "leak_type",
            "severity",
            "status",
            "sku",
            "description",
            "department",
            "category",
            "vendor",
            "annual_profit_at_risk",
            "capital_tied_up",
            "confidence",
            "first_seen_at",
            "context");

    private final Services services;
    private final Callers callers;
    private final Audit audit;
    private final Clock clock;

    public FindingRoutes(Services services, Callers callers, Audit audit, Clock clock) {
        this.services = services;
        this.callers = callers;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Route> routes() {
        String member = "any member (viewer and above)";
        String manager = "store_manager and above";
        return List.of(
                Route.get(
                        "/api/v1/findings",
                        "listFindings",
                        "Findings of the latest analyses (or one analysis) with filters, sort, totals and facets",
                        "v1",
                        member,
                        "FindingPage",
                        List.of(422),
                        this::list),
                Route.get(
                        "/api/v1/findings/export.csv",
                        "exportFindings",
                        "The same filters as the list, as CSV (at most 100,000 rows)",
                        "v1",
                        member,
                        "Csv",
                        List.of(422),
                        this::export),
                new Route(
                        "POST",
                        "/api/v1/findings/bulk-acknowledge",
                        "bulkAcknowledgeFindings",
                        "Acknowledge up to 500 findings ({ids, reason, note?})",
                        "v1",
                        manager,
                        Route.Body.JSON,
                        200,
                        Optional.of("BulkAcknowledgement"),
                        List.of(403, 422),
                        this::bulkAcknowledge),
                Route.get(
                        "/api/v1/findings/{id}",
                        "getFinding",
                        "One finding with its state and its last 12 analyses",
                        "v1",
                        member,
                        "FindingWithHistory",
                        List.of(404),
                        this::get),
                new Route(
                        "POST",
                        "/api/v1/findings/{id}/acknowledge",
                        "acknowledgeFinding",
                        "Acknowledge a finding ({reason, note?, until?}); idempotent",
                        "v1",
                        manager,
                        Route.Body.JSON,
                        200,
                        Optional.of("FindingStatusChange"),
                        List.of(403, 404, 422),
                        this::acknowledge),
                new Route(
                        "POST",
                        "/api/v1/findings/{id}/restore",
                        "restoreFinding",
                        "Make an acknowledged finding active again; idempotent",
                        "v1",
                        manager,
                        Route.Body.NONE,
                        200,
                        Optional.of("FindingStatusChange"),
                        List.of(403, 404),
                        this::restore),
                Route.get(
                        "/api/v1/finding-groups",
                        "listFindingGroups",
                        "Groups of the latest analyses by priority (store_id, leak_type, page, page_size)",
                        "v1",
                        member,
                        "FindingGroupPage",
                        List.of(422),
                        this::groups),
                Route.get(
                        "/api/v1/finding-groups/{id}",
                        "getFindingGroup",
                        "One group with its first 100 findings by impact",
                        "v1",
                        member,
                        "FindingGroup",
                        List.of(404),
                        this::group));
    }

    // ------------------------------------------------------------------------------------------------ list, export

    private void list(Context context) {
        Caller caller = callers.of(context);
        int page = Responses.queryInt(context, "page", 1, 1, Integer.MAX_VALUE);
        int pageSize = Responses.queryInt(context, "page_size", 20, 1, Page.MAX_PAGE_SIZE);
        FindingPage found = services.findings().list(caller.tenant(), query(context, page, pageSize));
        Rendering rendering = new Rendering(caller);
        List<Map<String, Object>> items = new ArrayList<>();
        for (FindingView view : found.page().items()) {
            items.add(rendering.finding(view));
        }
        Map<String, Object> answer = Responses.page(found.page(), items);
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("annual_profit_at_risk", found.annualProfitAtRisk());
        totals.put("capital_tied_up", found.capitalTiedUp());
        answer.put("totals", totals);
        answer.put("facets", found.facets());
        Responses.json(context, 200, answer);
    }

    private void export(Context context) {
        Caller caller = callers.of(context);
        FindingPage found = services.findings().list(caller.tenant(), query(context, 1, FindingQuery.UNPAGED));
        Map<String, String> names = storeNames(caller);
        StringBuilder csv = new StringBuilder(String.join(",", CSV_COLUMNS)).append("\r\n");
        for (FindingView view : found.page().items()) {
            var finding = view.finding();
            Map<String, Object> document = Json.object(finding.document());
            List<String> cells = List.of(
                    finding.findingId(),
                    names.getOrDefault(view.storeId(), view.storeId()),
                    finding.leakType(),
                    finding.severity(),
                    view.state().status().id(),
                    finding.sku(),
                    finding.description(),
                    finding.department().orElse(""),
                    finding.category().orElse(""),
                    finding.vendor().orElse(""),
                    finding.annualProfitAtRisk().toPlainString(),
                    finding.capitalTiedUp().toPlainString(),
                    String.valueOf(document.getOrDefault("confidence", "")),
                    Responses.timestamp(view.state().firstSeenAt()),
                    String.valueOf(document.getOrDefault("context", "")));
            List<String> safe = new ArrayList<>(cells.size());
            for (String cell : cells) {
                safe.add(CsvCells.text(cell));
            }
            csv.append(String.join(",", safe)).append("\r\n");
        }
        context.status(200);
        context.header("Content-Disposition", "attachment; filename=\"findings.csv\"");
        context.contentType("text/csv; charset=utf-8");
        context.result(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The list's query parameters (api.md §5.4), each invalid one a 422 naming it. */
    private static FindingQuery query(Context context, int page, int pageSize) {
        Set<FindingStatus> statuses =
                switch (Responses.query(context, "status").orElse("active").toLowerCase(Locale.ROOT)) {
                    case "active" -> EnumSet.of(FindingStatus.ACTIVE);
                    case "acknowledged" -> EnumSet.of(FindingStatus.ACKNOWLEDGED);
                    case "resolved" -> EnumSet.of(FindingStatus.RESOLVED);
                    case "all" -> EnumSet.allOf(FindingStatus.class);
                    default ->
                        throw Responses.invalidField(
                                "status", "invalid_value", "status must be active, acknowledged, resolved or all.");
                };
        Set<String> leakTypes = new LinkedHashSet<>();
        for (String value : values(context, "leak_type")) {
            String type = value.toUpperCase(Locale.ROOT);
            Optional<FindingKind> kind = Explainer.kind(type).or(() -> Explainer.kind(value.toLowerCase(Locale.ROOT)));
            leakTypes.add(kind.orElseThrow(() -> Responses.invalidField(
                            "leak_type", "invalid_value", "\"" + value + "\" is not a leak type."))
                    .id());
        }
        Set<String> severities = new LinkedHashSet<>();
        for (String value : values(context, "severity")) {
            String severity = value.toLowerCase(Locale.ROOT);
            if (!SEVERITIES.contains(severity)) {
                throw Responses.invalidField(
                        "severity", "invalid_value", "severity must be info, low, medium, high or critical.");
            }
            severities.add(severity);
        }
        Optional<BigDecimal> minImpact = Responses.query(context, "min_impact").map(text -> {
            try {
                BigDecimal value = new BigDecimal(text);
                if (value.signum() >= 0) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw Responses.invalidField(
                    "min_impact", "invalid_value", "min_impact must be a dollar amount ≥ 0, not \"" + text + "\".");
        });
        FindingQuery.Sort sort =
                switch (Responses.query(context, "sort").orElse("impact").toLowerCase(Locale.ROOT)) {
                    case "impact" -> FindingQuery.Sort.IMPACT;
                    case "priority" -> FindingQuery.Sort.PRIORITY;
                    case "date" -> FindingQuery.Sort.DATE;
                    case "sku" -> FindingQuery.Sort.SKU;
                    default ->
                        throw Responses.invalidField(
                                "sort", "invalid_value", "sort must be impact, priority, date or sku.");
                };
        boolean descending =
                switch (Responses.query(context, "order").orElse(sort == FindingQuery.Sort.SKU ? "asc" : "desc")) {
                    case "desc" -> true;
                    case "asc" -> false;
                    default -> throw Responses.invalidField("order", "invalid_value", "order must be desc or asc.");
                };
        return new FindingQuery(
                Responses.query(context, "store_id"),
                Responses.query(context, "analysis_id"),
                statuses,
                leakTypes,
                severities,
                Responses.query(context, "department"),
                Responses.query(context, "category"),
                Responses.query(context, "vendor"),
                minImpact,
                Responses.query(context, "q"),
                sort,
                descending,
                page,
                pageSize);
    }

    /** A repeatable parameter: {@code ?x=a&x=b} and {@code ?x=a,b}. */
    private static List<String> values(Context context, String name) {
        List<String> values = new ArrayList<>();
        for (String value : context.queryParams(name)) {
            for (String part : value.split(",", -1)) {
                if (!part.isBlank()) {
                    values.add(part.strip());
                }
            }
        }
        return values;
    }

    // ------------------------------------------------------------------------------------------------ one finding

    private void get(Context context) {
        Caller caller = callers.of(context);
        String id = Responses.path(context, "id");
        FindingView view = find(caller, id);
        Map<String, Object> answer = new Rendering(caller).finding(view);
        List<Map<String, Object>> history = new ArrayList<>();
        for (FindingHistoryEntry entry : services.findings().history(caller.tenant(), id, HISTORY)) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("analysis_id", entry.analysisId());
            item.put("at", Responses.timestamp(entry.at()));
            item.put("annual_profit_at_risk", entry.annualProfitAtRisk());
            Object evidence = Json.object(entry.document()).get("evidence");
            item.put("facts", evidence instanceof Map<?, ?> map ? map.get("facts") : List.of());
            history.add(item);
        }
        answer.put("history", history);
        Responses.json(context, 200, answer);
    }

    private void acknowledge(Context context) {
        Caller caller = callers.of(context);
        caller.requireRole(Role.STORE_MANAGER);
        String id = Responses.path(context, "id");
        FindingView view = find(caller, id);
        Map<String, Object> body = JsonBodies.object(context, List.of("reason", "note", "until"));
        AcknowledgementReason reason = reason(body);
        Optional<String> note = note(body);
        Optional<LocalDate> until = Optional.empty();
        if (body.get("until") instanceof String text && !text.isBlank()) {
            try {
                until = Optional.of(LocalDate.parse(text.strip()));
            } catch (DateTimeParseException e) {
                throw Responses.invalidField(
                        "until", "invalid_date", "until must be a date written YYYY-MM-DD, not \"" + text + "\".");
            }
        } else if (body.get("until") != null) {
            throw Responses.invalidField("until", "invalid_date", "until must be a date written YYYY-MM-DD.");
        }
        FindingState state = services.findings()
                .acknowledge(
                        caller.tenant(),
                        id,
                        acknowledgement(
                                caller, reason, note, until, view.finding().annualProfitAtRisk()))
                .orElseThrow(() -> notFound(id));
        audit.record(
                caller,
                context,
                "finding.acknowledged",
                "finding",
                id,
                Json.text(Map.of("status", view.state().status().id())),
                Json.text(Map.of("status", state.status().id(), "reason", reason.id())));
        Responses.json(context, 200, statusChange(state));
    }

    private void restore(Context context) {
        Caller caller = callers.of(context);
        caller.requireRole(Role.STORE_MANAGER);
        String id = Responses.path(context, "id");
        FindingView view = find(caller, id);
        FindingState state = services.findings().restore(caller.tenant(), id).orElseThrow(() -> notFound(id));
        if (view.state().status() != state.status()) {
            audit.record(
                    caller,
                    context,
                    "finding.restored",
                    "finding",
                    id,
                    Json.text(Map.of("status", view.state().status().id())),
                    Json.text(Map.of("status", state.status().id())));
        }
        Responses.json(context, 200, statusChange(state));
    }

    private void bulkAcknowledge(Context context) {
        Caller caller = callers.of(context);
        caller.requireRole(Role.STORE_MANAGER);
        Map<String, Object> body = JsonBodies.object(context, List.of("ids", "reason", "note"));
        List<String> ids = new ArrayList<>();
        if (body.get("ids") instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof String text) {
                    ids.add(text);
                }
            }
        }
        if (ids.isEmpty() || ids.size() > BULK_MAX) {
            throw Responses.invalidField("ids", "out_of_range", "ids must list 1 to " + BULK_MAX + " finding IDs.");
        }
        AcknowledgementReason reason = reason(body);
        Optional<String> note = note(body);
        int acknowledged = 0;
        List<String> notFound = new ArrayList<>();
        for (String id : new LinkedHashSet<>(ids)) {
            Optional<FindingView> view = services.findings().find(caller.tenant(), id);
            if (view.isEmpty()) {
                notFound.add(id);
                continue;
            }
            services.findings()
                    .acknowledge(
                            caller.tenant(),
                            id,
                            acknowledgement(
                                    caller,
                                    reason,
                                    note,
                                    Optional.empty(),
                                    view.get().finding().annualProfitAtRisk()));
            audit.record(
                    caller,
                    context,
                    "finding.acknowledged",
                    "finding",
                    id,
                    Json.text(Map.of("status", view.get().state().status().id())),
                    Json.text(Map.of("status", "acknowledged", "reason", reason.id())));
            acknowledged++;
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("acknowledged", acknowledged);
        answer.put("not_found", notFound);
        Responses.json(context, 200, answer);
    }

    /** An acknowledgement by the caller, now, of a finding whose impact is {@code impact}. */
    private Acknowledgement acknowledgement(
            Caller caller,
            AcknowledgementReason reason,
            Optional<String> note,
            Optional<LocalDate> until,
            BigDecimal impact) {
        return new Acknowledgement(
                caller.user().id(), caller.user().name(), clock.instant(), reason, note, until, impact);
    }

    private static AcknowledgementReason reason(Map<String, Object> body) {
        String text = body.get("reason") instanceof String value ? value.strip().toLowerCase(Locale.ROOT) : "";
        return AcknowledgementReason.byId(text)
                .orElseThrow(() -> Responses.invalidField(
                        "reason",
                        "invalid_value",
                        "reason must be expected, fixed, not_an_issue, will_monitor or other."));
    }

    private static Optional<String> note(Map<String, Object> body) {
        Object note = body.get("note");
        if (note == null) {
            return Optional.empty();
        }
        if (!(note instanceof String text) || text.length() > Acknowledgement.MAX_NOTE_LENGTH) {
            throw Responses.invalidField(
                    "note",
                    "out_of_range",
                    "note must be a text of at most " + Acknowledgement.MAX_NOTE_LENGTH + " characters.");
        }
        return text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }

    private static Map<String, Object> statusChange(FindingState state) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", state.findingId());
        answer.put("status", state.status().id());
        answer.put(
                "acknowledgement",
                state.acknowledgement().map(Rendering::acknowledgement).orElse(null));
        return answer;
    }

    // ------------------------------------------------------------------------------------------------ groups

    private void groups(Context context) {
        Caller caller = callers.of(context);
        int page = Responses.queryInt(context, "page", 1, 1, Integer.MAX_VALUE);
        int pageSize = Responses.queryInt(context, "page_size", 20, 1, Page.MAX_PAGE_SIZE);
        Optional<String> leakType = Responses.query(context, "leak_type")
                .map(value -> Explainer.kind(value.toUpperCase(Locale.ROOT))
                        .or(() -> Explainer.kind(value.toLowerCase(Locale.ROOT)))
                        .orElseThrow(() -> Responses.invalidField(
                                "leak_type", "invalid_value", "\"" + value + "\" is not a leak type."))
                        .id());
        Page<GroupView> found = services.findings()
                .groups(caller.tenant(), Responses.query(context, "store_id"), leakType, page, pageSize);
        Rendering rendering = new Rendering(caller);
        List<Map<String, Object>> items = new ArrayList<>();
        for (GroupView view : found.items()) {
            items.add(rendering.group(view));
        }
        Responses.json(context, 200, Responses.page(found, items));
    }

    private void group(Context context) {
        Caller caller = callers.of(context);
        String id = Responses.path(context, "id");
        GroupView view = services.findings()
                .group(caller.tenant(), id)
                .orElseThrow(() -> new ProfitSentinelException(ErrorCode.NOT_FOUND, "Group '" + id + "' not found."));
        Rendering rendering = new Rendering(caller);
        Map<String, Object> answer = rendering.group(view);
        List<Map<String, Object>> findings = new ArrayList<>();
        for (FindingView member : services.findings().members(caller.tenant(), view, GROUP_FINDINGS)) {
            findings.add(rendering.finding(member));
        }
        answer.put("findings", findings);
        Responses.json(context, 200, answer);
    }

    // ------------------------------------------------------------------------------------------------ shared

    private FindingView find(Caller caller, String id) {
        return services.findings().find(caller.tenant(), id).orElseThrow(() -> notFound(id));
    }

    static ProfitSentinelException notFound(String id) {
        return new ProfitSentinelException(ErrorCode.NOT_FOUND, "Finding '" + id + "' not found.");
    }

    private Map<String, String> storeNames(Caller caller) {
        Map<String, String> names = new HashMap<>();
        for (Store store : services.directory().stores(caller.tenant())) {
            names.put(store.id(), store.name());
        }
        return names;
    }

    /** Renders findings and groups for one request, reading each group's root cause once. */
    private final class Rendering {
        private final Caller caller;
        private final Map<String, String> storeNames;
        private final Map<String, Optional<Map<String, Object>>> rootCauses = new HashMap<>();

        Rendering(Caller caller) {
            this.caller = caller;
            this.storeNames = storeNames(caller);
        }

        /** The Finding object of api.md §5.1: the engine's fields, then the product layer's. */
        Map<String, Object> finding(FindingView view) {
            var finding = view.finding();
            FindingState state = view.state();
            Map<String, Object> json = Json.object(finding.document());
            json.remove("source_row");
            json.putIfAbsent("legacy_score", null);
            json.put("store_id", view.storeId());
            json.put("store_name", storeNames.get(view.storeId()));
            json.put("type_display", typeDisplay(finding.leakType()));
            json.put("vendor", finding.vendor().orElse(null));
            json.put("category", finding.category().orElse(null));
            json.put("department", finding.department().orElse(null));
            json.put("status", state.status().id());
            json.put("first_seen_at", Responses.timestamp(state.firstSeenAt()));
            json.put("last_seen_at", Responses.timestamp(state.lastSeenAt()));
            json.put("last_analysis_id", state.lastAnalysisId());
            json.put("times_seen", state.timesSeen());
            json.put("priority_score", com.profitsentinel.app.output.ResultJson.ratio(finding.priority()));
            json.put("root_cause", rootCause(finding.groupId()));
            json.put(
                    "acknowledgement",
                    state.acknowledgement().map(Rendering::acknowledgement).orElse(null));
            json.put("reactivated_reason", state.reactivatedReason().orElse(null));
            json.put("task_ids", List.of());
            return json;
        }

        /** The FindingGroup object of api.md §5.1. */
        Map<String, Object> group(GroupView view) {
            Map<String, Object> json = Json.object(view.group().document());
            json.remove("title");
            json.remove("finding_ids");
            json.put("store_id", view.storeId());
            json.put("type_display", typeDisplay(view.group().leakType()));
            json.put("severity", view.severity());
            json.put("finding_count_active", view.activeFindings());
            Object rootCause = json.get("root_cause");
            json.put(
                    "hypotheses",
                    rootCause instanceof Map<?, ?> diagnosis && diagnosis.get("hypotheses") instanceof List<?> list
                            ? list
                            : List.of());
            return json;
        }

        /** The root cause of the finding's group, {@code null} when none is named; read once per group. */
        private @org.jspecify.annotations.Nullable Map<String, Object> rootCause(String groupId) {
            return rootCauses
                    .computeIfAbsent(groupId, id -> services.findings()
                            .group(caller.tenant(), id)
                            .flatMap(group -> Explainer.rootCauseSummary(
                                    Json.object(group.group().document()).get("root_cause"))))
                    .orElse(null);
        }

        static Map<String, Object> acknowledgement(Acknowledgement acknowledgement) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("by", Map.of("user_id", acknowledgement.byUserId(), "name", acknowledgement.byName()));
            json.put("at", Responses.timestamp(acknowledgement.at()));
            json.put("reason", acknowledgement.reason().id());
            json.put("note", acknowledgement.note().orElse(null));
            json.put("until", acknowledgement.until().map(LocalDate::toString).orElse(null));
            return json;
        }
    }

    static String typeDisplay(String leakType) {
        return Explainer.kind(leakType).map(FindingKind::title).orElse(leakType);
    }
}

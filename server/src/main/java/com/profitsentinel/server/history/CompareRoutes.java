package com.profitsentinel.server.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.profitsentinel.app.compare.Comparisons;
import com.profitsentinel.app.history.AnalysisRecord;
import com.profitsentinel.app.history.AnalysisStatus;
import com.profitsentinel.app.history.Page;
import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import com.profitsentinel.server.Services;
import com.profitsentinel.server.auth.Caller;
import com.profitsentinel.server.auth.Callers;
import com.profitsentinel.server.http.JsonBodies;
import com.profitsentinel.server.http.Responses;
import com.profitsentinel.server.http.Route;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Comparing two stored analyses (api.md §5.3, workflows.md §9): per leak type and legacy key from the analyses'
 * documents (every finding counted), per finding from their snapshots.
 */
public final class CompareRoutes {
    private final Services services;
    private final Callers callers;

    public CompareRoutes(Services services, Callers callers) {
        this.services = services;
        this.callers = callers;
    }

    public List<Route> routes() {
        String member = "any member (viewer and above)";
        return List.of(
                new Route(
                        "POST",
                        "/api/v1/analyses/compare",
                        "compareAnalyses",
                        "Compare two analyses ({current_id, previous_id}): new, resolved, worsening and improving",
                        "v1",
                        member,
                        Route.Body.JSON,
                        200,
                        Optional.of("Comparison"),
                        List.of(404, 422),
                        this::compareBody),
                Route.get(
                        "/api/v1/analyses/{id}/compare",
                        "compareWithPrevious",
                        "Compare an analysis with an earlier one (previous=auto, the store's newest earlier one, or an"
                                + " id)",
                        "v1",
                        member,
                        "Comparison",
                        List.of(404),
                        this::compareWithPrevious));
    }

    private void compareBody(Context context) {
        Caller caller = callers.of(context);
        Map<String, Object> body = JsonBodies.object(context, List.of("current_id", "previous_id"));
        String currentId = body.get("current_id") instanceof String text ? text : "";
        String previousId = body.get("previous_id") instanceof String text ? text : "";
        AnalysisRecord current = find(caller, currentId, "Current");
        AnalysisRecord previous = find(caller, previousId, "Previous");
        Responses.json(context, 200, compare(caller, current, previous));
    }

    private void compareWithPrevious(Context context) {
        Caller caller = callers.of(context);
        AnalysisRecord current = find(caller, Responses.path(context, "id"), "Current");
        String wanted = Responses.query(context, "previous").orElse("auto");
        AnalysisRecord previous = wanted.equals("auto") ? earlier(caller, current) : find(caller, wanted, "Previous");
        Responses.json(context, 200, compare(caller, current, previous));
    }

    /** The store's newest succeeded analysis made before {@code current}. */
    private AnalysisRecord earlier(Caller caller, AnalysisRecord current) {
        int page = 1;
        while (true) {
            Page<AnalysisRecord> found =
                    services.analyses().list(caller.tenant(), Optional.of(current.storeId()), page, Page.MAX_PAGE_SIZE);
            for (AnalysisRecord candidate : found.items()) {
                if (candidate.status() == AnalysisStatus.SUCCEEDED
                        && !candidate.id().equals(current.id())
                        && (candidate.createdAt().isBefore(current.createdAt())
                                || (candidate.createdAt().equals(current.createdAt())
                                        && candidate.id().compareTo(current.id()) < 0))) {
                    return candidate;
                }
            }
            if (page >= found.totalPages()) {
                throw new ProfitSentinelException(
                        ErrorCode.NO_DATA,
                        "No earlier analysis of this store to compare with. Upload another export first.");
            }
            page++;
        }
    }

    private AnalysisRecord find(Caller caller, String id, String which) {
        return services.analyses()
                .find(caller.tenant(), id)
                .orElseThrow(() ->
                        new ProfitSentinelException(ErrorCode.NOT_FOUND, which + " analysis '" + id + "' not found"));
    }

    private Map<String, Object> compare(Caller caller, AnalysisRecord current, AnalysisRecord previous) {
        return Comparisons.compare(
                side(caller, current),
                side(caller, previous),
                services.findings().absentSkus(caller.tenant(), current.id()));
    }

    private Comparisons.Side side(Caller caller, AnalysisRecord record) {
        byte[] result = services.analyses()
                .resultDocument(caller.tenant(), record.id())
                .orElseThrow(() -> AnalysisRoutes.notFound(record.id()));
        byte[] legacy = services.analyses()
                .legacyDocument(caller.tenant(), record.id())
                .orElseThrow(() -> AnalysisRoutes.notFound(record.id()));
        JsonNode summary = StoredDocuments.member(result, "summary");
        Map<String, Long> legacyCounts = new LinkedHashMap<>();
        StoredDocuments.member(legacy, "leaks")
                .properties()
                .forEach(entry -> legacyCounts.put(
                        entry.getKey(), entry.getValue().path("count").asLong()));
        return new Comparisons.Side(
                record.id(),
                record.label(),
                record.createdAt(),
                record.storeId(),
                record.rows(),
                longs(summary.path("findings_by_type")),
                doubles(summary.path("impact_by_type")),
                doubles(summary.path("capital_by_type")),
                legacyCounts,
                doubles(StoredDocuments.member(legacy, "summary")
                        .path("estimated_impact")
                        .path("breakdown")),
                services.findings().lines(caller.tenant(), record.id()));
    }

    private static Map<String, Long> longs(JsonNode object) {
        Map<String, Long> values = new LinkedHashMap<>();
        object.properties()
                .forEach(entry -> values.put(entry.getKey(), entry.getValue().asLong()));
        return values;
    }

    private static Map<String, Double> doubles(JsonNode object) {
        Map<String, Double> values = new LinkedHashMap<>();
        object.properties().forEach(entry -> {
            if (entry.getValue().isNumber()) {
                values.put(entry.getKey(), entry.getValue().asDouble());
            }
        });
        return values;
    }
}

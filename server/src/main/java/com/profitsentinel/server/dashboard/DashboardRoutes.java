package com.profitsentinel.server.dashboard;

import com.profitsentinel.app.config.StoreConfig;
import com.profitsentinel.app.findings.FindingPage;
import com.profitsentinel.app.findings.FindingQuery;
import com.profitsentinel.app.findings.FindingStatus;
import com.profitsentinel.app.findings.FindingView;
import com.profitsentinel.app.history.AnalysisRecord;
import com.profitsentinel.app.tenant.Store;
import com.profitsentinel.engine.finding.FindingKind;
import com.profitsentinel.server.Services;
import com.profitsentinel.server.auth.Caller;
import com.profitsentinel.server.auth.Callers;
import com.profitsentinel.server.http.Responses;
import com.profitsentinel.server.http.Route;
import com.profitsentinel.server.stores.Stores;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dashboard (api.md §5.11): the latest analysis of each store in scope, totals, dollars by leak type and by
 * department with the department status of workflows.md §10, the top findings and the change since each store's
 * previous analysis. Tasks, predictions and cost of inaction come with the workflows; until then they are 0 or null.
 */
public final class DashboardRoutes {
    private static final BigDecimal RED_IMPACT = new BigDecimal("500");
    private static final long RED_COUNT = 3;
    private static final int TOP_FINDINGS = 5;

    private final Services services;
    private final Callers callers;
    private final Clock clock;

    public DashboardRoutes(Services services, Callers callers, Clock clock) {
        this.services = services;
        this.callers = callers;
        this.clock = clock;
    }

    public List<Route> routes() {
        return List.of(Route.get(
                "/api/v1/dashboard",
                "getDashboard",
                "Totals, dollars by leak type and department, top findings and change since the previous analysis",
                "v1",
                "any member (viewer and above)",
                "Dashboard",
                List.of(404),
                this::dashboard));
    }

    private void dashboard(Context context) {
        Caller caller = callers.of(context);
        Optional<String> storeId = Responses.query(context, "store_id");
        List<Store> stores = new ArrayList<>();
        if (storeId.isPresent()) {
            stores.add(Stores.inScope(services.directory(), caller, storeId.get()));
        } else {
            stores.addAll(services.directory().stores(caller.tenant()));
        }
        List<Map<String, Object>> latest = new ArrayList<>();
        BigDecimal impactDelta = BigDecimal.ZERO;
        long findingsDelta = 0;
        boolean anyPrevious = false;
        for (Store store : stores) {
            List<AnalysisRecord> recent = services.analyses().newestSucceeded(caller.tenant(), store.id(), 2);
            if (recent.isEmpty()) {
                continue;
            }
            AnalysisRecord newest = recent.get(0);
            StoreConfig config = services.configs()
                    .find(caller.tenant(), store.id())
                    .orElseGet(() -> StoreConfig.defaults(store.id(), store.timezone()));
            LocalDate today =
                    LocalDate.now(clock.withZone(ZoneId.of(config.storeContext().timezone())));
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("store_id", store.id());
            line.put("store_name", store.name());
            line.put("analysis_id", newest.id());
            line.put("at", Responses.timestamp(newest.createdAt()));
            line.put("as_of", newest.asOf().toString());
            line.put(
                    "stale",
                    ChronoUnit.DAYS.between(newest.asOf(), today)
                            > config.workflowSettings().staleAfterDays());
            latest.add(line);
            if (recent.size() > 1) {
                anyPrevious = true;
                impactDelta = impactDelta.add(
                        newest.annualProfitAtRisk().subtract(recent.get(1).annualProfitAtRisk()));
                findingsDelta += newest.findings() - recent.get(1).findings();
            }
        }
        FindingQuery query = new FindingQuery(
                storeId,
                Optional.empty(),
                EnumSet.of(FindingStatus.ACTIVE),
                java.util.Set.of(),
                java.util.Set.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                FindingQuery.Sort.IMPACT,
                true,
                1,
                TOP_FINDINGS);
        FindingPage active = services.findings().list(caller.tenant(), query);
        long acknowledged = services.findings()
                .list(
                        caller.tenant(),
                        query.withStatuses(EnumSet.of(FindingStatus.ACKNOWLEDGED))
                                .withPage(1, 1))
                .page()
                .total();
        Map<String, Object> totals = new LinkedHashMap<>();
        // the headline counts each store and SKU once (workflows.md §0.2); by_type sums may overlap
        totals.put("annual_profit_at_risk", services.findings().deduplicatedImpact(caller.tenant(), query));
        totals.put("capital_tied_up", active.capitalTiedUp());
        totals.put("findings_active", active.page().total());
        totals.put("findings_acknowledged", acknowledged);
        totals.put("tasks_open", 0);
        totals.put("tasks_overdue", 0);
        Map<String, Object> answer = new LinkedHashMap<>();
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("store_ids", stores.stream().map(Store::id).toList());
        answer.put("scope", scope);
        answer.put("latest_analyses", latest);
        answer.put("totals", totals);
        answer.put("by_type", byType(active));
        answer.put("by_department", byDepartment(active));
        List<Map<String, Object>> top = new ArrayList<>();
        for (FindingView view : active.page().items()) {
            Map<String, Object> finding = new LinkedHashMap<>();
            finding.put("finding_id", view.finding().findingId());
            finding.put("store_id", view.storeId());
            finding.put("leak_type", view.finding().leakType());
            finding.put("type_display", display(view.finding().leakType()));
            finding.put("sku", view.finding().sku());
            finding.put("description", view.finding().description());
            finding.put("severity", view.finding().severity());
            finding.put("annual_profit_at_risk", view.finding().annualProfitAtRisk());
            top.add(finding);
        }
        answer.put("top_findings", top);
        answer.put("predictions", null);
        answer.put("cost_of_inaction", null);
        if (anyPrevious) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("annual_profit_at_risk_delta", impactDelta);
            change.put("findings_delta", findingsDelta);
            change.put("trend", trend(impactDelta, findingsDelta));
            answer.put("change_vs_previous", change);
        } else {
            answer.put("change_vs_previous", null);
        }
        Responses.json(context, 200, answer);
    }

    /** The overall trend of workflows.md §9: ±$500 of impact first, then ±2 findings. */
    static String trend(BigDecimal impactDelta, long findingsDelta) {
        if (impactDelta.compareTo(new BigDecimal("500")) > 0) {
            return "worsening";
        }
        if (impactDelta.compareTo(new BigDecimal("-500")) < 0) {
            return "improving";
        }
        if (findingsDelta > 2) {
            return "worsening";
        }
        return findingsDelta < -2 ? "improving" : "stable";
    }

    private static List<Map<String, Object>> byType(FindingPage active) {
        List<Map<String, Object>> byType = new ArrayList<>();
        Map<String, FindingPage.Figures> figures = active.figures().getOrDefault("leak_type", Map.of());
        active.facets().getOrDefault("leak_type", Map.of()).forEach((type, count) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("leak_type", type);
            entry.put("type_display", display(type));
            entry.put("finding_count", count);
            entry.put(
                    "annual_profit_at_risk",
                    Optional.ofNullable(figures.get(type))
                            .map(FindingPage.Figures::annualProfitAtRisk)
                            .orElse(BigDecimal.ZERO));
            byType.add(entry);
        });
        byType.sort(java.util.Comparator.comparing(
                (Map<String, Object> entry) ->
                        entry.get("annual_profit_at_risk") instanceof BigDecimal amount ? amount : BigDecimal.ZERO,
                java.util.Comparator.reverseOrder()));
        return byType;
    }

    /**
     * Departments with their status (workflows.md §10): red with an active finding of $500 or more or with 3 or more
     * active findings; yellow with 1–2 findings all below $500; green with none.
     */
    private static List<Map<String, Object>> byDepartment(FindingPage active) {
        List<Map<String, Object>> departments = new ArrayList<>();
        Map<String, FindingPage.Figures> figures = active.figures().getOrDefault("department", Map.of());
        active.facets().getOrDefault("department", Map.of()).forEach((department, count) -> {
            FindingPage.Figures found =
                    figures.getOrDefault(department, new FindingPage.Figures(BigDecimal.ZERO, BigDecimal.ZERO));
            String status = status(count, found.largest());
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("department", department);
            entry.put("status", status);
            entry.put("finding_count", count);
            entry.put("annual_profit_at_risk", found.annualProfitAtRisk());
            departments.add(entry);
        });
        return departments;
    }

    static String status(long activeFindings, BigDecimal largest) {
        if (activeFindings == 0) {
            return "green";
        }
        return largest.compareTo(RED_IMPACT) >= 0 || activeFindings >= RED_COUNT ? "red" : "yellow";
    }

    private static String display(String leakType) {
        return com.profitsentinel.app.explain.Explainer.kind(leakType)
                .map(FindingKind::title)
                .orElse(leakType);
    }
}

package com.profitsentinel.server.digest;

import com.profitsentinel.app.config.StoreConfig;
import com.profitsentinel.app.digest.DigestReports;
import com.profitsentinel.app.findings.FindingView;
import com.profitsentinel.app.findings.GroupView;
import com.profitsentinel.app.history.AnalysisRecord;
import com.profitsentinel.app.history.Page;
import com.profitsentinel.app.tenant.Store;
import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import com.profitsentinel.engine.finding.Group;
import com.profitsentinel.engine.rule.Parameter;
import com.profitsentinel.engine.rule.Parameters;
import com.profitsentinel.server.Services;
import com.profitsentinel.server.auth.Caller;
import com.profitsentinel.server.auth.Callers;
import com.profitsentinel.server.http.Json;
import com.profitsentinel.server.http.Responses;
import com.profitsentinel.server.http.Route;
import com.profitsentinel.server.stores.Stores;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The morning digest (api.md §5.6, workflows.md §3) of the latest analysis of each store asked for (default: every
 * store in scope), ranked across stores as engine.md §10 says.
 */
public final class DigestRoutes {
    /** The most members of a selected group read for its detail line and the de-duplicated total. */
    private static final int MAX_MEMBERS = 25_000;

    private final Services services;
    private final Callers callers;
    private final Clock clock;

    public DigestRoutes(Services services, Callers callers, Clock clock) {
        this.services = services;
        this.callers = callers;
        this.clock = clock;
    }

    public List<Route> routes() {
        String member = "any member (viewer and above)";
        return List.of(
                Route.get(
                        "/api/v1/digest",
                        "getDigest",
                        "The ranked digest of the latest analyses (store_id repeatable, top_k 1-100)",
                        "v1",
                        member,
                        "Digest",
                        List.of(404, 422),
                        context -> answer(context, storeIds(context))),
                Route.get(
                        "/api/v1/digest/{store_id}",
                        "getStoreDigest",
                        "The ranked digest of one store's latest analysis (top_k 1-100)",
                        "v1",
                        member,
                        "Digest",
                        List.of(404, 422),
                        context -> answer(context, List.of(Responses.path(context, "store_id")))));
    }

    private static List<String> storeIds(Context context) {
        List<String> ids = new ArrayList<>();
        for (String value : context.queryParams("store_id")) {
            for (String part : value.split(",", -1)) {
                if (!part.isBlank()) {
                    ids.add(part.strip());
                }
            }
        }
        return ids;
    }

    private void answer(Context context, List<String> requested) {
        Caller caller = callers.of(context);
        List<Store> stores = new ArrayList<>();
        if (requested.isEmpty()) {
            stores.addAll(services.directory().stores(caller.tenant()));
        } else {
            for (String id : requested) {
                stores.add(Stores.inScope(services.directory(), caller, id));
            }
        }
        // one store: its own thresholds and settings; several: the standard preset's
        Optional<StoreConfig> single = stores.size() == 1
                ? Optional.of(services.configs()
                        .find(caller.tenant(), stores.get(0).id())
                        .orElseGet(() -> StoreConfig.defaults(
                                stores.get(0).id(), stores.get(0).timezone())))
                : Optional.empty();
        Parameters parameters =
                single.map(config -> config.parameters(config.preset())).orElse(Parameters.standard());
        int topK = Responses.queryInt(context, "top_k", (int) parameters.get(Parameter.DIGEST_TOP_K), 1, 100);
        int staleAfterDays =
                single.map(config -> config.workflowSettings().staleAfterDays()).orElse(7);
        List<DigestReports.StoreData> data = new ArrayList<>();
        Map<String, GroupView> views = new HashMap<>();
        boolean anyData = false;
        for (Store store : stores) {
            List<AnalysisRecord> latest = services.analyses().newestSucceeded(caller.tenant(), store.id(), 1);
            if (latest.isEmpty()) {
                data.add(new DigestReports.StoreData(
                        store.id(), store.name(), Optional.empty(), Optional.empty(), List.of()));
                continue;
            }
            anyData = true;
            AnalysisRecord analysis = latest.get(0);
            List<DigestReports.StoredGroup> groups = new ArrayList<>();
            for (GroupView view : services.findings()
                    .groups(caller.tenant(), Optional.of(store.id()), Optional.empty(), 1, Page.MAX_PAGE_SIZE)
                    .items()) {
                views.put(view.group().groupId(), view);
                groups.add(new DigestReports.StoredGroup(
                        view.group().groupId(),
                        view.storeId(),
                        view.group().leakType(),
                        view.group().annualProfitAtRisk().doubleValue(),
                        view.group().capitalTiedUp().doubleValue(),
                        view.severity(),
                        Json.object(view.group().document())));
            }
            data.add(new DigestReports.StoreData(
                    store.id(), store.name(), Optional.of(analysis.id()), Optional.of(analysis.asOf()), groups));
        }
        if (!anyData) {
            throw new ProfitSentinelException(
                    ErrorCode.NO_DATA, "No analysis data available. Upload inventory data to get started.");
        }
        // rank, read the selected groups' findings, and rank again with their impacts for the de-duplicated total
        DigestReports.Ranking first = DigestReports.rank(data, Map.of(), parameters, topK);
        Map<String, Double> impacts = new HashMap<>();
        Map<String, List<Map<String, Object>>> members = new LinkedHashMap<>();
        for (Group group : first.digest().selected()) {
            GroupView view = views.get(group.groupId());
            if (view == null) {
                continue;
            }
            List<Map<String, Object>> documents = new ArrayList<>();
            for (FindingView finding : services.findings().members(caller.tenant(), view, MAX_MEMBERS)) {
                impacts.put(
                        finding.finding().findingId(),
                        finding.finding().annualProfitAtRisk().doubleValue());
                documents.add(Json.object(finding.finding().document()));
            }
            members.put(group.groupId(), documents);
        }
        DigestReports.Ranking ranking = DigestReports.rank(data, impacts, parameters, topK);
        ZoneId zone = ZoneId.of(single.map(config -> config.storeContext().timezone())
                .orElse(stores.get(0).timezone()));
        Responses.json(
                context,
                200,
                DigestReports.report(
                        data,
                        ranking,
                        members,
                        LocalDate.now(clock.withZone(zone)),
                        staleAfterDays,
                        Responses.timestamp(clock.instant())));
    }
}

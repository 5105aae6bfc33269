package com.profitsentinel.server.config;

import com.profitsentinel.app.config.StoreConfig;
import com.profitsentinel.app.config.StoreContext;
import com.profitsentinel.app.config.WorkflowSettings;
import com.profitsentinel.app.tenant.Role;
import com.profitsentinel.app.tenant.Store;
import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import com.profitsentinel.engine.record.CostBasis;
import com.profitsentinel.engine.rule.Parameter;
import com.profitsentinel.engine.rule.Preset;
import com.profitsentinel.server.Services;
import com.profitsentinel.server.audit.Audit;
import com.profitsentinel.server.auth.Caller;
import com.profitsentinel.server.auth.Callers;
import com.profitsentinel.server.http.Json;
import com.profitsentinel.server.http.JsonBodies;
import com.profitsentinel.server.http.Responses;
import com.profitsentinel.server.http.Route;
import com.profitsentinel.server.stores.Stores;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Per-store configuration (api.md §5.12): thresholds with their preset values and where each comes from, the store
 * context and the workflow settings; changed with {@code If-Match} (optimistic concurrency), audited with before and
 * after, effective for the next analysis.
 */
public final class ConfigRoutes {
    private final Services services;
    private final Callers callers;
    private final Audit audit;
    private final Clock clock;
    private final boolean storeManagersMayEdit;

    public ConfigRoutes(Services services, Callers callers, Audit audit, Clock clock, boolean storeManagersMayEdit) {
        this.services = services;
        this.callers = callers;
        this.audit = audit;
        this.clock = clock;
        this.storeManagersMayEdit = storeManagersMayEdit;
    }

    public List<Route> routes() {
        String member = "any member (viewer and above)";
        return List.of(
                Route.get(
                        "/api/v1/config",
                        "getConfig",
                        "A store's thresholds, store context and workflow settings (store_id), with its ETag",
                        "v1",
                        member,
                        "Config",
                        List.of(404, 422),
                        this::get),
                new Route(
                        "PUT",
                        "/api/v1/config",
                        "putConfig",
                        "Change a store's configuration ({store_id, preset?, parameters?, category_overrides?,"
                                + " vendor_overrides?, store_context?, workflow_settings?}); If-Match required",
                        "v1",
                        "org_admin and above",
                        Route.Body.JSON,
                        200,
                        Optional.of("Config"),
                        List.of(400, 403, 404, 412, 422, 428),
                        this::put),
                Route.get(
                        "/api/v1/config/presets",
                        "getPresets",
                        "The parameter table of engine.md §6.1: every parameter in each preset",
                        "v1",
                        member,
                        "Presets",
                        List.of(),
                        this::presets),
                new Route(
                        "POST",
                        "/api/v1/config/reset",
                        "resetConfig",
                        "Put a store's thresholds (scope parameters) or everything (scope all) back to the defaults",
                        "v1",
                        "org_admin and above",
                        Route.Body.JSON,
                        200,
                        Optional.of("Config"),
                        List.of(403, 404, 422),
                        this::reset));
    }

    private void get(Context context) {
        Caller caller = callers.of(context);
        String storeId = Responses.query(context, "store_id")
                .orElseThrow(() -> Responses.invalidField("store_id", "required", "store_id is required."));
        StoreConfig config = current(caller, store(caller, storeId));
        context.header("ETag", config.etag());
        Responses.json(context, 200, json(config));
    }

    private void put(Context context) {
        Caller caller = callers.of(context);
        Map<String, Object> body = JsonBodies.object(
                context,
                List.of(
                        "store_id",
                        "preset",
                        "parameters",
                        "category_overrides",
                        "vendor_overrides",
                        "store_context",
                        "workflow_settings"));
        Store store = store(caller, body.get("store_id") instanceof String text ? text : "");
        mayEdit(caller);
        StoreConfig before = current(caller, store);
        String ifMatch =
                Optional.ofNullable(context.header("If-Match")).orElse("").strip();
        if (ifMatch.isEmpty()) {
            throw new ProfitSentinelException(
                    ErrorCode.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag of the configuration you changed (GET /api/v1/config answers it).");
        }
        if (!ifMatch.equals(before.etag()) && !ifMatch.equals("W/" + before.etag())) {
            throw stale(before);
        }
        StoreConfig after = changed(caller, before, body);
        save(caller, context, before, after);
    }

    private void reset(Context context) {
        Caller caller = callers.of(context);
        Map<String, Object> body = JsonBodies.object(context, List.of("store_id", "scope"));
        Store store = store(caller, body.get("store_id") instanceof String text ? text : "");
        mayEdit(caller);
        StoreConfig before = current(caller, store);
        StoreConfig defaults = StoreConfig.defaults(store.id(), store.timezone());
        StoreConfig after =
                switch (body.get("scope") instanceof String text ? text : "") {
                    case "parameters" ->
                        new StoreConfig(
                                store.id(),
                                before.version() + 1,
                                before.preset(),
                                Map.of(),
                                Map.of(),
                                Map.of(),
                                before.storeContext(),
                                before.workflowSettings(),
                                Optional.of(clock.instant()),
                                Optional.of(caller.user().id()));
                    case "all" ->
                        new StoreConfig(
                                store.id(),
                                before.version() + 1,
                                defaults.preset(),
                                Map.of(),
                                Map.of(),
                                Map.of(),
                                defaults.storeContext(),
                                defaults.workflowSettings(),
                                Optional.of(clock.instant()),
                                Optional.of(caller.user().id()));
                    default ->
                        throw Responses.invalidField("scope", "invalid_value", "scope must be parameters or all.");
                };
        save(caller, context, before, after);
    }

    private void save(Caller caller, Context context, StoreConfig before, StoreConfig after) {
        if (!services.configs().save(caller.tenant(), after, before.version())) {
            throw stale(current(caller, store(caller, before.storeId())));
        }
        audit.record(
                caller,
                context,
                "config.updated",
                "store",
                after.storeId(),
                Json.text(json(before)),
                Json.text(json(after)));
        context.header("ETag", after.etag());
        Responses.json(context, 200, json(after));
    }

    private static ProfitSentinelException stale(StoreConfig current) {
        return new ProfitSentinelException(
                ErrorCode.PRECONDITION_FAILED,
                "The configuration changed since you read it (it is now version " + current.version()
                        + "). Read it again and re-apply your change.",
                Map.of("etag", current.etag()));
    }

    private void mayEdit(Caller caller) {
        if (storeManagersMayEdit && caller.tenant().role().includes(Role.STORE_MANAGER)) {
            return;
        }
        caller.requireRole(Role.ORG_ADMIN);
    }

    private Store store(Caller caller, String storeId) {
        return Stores.inScope(services.directory(), caller, storeId);
    }

    private StoreConfig current(Caller caller, Store store) {
        return services.configs()
                .find(caller.tenant(), store.id())
                .orElseGet(() -> StoreConfig.defaults(store.id(), store.timezone()));
    }

    /** The configuration after the body's changes; each invalid value is an error naming it. */
    private StoreConfig changed(Caller caller, StoreConfig before, Map<String, Object> body) {
        Preset preset = before.preset();
        if (body.get("preset") != null) {
            String name = body.get("preset") instanceof String text ? text : "";
            preset = Preset.byId(name)
                    .orElseThrow(() -> Responses.invalidField(
                            "preset", "invalid_value", "preset must be conservative, standard or aggressive."));
        }
        Map<String, Double> parameters = new LinkedHashMap<>(before.parameters());
        if (body.get("parameters") != null) {
            // a value sets the store's override, null puts the preset's value back
            for (Map.Entry<String, @Nullable Object> entry :
                    object(body, "parameters").entrySet()) {
                if (entry.getValue() == null) {
                    parameters.remove(entry.getKey());
                } else {
                    parameters.put(entry.getKey(), number("parameters." + entry.getKey(), entry.getValue()));
                }
            }
        }
        Map<String, Map<String, Double>> categories = new LinkedHashMap<>(before.categoryOverrides());
        if (body.get("category_overrides") != null) {
            categories.clear();
            for (Map.Entry<String, @Nullable Object> category :
                    object(body, "category_overrides").entrySet()) {
                Map<String, Double> values = new LinkedHashMap<>();
                if (!(category.getValue() instanceof Map<?, ?> map)) {
                    throw Responses.invalidField(
                            "category_overrides." + category.getKey(),
                            "invalid_value",
                            "each category maps parameter names to numbers.");
                }
                map.forEach((name, value) -> values.put(
                        String.valueOf(name), number("category_overrides." + category.getKey() + "." + name, value)));
                categories.put(category.getKey(), values);
            }
        }
        Map<String, Double> vendors = new LinkedHashMap<>(before.vendorLeadTimes());
        if (body.get("vendor_overrides") != null) {
            vendors.clear();
            for (Map.Entry<String, @Nullable Object> vendor :
                    object(body, "vendor_overrides").entrySet()) {
                Object days = vendor.getValue() instanceof Map<?, ?> map ? map.get("lead_time_days") : null;
                vendors.put(vendor.getKey(), number("vendor_overrides." + vendor.getKey() + ".lead_time_days", days));
            }
        }
        StoreContext storeContext = before.storeContext();
        WorkflowSettings workflow = before.workflowSettings();
        try {
            if (body.get("store_context") != null) {
                storeContext = storeContext(storeContext, object(body, "store_context"));
            }
            if (body.get("workflow_settings") != null) {
                Map<String, Double> changes = new LinkedHashMap<>();
                object(body, "workflow_settings")
                        .forEach((name, value) -> changes.put(name, number("workflow_settings." + name, value)));
                workflow = workflow.with(changes);
            }
        } catch (WorkflowSettings.InvalidSettingException e) {
            String section = WorkflowSettings.RANGES.containsKey(e.setting()) ? "workflow_settings" : "store_context";
            throw Responses.invalidField(section + "." + e.setting(), "out_of_range", String.valueOf(e.getMessage()));
        }
        // engine.md §6.1 rules: 400 INVALID_PARAMETER naming the parameter (unknown names included)
        return new StoreConfig(
                before.storeId(),
                before.version() + 1,
                preset,
                parameters,
                categories,
                vendors,
                storeContext,
                workflow,
                Optional.of(clock.instant()),
                Optional.of(caller.user().id()));
    }

    private static StoreContext storeContext(StoreContext before, Map<String, @Nullable Object> changes) {
        String timezone = before.timezone();
        int month = before.fiscalYearStartMonth();
        CostBasis costBasis = before.costBasis();
        String locale = before.locale();
        for (Map.Entry<String, @Nullable Object> change : changes.entrySet()) {
            Object value = change.getValue();
            switch (change.getKey()) {
                case "timezone" -> timezone = String.valueOf(value);
                case "fiscal_year_start_month" -> month = (int) number("store_context.fiscal_year_start_month", value);
                case "cost_basis" -> {
                    String text = String.valueOf(value).toUpperCase(Locale.ROOT);
                    costBasis = java.util.Arrays.stream(CostBasis.values())
                            .filter(basis -> basis.name().equals(text))
                            .findFirst()
                            .orElseThrow(() -> Responses.invalidField(
                                    "store_context.cost_basis",
                                    "invalid_value",
                                    "cost_basis must be auto, average, primary or last."));
                }
                case "locale" -> locale = String.valueOf(value);
                default ->
                    throw Responses.invalidField(
                            "store_context." + change.getKey(),
                            "unknown_field",
                            "\"" + change.getKey() + "\" is not a store context setting.");
            }
        }
        return new StoreContext(timezone, month, costBasis, locale);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, @Nullable Object> object(Map<String, Object> body, String field) {
        if (!(body.get(field) instanceof Map<?, ?> map)) {
            throw Responses.invalidField(field, "invalid_value", field + " must be a JSON object.");
        }
        return (Map<String, @Nullable Object>) map;
    }

    private static double number(String field, @Nullable Object value) {
        if (value instanceof Number number && Double.isFinite(number.doubleValue())) {
            return number.doubleValue();
        }
        throw Responses.invalidField(field, "invalid_value", field + " must be a number.");
    }

    private void presets(Context context) {
        callers.of(context);
        Map<String, Object> presets = new LinkedHashMap<>();
        for (Preset preset : Preset.values()) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (Parameter parameter : Parameter.values()) {
                values.put(parameter.id(), parameter.value(preset));
            }
            presets.put(preset.id(), values);
        }
        Responses.json(context, 200, Map.of("presets", presets));
    }

    /** The Config object of api.md §5.12. */
    private static Map<String, Object> json(StoreConfig config) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("store_id", config.storeId());
        json.put("version", config.version());
        json.put("preset", config.preset().id());
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (Parameter parameter : Parameter.values()) {
            if (parameter.scope() == Parameter.Scope.FIXED) {
                continue;
            }
            Double override = config.parameters().get(parameter.id());
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("value", override != null ? override : parameter.value(config.preset()));
            entry.put("preset_value", parameter.value(config.preset()));
            entry.put("source", override != null ? "store" : "preset");
            parameters.put(parameter.id(), entry);
        }
        json.put("parameters", parameters);
        json.put("category_overrides", config.categoryOverrides());
        Map<String, Object> vendors = new LinkedHashMap<>();
        config.vendorLeadTimes().forEach((vendor, days) -> vendors.put(vendor, Map.of("lead_time_days", days)));
        json.put("vendor_overrides", vendors);
        Map<String, Object> storeContext = new LinkedHashMap<>();
        storeContext.put("timezone", config.storeContext().timezone());
        storeContext.put("fiscal_year_start_month", config.storeContext().fiscalYearStartMonth());
        storeContext.put("cost_basis", config.storeContext().costBasis().name().toLowerCase(Locale.ROOT));
        storeContext.put("locale", config.storeContext().locale());
        json.put("store_context", storeContext);
        json.put("workflow_settings", config.workflowSettings().values());
        json.put("updated_at", config.updatedAt().map(Responses::timestamp).orElse(null));
        json.put("updated_by", config.updatedBy().orElse(null));
        return json;
    }
}

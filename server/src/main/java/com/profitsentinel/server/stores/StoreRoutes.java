package com.profitsentinel.server.stores;

import com.profitsentinel.app.tenant.Role;
import com.profitsentinel.app.tenant.Store;
import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import com.profitsentinel.server.Services;
import com.profitsentinel.server.audit.Audit;
import com.profitsentinel.server.auth.Caller;
import com.profitsentinel.server.auth.Callers;
import com.profitsentinel.server.http.Json;
import com.profitsentinel.server.http.JsonBodies;
import com.profitsentinel.server.http.Responses;
import com.profitsentinel.server.http.Route;
import com.profitsentinel.server.limits.Limiter;
import com.profitsentinel.server.uploads.UploadRoutes;
import io.javalin.http.Context;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The org and its stores (api.md §5.14): {@code GET /api/v1/org}, {@code GET/POST /api/v1/stores},
 * {@code GET /api/v1/stores/{id}}. Stores carry a name and a time zone in this version; regions, addresses and store
 * types come with their issue.
 */
public final class StoreRoutes {
    private final Services services;
    private final Callers callers;
    private final Limiter limiter;
    private final Audit audit;

    public StoreRoutes(Services services, Callers callers, Limiter limiter, Audit audit) {
        this.services = services;
        this.audit = audit;
        this.callers = callers;
        this.limiter = limiter;
    }

    public List<Route> routes() {
        String member = UploadRoutes.MEMBER;
        return List.of(
                Route.get(
                        "/api/v1/org",
                        "getOrg",
                        "The caller's org and its plan",
                        "v1",
                        member,
                        "Org",
                        List.of(),
                        this::org),
                Route.get(
                        "/api/v1/stores",
                        "listStores",
                        "The stores in the caller's scope (status=active|inactive|all, region_id), by name",
                        "v1",
                        member,
                        "StoreList",
                        List.of(422),
                        this::list),
                new Route(
                        "POST",
                        "/api/v1/stores",
                        "createStore",
                        "Create a store ({name, timezone?})",
                        "v1",
                        "org_admin and above",
                        Route.Body.JSON,
                        201,
                        Optional.of("Store"),
                        List.of(400, 403, 409, 422),
                        this::create),
                Route.get(
                        "/api/v1/stores/{id}", "getStore", "One store", "v1", member, "Store", List.of(404), this::get),
                new Route(
                        "PUT",
                        "/api/v1/stores/{id}",
                        "updateStore",
                        "Rename a store, change its time zone or status ({name?, timezone?, status?: active|inactive})",
                        "v1",
                        "org_admin and above",
                        Route.Body.JSON,
                        200,
                        Optional.of("Store"),
                        List.of(403, 404, 409, 422),
                        this::update),
                new Route(
                        "DELETE",
                        "/api/v1/stores/{id}",
                        "deactivateStore",
                        "Deactivate a store (soft delete; its analyses and findings stay)",
                        "v1",
                        "org_admin and above",
                        Route.Body.NONE,
                        200,
                        Optional.of("Message"),
                        List.of(403, 404, 409),
                        this::deactivate));
    }

    private Store find(Caller caller, String id) {
        return Stores.inScope(services.directory(), caller, id);
    }

    private void update(Context context) {
        Caller caller = callers.of(context);
        caller.requireRole(Role.ORG_ADMIN);
        Store store = find(caller, Responses.path(context, "id"));
        Map<String, Object> body = JsonBodies.object(context, List.of("name", "timezone", "status", "region_id"));
        String name = body.get("name") instanceof String text ? text.strip() : store.name();
        if (name.isEmpty() || name.length() > 200) {
            throw Responses.invalidField("name", "out_of_range", "name must be a text of 1-200 characters.");
        }
        String timezone = body.get("timezone") instanceof String zone ? zone.strip() : store.timezone();
        timezone(timezone);
        boolean active =
                switch (body.get("status") instanceof String status
                        ? status
                        : (store.active() ? "active" : "inactive")) {
                    case "active" -> true;
                    case "inactive" -> false;
                    default ->
                        throw Responses.invalidField("status", "invalid_value", "status must be active or inactive.");
                };
        List<Store> stores = services.directory().stores(caller.tenant());
        if (active
                && stores.stream()
                        .anyMatch(other -> other.active()
                                && !other.id().equals(store.id())
                                && other.name().equalsIgnoreCase(name))) {
            throw new ProfitSentinelException(ErrorCode.CONFLICT, "A store named '" + name + "' already exists");
        }
        long activeOthers = stores.stream()
                .filter(other -> other.active() && !other.id().equals(store.id()))
                .count();
        if (!active && store.active() && activeOthers == 0) {
            throw new ProfitSentinelException(
                    ErrorCode.CONFLICT, "Cannot deactivate '" + store.name() + "': it is the last active store.");
        }
        if (active && !store.active()) {
            limiter.checkStoreCount(caller, activeOthers);
        }
        if (body.containsKey("region_id")) {
            services.directory().setStoreRegion(caller.organization().id(), store.id(), region(caller, body));
        }
        Store updated = services.directory()
                .updateStore(caller.organization().id(), store.id(), name, timezone, active)
                .orElseThrow(() ->
                        new ProfitSentinelException(ErrorCode.NOT_FOUND, "Store '" + store.id() + "' not found."));
        audit.record(
                caller,
                context,
                "store.updated",
                "store",
                store.id(),
                Json.text(describe(store)),
                Json.text(describe(updated)));
        Responses.json(context, 200, describe(updated));
    }

    private void deactivate(Context context) {
        Caller caller = callers.of(context);
        caller.requireRole(Role.ORG_ADMIN);
        Store store = find(caller, Responses.path(context, "id"));
        long activeOthers = services.directory().stores(caller.tenant()).stream()
                .filter(other -> other.active() && !other.id().equals(store.id()))
                .count();
        if (store.active() && activeOthers == 0) {
            throw new ProfitSentinelException(
                    ErrorCode.CONFLICT, "Cannot deactivate '" + store.name() + "': it is the last active store.");
        }
        services.directory().updateStore(caller.organization().id(), store.id(), store.name(), store.timezone(), false);
        audit.record(caller, context, "store.deactivated", "store", store.id(), Json.text(describe(store)), "");
        Responses.json(context, 200, Map.of("message", "Store '" + store.name() + "' deactivated"));
    }

    /** The body's {@code region_id}: a region of the org, or null for none. */
    private Optional<String> region(Caller caller, Map<String, Object> body) {
        Object value = body.get("region_id");
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String id)) {
            throw Responses.invalidField("region_id", "invalid_value", "region_id must be a region ID or null.");
        }
        if (services.directory().region(caller.organization().id(), id).isEmpty()) {
            throw Responses.invalidField(
                    "region_id", "unknown_region", "Region '" + id + "' is not a region of this org.");
        }
        return Optional.of(id);
    }

    private static void timezone(String timezone) {
        try {
            ZoneId.of(timezone);
        } catch (DateTimeException e) {
            throw Responses.invalidField(
                    "timezone", "invalid_value", "timezone must be an IANA name such as America/Chicago.");
        }
    }

    private void org(Context context) {
        Caller caller = callers.of(context);
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("tier", caller.organization().tier().apiName());
        plan.put("trial_ends_at", null);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", caller.organization().id());
        answer.put("name", caller.organization().name());
        answer.put("plan", plan);
        answer.put("created_at", caller.organization().createdAt().toString());
        Responses.json(context, 200, answer);
    }

    private void list(Context context) {
        Caller caller = callers.of(context);
        String status = Responses.query(context, "status").orElse("active").toLowerCase(Locale.ROOT);
        if (!List.of("active", "inactive", "all").contains(status)) {
            throw Responses.invalidField(
                    "status", "invalid_value", "status must be active, inactive or all, not \"" + status + "\".");
        }
        Optional<String> region = Responses.query(context, "region_id");
        List<Map<String, Object>> items = new ArrayList<>();
        services.directory().stores(caller.tenant()).stream()
                .filter(store -> status.equals("all") || store.active() == status.equals("active"))
                .filter(store -> region.isEmpty() || store.regionId().equals(region))
                .sorted((left, right) -> left.name().compareToIgnoreCase(right.name()))
                .forEach(store -> items.add(describe(store)));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("items", items);
        answer.put("total", items.size());
        Responses.json(context, 200, answer);
    }

    private void get(Context context) {
        Caller caller = callers.of(context);
        Responses.json(context, 200, describe(find(caller, Responses.path(context, "id"))));
    }

    private void create(Context context) {
        Caller caller = callers.of(context);
        caller.requireRole(Role.ORG_ADMIN);
        Map<String, Object> body = JsonBodies.object(context, List.of("name", "timezone", "region_id"));
        String name = body.get("name") instanceof String text ? text.strip() : "";
        if (name.isEmpty() || name.length() > 200) {
            throw Responses.invalidField("name", "out_of_range", "name must be a text of 1-200 characters.");
        }
        String timezone =
                body.getOrDefault("timezone", Store.DEFAULT_TIMEZONE) instanceof String zone ? zone.strip() : "";
        timezone(timezone);
        List<Store> stores = services.directory().stores(caller.tenant());
        if (stores.stream().anyMatch(store -> store.active() && store.name().equalsIgnoreCase(name))) {
            throw new ProfitSentinelException(ErrorCode.CONFLICT, "A store named '" + name + "' already exists");
        }
        limiter.checkStoreCount(caller, stores.stream().filter(Store::active).count());
        Optional<String> region = region(caller, body);
        Store created = services.directory().createStore(caller.organization().id(), name, timezone);
        if (region.isPresent()) {
            services.directory().setStoreRegion(caller.organization().id(), created.id(), region);
            created = find(caller, created.id());
        }
        audit.record(caller, context, "store.created", "store", created.id(), "", Json.text(describe(created)));
        Responses.json(context, 201, describe(created));
    }

    /** The Store object of api.md §5.14, with what this version keeps (the other members are null). */
    static Map<String, Object> describe(Store store) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", store.id());
        json.put("org_id", store.orgId());
        json.put("region_id", store.regionId().orElse(null));
        json.put("name", store.name());
        json.put("address", null);
        json.put("store_type", null);
        json.put("timezone", store.timezone());
        json.put("status", store.active() ? "active" : "inactive");
        json.put("created_at", store.createdAt().toString());
        return json;
    }
}

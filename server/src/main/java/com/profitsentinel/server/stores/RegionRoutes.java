package com.profitsentinel.server.stores;

import com.profitsentinel.app.tenant.Region;
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
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Regions of the caller's org (api.md §5.14): groups of stores that regional managers are limited to. */
public final class RegionRoutes {
    private final Services services;
    private final Callers callers;
    private final Audit audit;

    public RegionRoutes(Services services, Callers callers, Audit audit) {
        this.services = services;
        this.callers = callers;
        this.audit = audit;
    }

    public List<Route> routes() {
        String admin = "org_admin and above";
        return List.of(
                Route.get(
                        "/api/v1/regions",
                        "listRegions",
                        "The org's regions with their store counts, by name",
                        "v1",
                        "any member (viewer and above)",
                        "RegionList",
                        List.of(),
                        this::list),
                new Route(
                        "POST",
                        "/api/v1/regions",
                        "createRegion",
                        "Create a region ({name})",
                        "v1",
                        admin,
                        Route.Body.JSON,
                        201,
                        Optional.of("Region"),
                        List.of(403, 409, 422),
                        this::create),
                new Route(
                        "PUT",
                        "/api/v1/regions/{id}",
                        "renameRegion",
                        "Rename a region ({name})",
                        "v1",
                        admin,
                        Route.Body.JSON,
                        200,
                        Optional.of("Region"),
                        List.of(403, 404, 409, 422),
                        this::rename),
                new Route(
                        "DELETE",
                        "/api/v1/regions/{id}",
                        "deleteRegion",
                        "Delete a region without active stores",
                        "v1",
                        admin,
                        Route.Body.NONE,
                        204,
                        Optional.empty(),
                        List.of(403, 404, 409),
                        this::delete));
    }

    private void list(Context context) {
        Caller caller = callers.of(context);
        List<Store> stores = services.directory().stores(caller.tenant());
        List<Map<String, Object>> items = new ArrayList<>();
        for (Region region : services.directory().regions(caller.organization().id())) {
            items.add(describe(region, stores));
        }
        Responses.json(context, 200, Map.of("items", items, "total", items.size()));
    }

    private void create(Context context) {
        Caller caller = callers.of(context);
        caller.requireRole(Role.ORG_ADMIN);
        String name = name(JsonBodies.object(context, List.of("name")));
        unique(caller, name, Optional.empty());
        Region region = services.directory().createRegion(caller.organization().id(), name);
        audit.record(caller, context, "region.created", "region", region.id(), "", Json.text(Map.of("name", name)));
        Responses.json(context, 201, describe(region, List.of()));
    }

    private void rename(Context context) {
        Caller caller = callers.of(context);
        caller.requireRole(Role.ORG_ADMIN);
        Region region = find(caller, Responses.path(context, "id"));
        String name = name(JsonBodies.object(context, List.of("name")));
        unique(caller, name, Optional.of(region.id()));
        Region renamed = services.directory()
                .renameRegion(caller.organization().id(), region.id(), name)
                .orElseThrow(() -> notFound(region.id()));
        audit.record(
                caller,
                context,
                "region.renamed",
                "region",
                region.id(),
                Json.text(Map.of("name", region.name())),
                Json.text(Map.of("name", name)));
        Responses.json(context, 200, describe(renamed, services.directory().stores(caller.tenant())));
    }

    private void delete(Context context) {
        Caller caller = callers.of(context);
        caller.requireRole(Role.ORG_ADMIN);
        Region region = find(caller, Responses.path(context, "id"));
        long active = services.directory().stores(caller.tenant()).stream()
                .filter(store -> store.active() && store.regionId().equals(Optional.of(region.id())))
                .count();
        if (active > 0) {
            throw new ProfitSentinelException(
                    ErrorCode.CONFLICT,
                    "Cannot delete region '" + region.name() + "': it has " + active
                            + " store(s). Move or delete them first.");
        }
        for (Store store : services.directory().stores(caller.tenant())) {
            if (store.regionId().equals(Optional.of(region.id()))) {
                services.directory().setStoreRegion(caller.organization().id(), store.id(), Optional.empty());
            }
        }
        services.directory().deleteRegion(caller.organization().id(), region.id());
        audit.record(
                caller, context, "region.deleted", "region", region.id(), Json.text(Map.of("name", region.name())), "");
        context.status(204);
    }

    /** A region of the caller's org, else 404 like a missing one. */
    static Region find(Services services, Caller caller, String id) {
        return services.directory().region(caller.organization().id(), id).orElseThrow(() -> notFound(id));
    }

    private Region find(Caller caller, String id) {
        return find(services, caller, id);
    }

    private static ProfitSentinelException notFound(String id) {
        return new ProfitSentinelException(ErrorCode.NOT_FOUND, "Region '" + id + "' not found.");
    }

    private void unique(Caller caller, String name, Optional<String> except) {
        for (Region region : services.directory().regions(caller.organization().id())) {
            if (region.name().equalsIgnoreCase(name) && !except.equals(Optional.of(region.id()))) {
                throw new ProfitSentinelException(ErrorCode.CONFLICT, "A region named '" + name + "' already exists");
            }
        }
    }

    private static String name(Map<String, Object> body) {
        String name = body.get("name") instanceof String text ? text.strip() : "";
        if (name.isEmpty() || name.length() > 200) {
            throw Responses.invalidField("name", "out_of_range", "name must be a text of 1-200 characters.");
        }
        return name;
    }

    private static Map<String, Object> describe(Region region, List<Store> stores) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", region.id());
        json.put("name", region.name());
        json.put(
                "store_count",
                stores.stream()
                        .filter(store -> store.active() && store.regionId().equals(Optional.of(region.id())))
                        .count());
        return json;
    }
}

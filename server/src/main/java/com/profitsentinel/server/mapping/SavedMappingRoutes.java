package com.profitsentinel.server.mapping;

import com.profitsentinel.app.mapping.SavedMapping;
import com.profitsentinel.app.tenant.Role;
import com.profitsentinel.app.tenant.Store;
import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import com.profitsentinel.server.Services;
import com.profitsentinel.server.audit.Audit;
import com.profitsentinel.server.auth.Caller;
import com.profitsentinel.server.auth.Callers;
import com.profitsentinel.server.http.Responses;
import com.profitsentinel.server.http.Route;
import com.profitsentinel.server.stores.Stores;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The mappings saved per store (api.md §5.2, columns.md §6.8): each analysis saves its confirmed mapping under the
 * file's header signature, and later uploads of the store start from them (source {@code saved}).
 */
public final class SavedMappingRoutes {
    private final Services services;
    private final Callers callers;
    private final Audit audit;

    public SavedMappingRoutes(Services services, Callers callers, Audit audit) {
        this.services = services;
        this.callers = callers;
        this.audit = audit;
    }

    public List<Route> routes() {
        return List.of(
                Route.get(
                        "/api/v1/stores/{store_id}/mappings",
                        "listSavedMappings",
                        "The store's saved column mappings, most recently used first",
                        "v1",
                        "store_manager and above",
                        "SavedMappingList",
                        List.of(403, 404),
                        this::list),
                new Route(
                        "DELETE",
                        "/api/v1/stores/{store_id}/mappings/{id}",
                        "deleteSavedMapping",
                        "Forget a saved mapping",
                        "v1",
                        "org_admin and above",
                        Route.Body.NONE,
                        204,
                        Optional.empty(),
                        List.of(403, 404),
                        this::delete));
    }

    private Store store(Caller caller, String storeId) {
        return Stores.inScope(services.directory(), caller, storeId);
    }

    private void list(Context context) {
        Caller caller = callers.of(context);
        caller.requireRole(Role.STORE_MANAGER);
        Store store = store(caller, Responses.path(context, "store_id"));
        List<Map<String, Object>> items = new ArrayList<>();
        for (SavedMapping mapping : services.savedMappings().list(caller.tenant(), store.id())) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", mapping.id());
            item.put("header_fingerprint", mapping.headerFingerprint());
            item.put("pos_system", mapping.posSystem());
            item.put("mapping", mapping.columns());
            item.put("created_at", Responses.timestamp(mapping.createdAt()));
            item.put("updated_at", Responses.timestamp(mapping.updatedAt()));
            item.put("used_count", mapping.usedCount());
            items.add(item);
        }
        Responses.json(context, 200, Map.of("items", items));
    }

    private void delete(Context context) {
        Caller caller = callers.of(context);
        caller.requireRole(Role.ORG_ADMIN);
        Store store = store(caller, Responses.path(context, "store_id"));
        String id = Responses.path(context, "id");
        if (!services.savedMappings().delete(caller.tenant(), store.id(), id)) {
            throw new ProfitSentinelException(ErrorCode.NOT_FOUND, "Saved mapping '" + id + "' not found.");
        }
        audit.record(caller, context, "mapping.deleted", "store", store.id(), "", "");
        context.status(204);
    }
}

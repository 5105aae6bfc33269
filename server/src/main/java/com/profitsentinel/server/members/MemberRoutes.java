package com.profitsentinel.server.members;

import com.profitsentinel.app.tenant.Member;
import com.profitsentinel.app.tenant.Role;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Members of the caller's org (api.md §5.14, operations.md §10.1): their roles and the stores a regional manager, store
 * manager or viewer is limited to. Org admins manage members; nobody changes the owner or raises anyone above their own
 * role.
 */
public final class MemberRoutes {
    private final Services services;
    private final Callers callers;
    private final Audit audit;

    public MemberRoutes(Services services, Callers callers, Audit audit) {
        this.services = services;
        this.callers = callers;
        this.audit = audit;
    }

    public List<Route> routes() {
        String admin = "org_admin and above";
        return List.of(
                Route.get(
                        "/api/v1/members",
                        "listMembers",
                        "The org's members with their roles and store scopes",
                        "v1",
                        admin,
                        "MemberList",
                        List.of(403),
                        this::list),
                new Route(
                        "PATCH",
                        "/api/v1/members/{user_id}",
                        "updateMember",
                        "Change a member's role and the stores it is limited to ({role?, store_ids?}; [] = whole org)",
                        "v1",
                        admin,
                        Route.Body.JSON,
                        200,
                        Optional.of("Member"),
                        List.of(403, 404, 422),
                        this::update),
                new Route(
                        "DELETE",
                        "/api/v1/members/{user_id}",
                        "removeMember",
                        "Remove a member from the org (not the owner)",
                        "v1",
                        admin,
                        Route.Body.NONE,
                        204,
                        Optional.empty(),
                        List.of(403, 404),
                        this::remove));
    }

    private void list(Context context) {
        Caller caller = callers.of(context);
        caller.requireRole(Role.ORG_ADMIN);
        List<Map<String, Object>> items = new ArrayList<>();
        for (Member member : services.directory().members(caller.organization().id())) {
            items.add(json(member));
        }
        Responses.json(context, 200, Map.of("items", items, "total", items.size()));
    }

    private void update(Context context) {
        Caller caller = callers.of(context);
        caller.requireRole(Role.ORG_ADMIN);
        Member member = find(caller, Responses.path(context, "user_id"));
        Map<String, Object> body = JsonBodies.object(context, List.of("role", "store_ids", "region_ids"));
        if (member.role() == Role.OWNER) {
            throw new ProfitSentinelException(ErrorCode.FORBIDDEN, "The owner's role cannot be changed here.");
        }
        Role role = member.role();
        if (body.get("role") != null) {
            String name = body.get("role") instanceof String text ? text : "";
            role = java.util.Arrays.stream(Role.values())
                    .filter(candidate -> candidate.apiName().equals(name))
                    .findFirst()
                    .orElseThrow(() -> Responses.invalidField(
                            "role",
                            "invalid_value",
                            "role must be org_admin, regional_manager, store_manager or viewer."));
            if (role == Role.OWNER || !caller.tenant().role().includes(role)) {
                throw new ProfitSentinelException(
                        ErrorCode.FORBIDDEN, "You cannot give a role above your own (or transfer ownership here).");
            }
        }
        Set<String> stores = ids(body, "store_ids", "store", id -> services.directory()
                        .store(caller.tenant(), id)
                        .isPresent())
                .orElse(member.storeIds());
        Set<String> regions = ids(body, "region_ids", "region", id -> services.directory()
                        .region(caller.organization().id(), id)
                        .isPresent())
                .orElse(member.regionIds());
        Map<String, Object> before = json(member);
        services.directory().putMember(caller.organization().id(), member.user().id(), role);
        if (body.get("store_ids") != null) {
            // store_ids replaces the stores assigned one by one (the regions' stores come with region_ids)
            services.directory()
                    .setStoreScope(caller.organization().id(), member.user().id(), stores);
        }
        services.directory()
                .setRegionScope(caller.organization().id(), member.user().id(), regions);
        Member after = find(caller, member.user().id());
        audit.record(
                caller,
                context,
                "member.updated",
                "user",
                member.user().id(),
                Json.text(before),
                Json.text(json(after)));
        Responses.json(context, 200, json(after));
    }

    /** A list of IDs of the body, each one a {@code kind} of the org ({@code known}), or empty when absent. */
    private static Optional<Set<String>> ids(
            Map<String, Object> body, String field, String kind, java.util.function.Predicate<String> known) {
        if (body.get(field) == null) {
            return Optional.empty();
        }
        if (!(body.get(field) instanceof List<?> list)) {
            throw Responses.invalidField(field, "invalid_value", field + " must be a list of " + kind + " IDs.");
        }
        Set<String> ids = new LinkedHashSet<>();
        for (Object item : list) {
            String id = item instanceof String text ? text : "";
            if (!known.test(id)) {
                throw Responses.invalidField(
                        field,
                        "unknown_" + kind,
                        Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " '" + id + "' is not a " + kind
                                + " of this org.");
            }
            ids.add(id);
        }
        return Optional.of(ids);
    }

    private void remove(Context context) {
        Caller caller = callers.of(context);
        caller.requireRole(Role.ORG_ADMIN);
        Member member = find(caller, Responses.path(context, "user_id"));
        if (member.role() == Role.OWNER) {
            throw new ProfitSentinelException(ErrorCode.FORBIDDEN, "The owner cannot be removed.");
        }
        services.directory()
                .removeMember(caller.organization().id(), member.user().id());
        services.accounts().deleteSessionsOf(member.user().id());
        audit.record(caller, context, "member.removed", "user", member.user().id(), Json.text(json(member)), "");
        context.status(204);
    }

    private Member find(Caller caller, String userId) {
        return services.directory()
                .member(caller.organization().id(), userId)
                .orElseThrow(
                        () -> new ProfitSentinelException(ErrorCode.NOT_FOUND, "Member '" + userId + "' not found."));
    }

    private static Map<String, Object> json(Member member) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("user_id", member.user().id());
        json.put("name", member.user().name());
        json.put("email", member.user().email());
        json.put("role", member.role().apiName());
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put(
                "store_ids",
                member.storeIds().isEmpty()
                        ? null
                        : member.storeIds().stream().sorted().toList());
        scope.put(
                "region_ids",
                member.regionIds().isEmpty()
                        ? null
                        : member.regionIds().stream().sorted().toList());
        json.put("scope", scope);
        json.put("status", "active");
        json.put("last_login_at", null);
        return json;
    }
}

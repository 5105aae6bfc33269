package com.profitsentinel.server.audit;

import com.profitsentinel.app.audit.AuditLog;
import com.profitsentinel.app.history.Page;
import com.profitsentinel.app.tenant.Role;
import com.profitsentinel.server.auth.Caller;
import com.profitsentinel.server.auth.Callers;
import com.profitsentinel.server.http.Responses;
import com.profitsentinel.server.http.Route;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /api/v1/audit}: the caller's org's audit events, newest first (org_admin and above). */
public final class AuditRoutes {
    private final AuditLog log;
    private final Callers callers;

    public AuditRoutes(AuditLog log, Callers callers) {
        this.log = log;
        this.callers = callers;
    }

    public List<Route> routes() {
        return List.of(Route.get(
                "/api/v1/audit",
                "listAuditEvents",
                "The org's audit events, newest first (page, page_size)",
                "v1",
                "org_admin and above",
                "AuditPage",
                List.of(403, 422),
                this::list));
    }

    private void list(Context context) {
        Caller caller = callers.of(context);
        caller.requireRole(Role.ORG_ADMIN);
        int page = Responses.queryInt(context, "page", 1, 1, Integer.MAX_VALUE);
        int pageSize = Responses.queryInt(context, "page_size", 20, 1, Page.MAX_PAGE_SIZE);
        Page<AuditLog.Event> events = log.list(caller.tenant(), page, pageSize);
        List<Map<String, Object>> items = new ArrayList<>();
        for (AuditLog.Event event : events.items()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", event.sequence());
            item.put("at", event.entry().at().toString());
            item.put("actor_type", event.entry().actorType());
            item.put("actor_id", event.entry().actorId());
            item.put("actor_display", event.entry().actorDisplay());
            item.put("action", event.entry().action());
            item.put("target_type", event.entry().targetType());
            item.put("target_id", event.entry().targetId());
            item.put("outcome", event.entry().outcome());
            item.put("reason", event.entry().reason());
            item.put("before", event.entry().before());
            item.put("after", event.entry().after());
            item.put("request_id", event.entry().requestId());
            item.put("hash", event.hash());
            items.add(item);
        }
        Responses.json(context, 200, Responses.page(events, items));
    }
}

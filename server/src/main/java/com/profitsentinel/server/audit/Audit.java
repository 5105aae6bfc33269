package com.profitsentinel.server.audit;

import com.profitsentinel.app.audit.AuditEntry;
import com.profitsentinel.app.audit.AuditLog;
import com.profitsentinel.server.auth.Caller;
import com.profitsentinel.server.http.RequestIds;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Records what callers and the system do (operations.md §8 actions) in the audit log. */
public final class Audit {
    private final AuditLog log;
    private final Clock clock;

    public Audit(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** A caller's successful action on an object of their org. */
    public void record(
            Caller caller,
            Context context,
            String action,
            String targetType,
            String targetId,
            String before,
            String after) {
        @Nullable String requestId = context.attribute(RequestIds.HEADER);
        log.append(new AuditEntry(
                clock.instant(),
                Optional.of(caller.organization().id()),
                caller.method().equals("api_key") ? "api_key" : "user",
                caller.user().id(),
                caller.user().name(),
                action,
                targetType,
                targetId,
                "success",
                "",
                before,
                after,
                requestId == null ? "" : requestId));
    }

    /** An action of the server itself (retention, scheduled jobs) on an org's object. */
    public void system(String orgId, String action, String targetType, String targetId, String reason) {
        log.append(new AuditEntry(
                clock.instant(),
                Optional.of(orgId),
                "system",
                "system",
                "Profit Sentinel",
                action,
                targetType,
                targetId,
                "success",
                reason,
                "",
                "",
                ""));
    }
}

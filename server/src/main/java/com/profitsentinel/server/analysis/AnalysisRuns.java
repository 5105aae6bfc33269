package com.profitsentinel.server.analysis;

import com.profitsentinel.server.audit.Audit;
import com.profitsentinel.server.auth.Caller;
import com.profitsentinel.server.limits.Limiter;
import io.javalin.http.Context;

/**
 * What every analysis route does around {@link Analyses#run}: the org's limits (a permit held while it runs), the audit
 * event, and the {@code X-Engine} and {@code Server-Timing} headers of the answer.
 */
public final class AnalysisRuns {
    private final Analyses analyses;
    private final Limiter limiter;
    private final Audit audit;

    public AnalysisRuns(Analyses analyses, Limiter limiter, Audit audit) {
        this.analyses = analyses;
        this.limiter = limiter;
        this.audit = audit;
    }

    /** Runs an analysis within the caller's limits and records it. */
    public Analyses.Done run(Caller caller, Context context, Analyses.Request request) {
        Limiter.Permit permit = limiter.beginAnalysis(caller, context);
        try {
            return recorded(caller, context, analyses.run(caller, request));
        } finally {
            permit.close();
        }
    }

    /** Runs an analysis whose permit the route already holds (it checked the limits first), and records it. */
    Analyses.Done runWithinPermit(Caller caller, Context context, Analyses.Request request) {
        return recorded(caller, context, analyses.run(caller, request));
    }

    private Analyses.Done recorded(Caller caller, Context context, Analyses.Done done) {
        audit.record(
                caller, context, "analysis.created", "analysis", done.record().id(), "", "");
        context.header("X-Engine", done.record().engine() + "/" + done.record().engineVersion());
        context.header("Server-Timing", done.serverTiming());
        return done;
    }
}

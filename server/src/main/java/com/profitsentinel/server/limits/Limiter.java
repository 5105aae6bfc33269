package com.profitsentinel.server.limits;

import com.profitsentinel.app.limits.RateEvents;
import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import com.profitsentinel.server.auth.Caller;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The tiers' limits on analyses (api.md §3, operations.md §11): the hourly and daily budgets of the org, counted in the
 * database, and the analyses running at once for the org (counted in this process). Not enforced in dev mode. Every
 * answer to a budgeted request carries {@code RateLimit-Policy} and {@code RateLimit}; an exhausted budget answers 429
 * with {@code Retry-After} and, below the top tier, an {@code upgrade_url}.
 */
public final class Limiter {
    static final String ANALYSES_HOUR = "analyses-hour";
    static final String ANALYSES_DAY = "analyses-day";

    private final RateEvents events;
    private final boolean enforced;
    private final Clock clock;
    private final Map<String, AtomicInteger> running = new ConcurrentHashMap<>();

    public Limiter(RateEvents events, boolean enforced, Clock clock) {
        this.events = events;
        this.enforced = enforced;
        this.clock = clock;
    }

    /** Whether the plans' limits apply (production mode, or {@code tiers.enforce}). */
    public boolean enforced() {
        return enforced;
    }

    /** Releases an org's concurrency slot. */
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    /** 403 {@code TIER_REQUIRED} when the org already has as many active stores as its plan allows. */
    public void checkStoreCount(Caller caller, long activeStores) {
        Plan plan = Plan.of(caller.organization().tier());
        if (enforced && activeStores >= plan.stores()) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("limit", Map.of("name", "stores", "limit", plan.stores(), "used", activeStores));
            plan.upgradeUrl().ifPresent(url -> details.put("upgrade_url", url));
            throw new ProfitSentinelException(
                    ErrorCode.TIER_REQUIRED,
                    "Your plan includes " + plan.stores() + " store" + (plan.stores() == 1 ? "" : "s")
                            + ". Upgrade to add more.",
                    details);
        }
    }

    /** The largest upload the caller's plan accepts, never above the server's own limit. */
    public long maxFileBytes(Caller caller, long serverLimit) {
        return enforced
                ? Math.min(serverLimit, Plan.of(caller.organization().tier()).maxFileBytes())
                : serverLimit;
    }

    /**
     * Checks and counts one analysis for the caller's org: 429 {@code RATE_LIMITED} (hourly), {@code QUOTA_EXCEEDED}
     * (daily) or {@code CONCURRENCY_LIMIT}; otherwise the analysis is counted and may run until the permit is closed.
     */
    public Permit beginAnalysis(Caller caller, Context context) {
        if (!enforced) {
            return () -> {};
        }
        Plan plan = Plan.of(caller.organization().tier());
        String org = caller.organization().id();
        Instant now = clock.instant();
        List<SlidingWindow.State> states = new ArrayList<>();
        for (SlidingWindow budget : List.of(
                new SlidingWindow(ANALYSES_HOUR, plan.analysesPerHour(), Duration.ofHours(1)),
                new SlidingWindow(ANALYSES_DAY, plan.analysesPerDay(), Duration.ofDays(1)))) {
            states.add(budget.state(events.since(budget.name(), org, now.minus(budget.window())), now));
        }
        headers(context, states);
        for (SlidingWindow.State state : states) {
            if (state.exhausted()) {
                context.header("Retry-After", String.valueOf(state.retryAfterSeconds()));
                throw exhausted(state, plan);
            }
        }
        AtomicInteger count = running.computeIfAbsent(org, key -> new AtomicInteger());
        if (count.incrementAndGet() > plan.concurrentAnalyses()) {
            count.decrementAndGet();
            context.header("Retry-After", "5");
            throw limit(
                    ErrorCode.CONCURRENCY_LIMIT,
                    "Your plan runs " + plan.concurrentAnalyses() + " analysis"
                            + (plan.concurrentAnalyses() == 1 ? "" : "es")
                            + " at a time. Try again when the running one has finished, or upgrade.",
                    "concurrent-analyses",
                    plan.concurrentAnalyses(),
                    0,
                    plan.concurrentAnalyses(),
                    5,
                    plan);
        }
        for (SlidingWindow.State state : states) {
            events.record(state.budget().name(), org, now);
        }
        return count::decrementAndGet;
    }

    private static void headers(Context context, List<SlidingWindow.State> states) {
        List<String> policies = new ArrayList<>();
        for (SlidingWindow.State state : states) {
            policies.add(state.policy());
        }
        context.header("RateLimit-Policy", String.join(", ", policies));
        SlidingWindow.State tightest = states.stream()
                .min(Comparator.comparingInt(SlidingWindow.State::remaining))
                .orElseThrow();
        context.header("RateLimit", tightest.rateLimit());
    }

    private static ProfitSentinelException exhausted(SlidingWindow.State state, Plan plan) {
        boolean hourly = state.budget().name().equals(ANALYSES_HOUR);
        String message = "Your plan allows " + state.budget().limit() + " analyses per " + (hourly ? "hour" : "day")
                + ". Try again in " + state.retryAfterSeconds() + " seconds"
                + (plan.upgradeUrl().isPresent() ? " or upgrade." : ".");
        return limit(
                hourly ? ErrorCode.RATE_LIMITED : ErrorCode.QUOTA_EXCEEDED,
                message,
                state.budget().name(),
                state.budget().limit(),
                state.budget().window().toSeconds(),
                state.used(),
                state.retryAfterSeconds(),
                plan);
    }

    private static ProfitSentinelException limit(
            ErrorCode code,
            String message,
            String name,
            int limit,
            long windowSeconds,
            int used,
            long retryAfter,
            Plan plan) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("name", name);
        described.put("limit", limit);
        described.put("window_seconds", windowSeconds);
        described.put("used", used);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("limit", described);
        details.put("retry_after_seconds", retryAfter);
        plan.upgradeUrl().ifPresent(url -> details.put("upgrade_url", url));
        return new ProfitSentinelException(code, message, details);
    }
}

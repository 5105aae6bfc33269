package com.profitsentinel.server.uploads;

import com.profitsentinel.app.account.AccountRepository;
import com.profitsentinel.app.account.Session;
import com.profitsentinel.app.history.AnalysisRepository;
import com.profitsentinel.app.idempotency.IdempotencyKeys;
import com.profitsentinel.app.limits.RateEvents;
import com.profitsentinel.app.tenant.Tier;
import com.profitsentinel.app.upload.Upload;
import com.profitsentinel.app.upload.UploadRepository;
import com.profitsentinel.server.audit.Audit;
import com.profitsentinel.server.http.ServerLog;
import com.profitsentinel.server.limits.Plan;
import com.profitsentinel.server.metrics.Metrics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Deletes uploaded files whose retention deadline has passed (operations.md §12: never later than 24 hours after
 * upload), at start-up and every five minutes; prunes old rate-limit events and the analyses older than their plan keeps. The record stays, marked deleted, for
 * the audit.
 */
public final class RetentionSweeper implements AutoCloseable {
    static final Duration INTERVAL = Duration.ofMinutes(5);

    private final UploadRepository uploads;
    private final RateEvents rateEvents;
    private final AnalysisRepository analyses;
    private final AccountRepository accounts;
    private final IdempotencyKeys idempotencyKeys;
    private final UploadStorage storage;
    private final Clock clock;
    private final ServerLog log;
    private final Metrics metrics;
    private final Audit audit;
    private final ScheduledExecutorService scheduler;

    public RetentionSweeper(
            UploadRepository uploads,
            RateEvents rateEvents,
            AnalysisRepository analyses,
            AccountRepository accounts,
            IdempotencyKeys idempotencyKeys,
            UploadStorage storage,
            Clock clock,
            ServerLog log,
            Metrics metrics,
            Audit audit) {
        this.uploads = uploads;
        this.audit = audit;
        this.rateEvents = rateEvents;
        this.analyses = analyses;
        this.accounts = accounts;
        this.idempotencyKeys = idempotencyKeys;
        this.metrics = metrics;
        this.storage = storage;
        this.clock = clock;
        this.log = log;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "retention-sweeper");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Sweeps now and then every {@link #INTERVAL}. */
    public void start() {
        // sweepQuietly never throws, so the schedule's future never completes exceptionally
        ScheduledFuture<?> unused =
                scheduler.scheduleWithFixedDelay(this::sweepQuietly, 0, INTERVAL.toSeconds(), TimeUnit.SECONDS);
    }

    /** Deletes every upload due at {@code now}; returns how many files were deleted. */
    public int sweep(Instant now) {
        List<Upload> due = uploads.dueForDeletion(now);
        int deleted = 0;
        for (Upload upload : due) {
            if (storage.delete(upload.id())) {
                deleted++;
            }
            uploads.markDeleted(upload.id(), now);
            audit.system(upload.orgId(), "upload.expired", "upload", upload.id(), "retention");
        }
        metrics.retentionDeleted("upload", deleted);
        // rate-limit events are needed for a day's window; older ones go (operations.md §11: pruned after 25 h)
        rateEvents.prune(now.minus(Duration.ofHours(25)));
        // ended sign-in sessions (operations.md §9.2: idle 2 h, absolute 12 h)
        accounts.pruneSessions(now.minus(Session.IDLE), now.minus(Session.ABSOLUTE));
        // first answers of idempotent requests are replayed for 24 hours (api.md §1.5)
        idempotencyKeys.prune(now.minus(Duration.ofHours(24)));
        // saved analyses are kept for the plan's period (operations.md §11: free 90 days, pro and enterprise 2 years)
        for (Tier tier : Tier.values()) {
            int purged = analyses.purge(tier, now.minus(Plan.of(tier).keepAnalyses()));
            if (purged > 0) {
                metrics.retentionDeleted("analysis", purged);
            }
        }
        return deleted;
    }

    private void sweepQuietly() {
        try {
            int deleted = sweep(clock.instant());
            if (deleted > 0) {
                log.info("retention.sweep", "deleted " + deleted + " expired upload(s)");
            }
        } catch (RuntimeException e) {
            // the next run tries again; a sweep must never stop the schedule
            log.info("retention.sweep", "failed: " + e.getClass().getSimpleName());
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}

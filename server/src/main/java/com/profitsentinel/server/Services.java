package com.profitsentinel.server;

import static java.util.Objects.requireNonNull;

import com.profitsentinel.app.account.AccountRepository;
import com.profitsentinel.app.apikey.ApiKeyRepository;
import com.profitsentinel.app.audit.AuditLog;
import com.profitsentinel.app.config.ConfigRepository;
import com.profitsentinel.app.findings.FindingRepository;
import com.profitsentinel.app.history.AnalysisRepository;
import com.profitsentinel.app.idempotency.IdempotencyKeys;
import com.profitsentinel.app.limits.RateEvents;
import com.profitsentinel.app.mapping.SavedMappingRepository;
import com.profitsentinel.app.tenant.Directory;
import com.profitsentinel.app.upload.UploadRepository;
import java.util.function.BooleanSupplier;

/**
 * What the server is wired to: the repositories of the configured database (rate-limit events included) and a probe
 * of that database for
 * {@code /health}.
 *
 * @param databaseKind {@code h2} or {@code postgresql}
 * @param databaseUp true when a trivial query succeeds within a short timeout
 */
public record Services(
        Directory directory,
        UploadRepository uploads,
        AnalysisRepository analyses,
        RateEvents rateEvents,
        AuditLog auditLog,
        ApiKeyRepository apiKeys,
        FindingRepository findings,
        ConfigRepository configs,
        AccountRepository accounts,
        SavedMappingRepository savedMappings,
        IdempotencyKeys idempotencyKeys,
        String databaseKind,
        BooleanSupplier databaseUp) {
    public Services {
        requireNonNull(directory, "directory is null");
        requireNonNull(uploads, "uploads is null");
        requireNonNull(analyses, "analyses is null");
        requireNonNull(rateEvents, "rateEvents is null");
        requireNonNull(auditLog, "auditLog is null");
        requireNonNull(apiKeys, "apiKeys is null");
        requireNonNull(findings, "findings is null");
        requireNonNull(configs, "configs is null");
        requireNonNull(accounts, "accounts is null");
        requireNonNull(savedMappings, "savedMappings is null");
        requireNonNull(idempotencyKeys, "idempotencyKeys is null");
        requireNonNull(databaseKind, "databaseKind is null");
        requireNonNull(databaseUp, "databaseUp is null");
    }
}

package com.profitsentinel.store.jdbc;

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
import javax.sql.DataSource;

/**
 * The repositories over one data source. Used by {@link com.profitsentinel.store.Database} only; other modules get
 * the ports from there.
 */
public final class JdbcRepositories {
    private final Directory directory;
    private final UploadRepository uploads;
    private final AnalysisRepository analyses;
    private final RateEvents rateEvents;
    private final AuditLog auditLog;
    private final ApiKeyRepository apiKeys;
    private final FindingRepository findings;
    private final ConfigRepository configs;
    private final AccountRepository accounts;
    private final SavedMappingRepository savedMappings;
    private final IdempotencyKeys idempotencyKeys;

    private JdbcRepositories(Sql sql) {
        this.apiKeys = new JdbcApiKeys(sql);
        this.auditLog = new JdbcAuditLog(sql);
        this.rateEvents = new JdbcRateEvents(sql);
        this.directory = new JdbcDirectory(sql);
        this.uploads = new JdbcUploadRepository(sql);
        this.analyses = new JdbcAnalysisRepository(sql);
        this.findings = new JdbcFindings(sql);
        this.configs = new JdbcConfigs(sql);
        this.accounts = new JdbcAccounts(sql);
        this.savedMappings = new JdbcSavedMappings(sql);
        this.idempotencyKeys = new JdbcIdempotencyKeys(sql);
    }

    /** Repositories on {@code dataSource}, which must hold the migrated schema. */
    public static JdbcRepositories over(DataSource dataSource) {
        return new JdbcRepositories(new Sql(dataSource));
    }

    public Directory directory() {
        return directory;
    }

    public UploadRepository uploads() {
        return uploads;
    }

    public AnalysisRepository analyses() {
        return analyses;
    }

    public RateEvents rateEvents() {
        return rateEvents;
    }

    public AuditLog auditLog() {
        return auditLog;
    }

    public ApiKeyRepository apiKeys() {
        return apiKeys;
    }

    public FindingRepository findings() {
        return findings;
    }

    public ConfigRepository configs() {
        return configs;
    }

    public AccountRepository accounts() {
        return accounts;
    }

    public SavedMappingRepository savedMappings() {
        return savedMappings;
    }

    public IdempotencyKeys idempotencyKeys() {
        return idempotencyKeys;
    }
}

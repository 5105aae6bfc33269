package com.profitsentinel.store;

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
import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import com.profitsentinel.store.DatabaseSettings.Embedded;
import com.profitsentinel.store.DatabaseSettings.Postgresql;
import com.profitsentinel.store.jdbc.JdbcRepositories;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The database (operations.md §17): the entry point of the store module. {@link #open} connects a pool to the embedded
 * H2 database or to PostgreSQL, applies (or checks) the migrations and hands out the repositories. Thread-safe; close it
 * once at shutdown.
 */
public final class Database implements AutoCloseable {
    /** H2 error code 90020, DATABASE_ALREADY_OPEN_1: another process has the database file open. */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    private static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(5); // operations.md §18
    private static final Duration PING_TIMEOUT = Duration.ofSeconds(2);

    private final Migrations.Kind kind;
    private final String description;
    private final HikariDataSource dataSource;
    private final Optional<EmbeddedLock> lock;
    private final JdbcRepositories repositories;

    private Database(
            Migrations.Kind kind, String description, HikariDataSource dataSource, Optional<EmbeddedLock> lock) {
        this.kind = kind;
        this.description = description;
        this.dataSource = dataSource;
        this.lock = lock;
        this.repositories = JdbcRepositories.over(dataSource);
    }

    /**
     * Opens the database and applies pending migrations (or, with {@code migrateOnStart} off, refuses pending ones).
     *
     * @throws ProfitSentinelException {@link ErrorCode#DATABASE_UNAVAILABLE} when the database cannot be reached, the
     *     embedded one is in use by another process (details {@code reason=database_in_use}), or migrations fail or are
     *     pending (details {@code reason=pending_migrations})
     */
    public static Database open(DatabaseSettings settings) {
        requireNonNull(settings, "settings is null");
        return switch (settings.location()) {
            case Embedded embedded -> openEmbedded(settings, embedded);
            case Postgresql postgresql -> openPostgresql(settings, postgresql);
        };
    }

    private static Database openEmbedded(DatabaseSettings settings, Embedded embedded) {
        Path directory = embedded.databaseDirectory();
        String description = "embedded database in " + directory;
        EmbeddedLock lock = EmbeddedLock.acquire(directory);
        try {
            HikariConfig config = poolConfig(settings, "h2");
            config.setJdbcUrl(h2Url(directory));
            config.setUsername("sentinel");
            config.setPassword("");
            config.setConnectionInitSql(
                    "SET QUERY_TIMEOUT " + settings.statementTimeout().toMillis());
            HikariDataSource dataSource = connect(config, description, Optional.of(directory));
            return migrated(
                    new Database(Migrations.Kind.H2, description, dataSource, Optional.of(lock)), config, settings);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** The H2 URL of the database in {@code directory}: file mode, PostgreSQL compatibility. */
    static String h2Url(Path directory) {
        return "jdbc:h2:file:" + directory.resolve("sentinel")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    private static Database openPostgresql(DatabaseSettings settings, Postgresql postgresql) {
        String description = "PostgreSQL database at " + postgresql.displayUrl();
        HikariConfig config = poolConfig(settings, "postgresql");
        config.setJdbcUrl(postgresql.url());
        config.setUsername(postgresql.user());
        config.setPassword(postgresql.password());
        config.setConnectionInitSql(
                "SET statement_timeout = " + settings.statementTimeout().toMillis());
        HikariDataSource dataSource = connect(config, description, Optional.empty());
        return migrated(
                new Database(Migrations.Kind.POSTGRESQL, description, dataSource, Optional.empty()), config, settings);
    }

    private static HikariConfig poolConfig(DatabaseSettings settings, String kind) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("profit-sentinel-" + kind);
        config.setMaximumPoolSize(settings.maxPoolSize());
        config.setMinimumIdle(Math.min(2, settings.maxPoolSize()));
        config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        config.setAutoCommit(true);
        return config;
    }

    /** A started pool; the first connection is made here, so a database that cannot be reached fails now. */
    private static HikariDataSource connect(HikariConfig config, String description, Optional<Path> embedded) {
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            Optional<SQLException> cause = sqlCause(e);
            if (embedded.isPresent() && cause.isPresent() && cause.get().getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                ProfitSentinelException inUse = EmbeddedLock.inUse(embedded.get(), "");
                inUse.initCause(e);
                throw inUse;
            }
            String reason = cause.map(Throwable::getMessage).orElse(e.getMessage());
            throw new ProfitSentinelException(
                    ErrorCode.DATABASE_UNAVAILABLE, "Cannot connect to the " + description + ": " + reason, e);
        }
    }

    private static Optional<SQLException> sqlCause(Throwable failure) {
        for (@Nullable Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sqlException) {
                return Optional.of(sqlException);
            }
        }
        return Optional.empty();
    }

    private static Database migrated(Database database, HikariConfig config, DatabaseSettings settings) {
        try {
            Migrations.apply(
                    config.getJdbcUrl(),
                    config.getUsername(),
                    config.getPassword(),
                    database.kind,
                    settings.migrateOnStart(),
                    database.description);
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public Directory directory() {
        return repositories.directory();
    }

    public UploadRepository uploads() {
        return repositories.uploads();
    }

    public AnalysisRepository analyses() {
        return repositories.analyses();
    }

    public RateEvents rateEvents() {
        return repositories.rateEvents();
    }

    public AuditLog auditLog() {
        return repositories.auditLog();
    }

    public ApiKeyRepository apiKeys() {
        return repositories.apiKeys();
    }

    public FindingRepository findings() {
        return repositories.findings();
    }

    public ConfigRepository configs() {
        return repositories.configs();
    }

    public AccountRepository accounts() {
        return repositories.accounts();
    }

    public SavedMappingRepository savedMappings() {
        return repositories.savedMappings();
    }

    public IdempotencyKeys idempotencyKeys() {
        return repositories.idempotencyKeys();
    }

    /** {@code "h2"} or {@code "postgresql"}. */
    public String kind() {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * True when the database answers {@code SELECT 1} within two seconds; false on any failure or after {@link #close()}.
     * For health checks: never throws, never waits longer.
     */
    public boolean ping() {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Thread.ofVirtual().name("database-ping").start(() -> answer.complete(selectOne()));
        try {
            return answer.get(PING_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    private boolean selectOne() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout((int) PING_TIMEOUT.toSeconds());
            try (ResultSet result = statement.executeQuery("SELECT 1")) {
                return result.next() && result.getInt(1) == 1;
            }
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /** The pool, for this module's tests. */
    DataSource dataSource() {
        return dataSource;
    }

    @Override
    public String toString() {
        return "Database[" + description + "]";
    }

    /** Closes the pool (the embedded database closes with its last connection) and releases the lock. */
    @Override
    public void close() {
        try {
            dataSource.close();
        } finally {
            lock.ifPresent(EmbeddedLock::close);
        }
    }
}

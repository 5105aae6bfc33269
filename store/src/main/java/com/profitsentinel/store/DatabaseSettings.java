package com.profitsentinel.store;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the database is and how it is used (operations.md §17): the embedded H2 database under a data directory, or
 * PostgreSQL by JDBC URL; the pool size ({@code db.pool.max}), whether pending migrations are applied at start
 * ({@code db.migrate_on_start}) and the statement timeout.
 *
 * @param maxPoolSize connections in the pool, 1-1000 (default {@value #DEFAULT_MAX_POOL_SIZE})
 * @param migrateOnStart apply pending migrations when opening; when false, opening a database with pending migrations
 *     fails and names them (default true)
 * @param statementTimeout the longest a statement may run, 1 second to 1 hour (default 30 seconds)
 */
public record DatabaseSettings(Location location, int maxPoolSize, boolean migrateOnStart, Duration statementTimeout) {
    public static final int DEFAULT_MAX_POOL_SIZE = 10;
    public static final Duration DEFAULT_STATEMENT_TIMEOUT = Duration.ofSeconds(30);

    public DatabaseSettings {
        requireNonNull(location, "location is null");
        requireNonNull(statementTimeout, "statementTimeout is null");
        if (maxPoolSize < 1 || maxPoolSize > 1000) {
            throw new IllegalArgumentException("maxPoolSize must be 1-1000: " + maxPoolSize);
        }
        if (statementTimeout.compareTo(Duration.ofSeconds(1)) < 0
                || statementTimeout.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("statementTimeout must be 1 second to 1 hour: " + statementTimeout);
        }
    }

    /** The embedded database in {@code <dataDir>/db/}, with the defaults. */
    public static DatabaseSettings embedded(Path dataDir) {
        return new DatabaseSettings(new Embedded(dataDir), DEFAULT_MAX_POOL_SIZE, true, DEFAULT_STATEMENT_TIMEOUT);
    }

    /** PostgreSQL at a {@code jdbc:postgresql:} URL, with the defaults. */
    public static DatabaseSettings postgresql(String url, String user, String password) {
        return new DatabaseSettings(
                new Postgresql(url, user, password), DEFAULT_MAX_POOL_SIZE, true, DEFAULT_STATEMENT_TIMEOUT);
    }

    public DatabaseSettings withMaxPoolSize(int size) {
        return new DatabaseSettings(location, size, migrateOnStart, statementTimeout);
    }

    public DatabaseSettings withMigrateOnStart(boolean migrate) {
        return new DatabaseSettings(location, maxPoolSize, migrate, statementTimeout);
    }

    public DatabaseSettings withStatementTimeout(Duration timeout) {
        return new DatabaseSettings(location, maxPoolSize, migrateOnStart, timeout);
    }

    /** Which database. */
    public sealed interface Location permits Embedded, Postgresql {}

    /**
     * The embedded H2 database in file mode, {@code <dataDir>/db/sentinel.mv.db}; one process at a time.
     *
     * @param dataDir the data directory ({@code data.dir}); created when missing
     */
    public record Embedded(Path dataDir) implements Location {
        public Embedded {
            requireNonNull(dataDir, "dataDir is null");
            dataDir = dataDir.toAbsolutePath().normalize();
            if (dataDir.toString().contains(";")) {
                throw new IllegalArgumentException("the data directory must not contain ';': " + dataDir);
            }
        }

        /** The directory holding the database files. */
        public Path databaseDirectory() {
            return dataDir.resolve("db");
        }
    }

    /** PostgreSQL 14 or newer. {@link #toString()} hides the password. */
    public record Postgresql(String url, String user, String password) implements Location {
        public Postgresql {
            requireNonNull(url, "url is null");
            requireNonNull(user, "user is null");
            requireNonNull(password, "password is null");
            if (!url.startsWith("jdbc:postgresql:")) {
                throw new IllegalArgumentException("a PostgreSQL URL starts with jdbc:postgresql: \"" + url + "\"");
            }
        }

        /** The URL without its parameters, which may carry a password: for messages and logs. */
        public String displayUrl() {
            int parameters = url.indexOf('?');
            return parameters < 0 ? url : url.substring(0, parameters);
        }

        @Override
        public String toString() {
            return "Postgresql[url=" + displayUrl() + ", user=" + user + ", password=***]";
        }
    }
}

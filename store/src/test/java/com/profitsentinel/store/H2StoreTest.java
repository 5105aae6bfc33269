package com.profitsentinel.store;

import com.profitsentinel.app.id.Ids;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

/** The repository contracts on the embedded H2 database, in file mode in a temporary directory. */
class H2StoreTest {
    @TempDir
    static Path dataDir;

    private static Database database;

    @BeforeAll
    static void open() {
        database = Database.open(DatabaseSettings.embedded(dataDir));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Nested
    class DatabaseContract extends AbstractDatabaseContractTest {
        @Override
        protected DatabaseSettings freshDatabase() {
            return DatabaseSettings.embedded(dataDir.resolve(Ids.newId()));
        }

        @Override
        protected String expectedKind() {
            return "h2";
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

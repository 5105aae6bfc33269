package com.profitsentinel.server;

import com.profitsentinel.store.Database;
import com.profitsentinel.store.DatabaseSettings;
import java.nio.file.Path;

/** The HTTP contract on the embedded database (the default of {@code ./sentinel serve}). */
class H2ApiIT extends AbstractApiIT {
    private Database database;

    @Override
    Services openServices(Path dataDir) {
        database = Database.open(DatabaseSettings.embedded(dataDir));
        return ServicesOf.database(database);
    }

    @Override
    void closeServices() {
        database.close();
    }
}

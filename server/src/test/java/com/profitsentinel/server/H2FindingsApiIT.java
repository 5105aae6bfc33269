package com.profitsentinel.server;

import java.nio.file.Path;

/** Findings over HTTP on the embedded database. */
class H2FindingsApiIT extends AbstractFindingsApiIT {
    @Override
    TestDatabase open(Path dataDir) {
        return TestDatabase.h2(dataDir);
    }
}

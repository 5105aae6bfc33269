package com.profitsentinel.server;

import java.nio.file.Path;

/** Production mode on the embedded database. */
class H2ProductionIT extends AbstractProductionIT {
    @Override
    TestDatabase open(Path dataDir) {
        return TestDatabase.h2(dataDir);
    }
}

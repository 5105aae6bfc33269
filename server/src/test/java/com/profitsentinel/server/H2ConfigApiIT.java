package com.profitsentinel.server;

import java.nio.file.Path;

/** Store configuration over HTTP on the embedded database. */
class H2ConfigApiIT extends AbstractConfigApiIT {
    @Override
    TestDatabase open(Path dataDir) {
        return TestDatabase.h2(dataDir);
    }
}

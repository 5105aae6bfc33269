package com.profitsentinel.server;

import java.nio.file.Path;

/** The HTTP contract on the embedded database (the default of {@code ./sentinel serve}). */
class H2ApiIT extends AbstractApiIT {
    @Override
    TestDatabase open(Path dataDir) {
        return TestDatabase.h2(dataDir);
    }
}

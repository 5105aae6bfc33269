package com.profitsentinel.server;

import java.nio.file.Path;

/** Local accounts over HTTP on the embedded database. */
class H2SignInIT extends AbstractSignInIT {
    @Override
    TestDatabase open(Path dataDir) {
        return TestDatabase.h2(dataDir);
    }
}

package com.profitsentinel.server;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A running server on a free port over a test database, with a client for it: what the HTTP integration tests start
 * once per class and close after.
 */
final class TestServer implements AutoCloseable {
    private final TestDatabase database;
    private final SentinelServer server;
    private final HttpTestClient http;

    private TestServer(TestDatabase database, SentinelServer server) {
        this.database = database;
        this.server = server;
        this.http = new HttpTestClient(server.port());
    }

    /** Starts a server with {@code settings} (port 0 and the data directory added) on {@code database}. */
    static TestServer start(TestDatabase database, Path dataDir, Map<String, String> settings, Clock clock) {
        Map<String, String> all = new LinkedHashMap<>(settings);
        all.put("server.port", "0");
        all.put("data.dir", dataDir.toString());
        return new TestServer(
                database,
                SentinelServer.start(
                        ServerSettings.from(all), database.services(), "test", clock, AbstractApiIT.QUIET));
    }

    /** A dev-mode server on the real clock. */
    static TestServer dev(TestDatabase database, Path dataDir) {
        return start(database, dataDir, Map.of(), Clock.systemUTC());
    }

    HttpTestClient http() {
        return http;
    }

    @Override
    public void close() {
        server.close();
        database.close();
    }
}

package com.profitsentinel.server;

import static com.profitsentinel.server.AbstractApiIT.QUIET;
import static com.profitsentinel.server.AbstractApiIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.profitsentinel.server.HttpTestClient.Answer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** api.md §9 acceptance 13 and operations.md §18: the database stops while the server runs. */
class DatabaseDownIT {
    @Test
    void livenessStaysUpWhileReadinessAndDataRoutesSayTheDatabaseIsDown(@TempDir Path dataDir) {
        ServerSettings settings = ServerSettings.from(Map.of("server.port", "0", "data.dir", dataDir.toString()));
        try (TestDatabase database = TestDatabase.postgres();
                SentinelServer server =
                        SentinelServer.start(settings, database.services(), "test", Clock.systemUTC(), QUIET)) {
            HttpTestClient http = new HttpTestClient(server.port());
            assertThat(http.get("/health").status()).isEqualTo(200);

            database.stopPostgres();

            assertThat(http.get("/health/shallow").status()).isEqualTo(200);
            Answer health = http.get("/health");
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.json().get("status").asText()).isEqualTo("down");
            assertThat(health.json().at("/components/database/status").asText()).isEqualTo("down");
            assertThat(health.text()).doesNotContain("Exception", "Connection refused", "SQL");
            Answer list = http.get("/api/v1/analyses");
            assertProblem(list, 503, "DATABASE_UNAVAILABLE");
            assertThat(list.header("Retry-After")).isEqualTo("30");
            assertThat(list.text()).doesNotContain("Exception", "jdbc:", "SQL");
        }
    }
}

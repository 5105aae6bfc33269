package com.profitsentinel.server;

import static com.profitsentinel.server.AbstractApiIT.PALADIN;
import static com.profitsentinel.server.AbstractApiIT.QUIET;
import static com.profitsentinel.server.AbstractApiIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.profitsentinel.engine.analysis.Analysis;
import com.profitsentinel.engine.analysis.AnalysisContext;
import com.profitsentinel.engine.analysis.Engine;
import com.profitsentinel.engine.rule.RuleDescriptor;
import com.profitsentinel.server.HttpTestClient.Answer;
import com.profitsentinel.server.HttpTestClient.Multipart;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** api.md §9 acceptance 5: an engine that throws answers 500 ENGINE_FAILED with a support reference, nothing more. */
class EngineFailureIT {
    /** An engine with the primary's id whose every analysis fails. */
    private static final Engine BROKEN = new Engine() {
        @Override
        public String id() {
            return "sentinel";
        }

        @Override
        public String version() {
            return "9.0.0";
        }

        @Override
        public List<RuleDescriptor> rules() {
            return List.of();
        }

        @Override
        public Analysis start(AnalysisContext context) {
            throw new IllegalStateException("engine defect at com.example.Secret (SELECT * FROM secrets)");
        }
    };

    @Test
    void anEngineExceptionIsA500WithAReferenceAndNoInternals(@TempDir Path dataDir) {
        ServerSettings settings = ServerSettings.from(Map.of("server.port", "0", "data.dir", dataDir.toString()));
        try (TestDatabase database = TestDatabase.h2(dataDir);
                SentinelServer server = SentinelServer.start(
                        settings, database.services(), "test", Clock.systemUTC(), QUIET, List.of(BROKEN))) {
            Answer answer = new HttpTestClient(server.port())
                    .post(
                            "/analysis/analyze",
                            new Multipart().field("as_of", "2025-07-01").file("file", PALADIN));

            assertProblem(answer, 500, "ENGINE_FAILED");
            String reference = answer.json().get("reference").asText();
            assertThat(reference).matches("[23456789A-HJ-NP-Z]{8}");
            assertThat(answer.json().get("detail").asText())
                    .isEqualTo("Analysis failed. Please try again or contact support. (ref: " + reference + ")");
            assertThat(answer.text()).doesNotContain("IllegalStateException", "com.example", "SELECT", "\tat ");

            // the analysis is stored as failed under the same reference (operations.md §18)
            HttpTestClient http = new HttpTestClient(server.port());
            com.fasterxml.jackson.databind.JsonNode item =
                    http.get("/api/v1/analyses").json().at("/items/0");
            assertThat(item.get("status").asText()).isEqualTo("failed");
            com.fasterxml.jackson.databind.JsonNode failed =
                    http.get("/api/v1/analyses/" + item.get("id").asText()).json();
            assertThat(failed.at("/error/code").asText()).as(failed.toString()).isEqualTo("ENGINE_FAILED");
            assertThat(failed.at("/error/reference").asText()).isEqualTo(reference);
        }
    }
}

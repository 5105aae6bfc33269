package com.profitsentinel.app.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.profitsentinel.app.analysis.EngineRun;
import com.profitsentinel.engine.analysis.AnalysisContext;
import com.profitsentinel.engine.analysis.FindingListener;
import com.profitsentinel.engine.digest.Digest;
import com.profitsentinel.engine.digest.DigestRanker;
import com.profitsentinel.engine.rule.Parameters;
import com.profitsentinel.engine.rule.Preset;
import com.profitsentinel.engine.rules.Engines;
import com.profitsentinel.io.ingest.IngestRequest;
import com.profitsentinel.io.ingest.ProgressListener;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Documents written with shared arrays are the documents written without them. */
class SharedArraysTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate AS_OF = LocalDate.of(2025, 7, 1);

    private static EngineRun.Outcome outcome;
    private static Digest digest;

    @BeforeAll
    static void analyze() {
        Parameters parameters = Parameters.of(Preset.STANDARD);
        outcome = EngineRun.run(
                List.of(IngestRequest.builder(Path.of("../samples/paladin-report-29.csv"), AS_OF)
                        .build()),
                Engines.require(Engines.DEFAULT),
                new AnalysisContext(AS_OF, parameters, Optional.empty(), FindingListener.NONE, 1000),
                ProgressListener.NONE);
        digest = DigestRanker.rank(outcome.result().groups(), outcome.result().memberImpacts(), parameters);
    }

    @Test
    void nativeDocumentIsTheSameWithSharedArrays() throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        JsonResultWriter.analysis(plain, outcome, digest);
        ByteArrayOutputStream shared = new ByteArrayOutputStream();
        JsonResultWriter.analysis(shared, outcome, digest, JsonResultWriter.sharedArrays(outcome.result()));

        JsonNode expected = JSON.readTree(plain.toByteArray());
        assertThat(expected.get("findings").size()).isPositive();
        assertThat(JSON.readTree(shared.toByteArray())).isEqualTo(expected);
    }

    @Test
    void legacyDocumentIsTheSameWithSharedArraysAndCanLeaveFindingsOut() throws IOException {
        JsonResultWriter.SharedArrays shared = JsonResultWriter.sharedArrays(outcome.result());
        JsonNode expected = JSON.readTree(JSON.writeValueAsBytes(LegacyJson.response(outcome)));

        assertThat(JSON.readTree(JSON.writeValueAsBytes(LegacyJson.response(outcome, shared, true))))
                .isEqualTo(expected);
        JsonNode withoutFindings = JSON.readTree(JSON.writeValueAsBytes(LegacyJson.response(outcome, shared, false)));
        assertThat(withoutFindings.has("findings")).isFalse();
        assertThat(withoutFindings.get("groups")).isEqualTo(expected.get("groups"));
        assertThat(withoutFindings.get("findings_listed")).isEqualTo(expected.get("findings_listed"));
    }
}

package com.profitsentinel.app.findings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.profitsentinel.app.analysis.EngineRun;
import com.profitsentinel.engine.analysis.AnalysisContext;
import com.profitsentinel.engine.analysis.AnalysisResult;
import com.profitsentinel.engine.digest.Digest;
import com.profitsentinel.engine.digest.DigestRanker;
import com.profitsentinel.engine.finding.Finding;
import com.profitsentinel.engine.finding.Group;
import com.profitsentinel.engine.rule.Parameters;
import com.profitsentinel.engine.rules.Engines;
import com.profitsentinel.io.ingest.IngestRequest;
import com.profitsentinel.io.ingest.ProgressListener;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The snapshot an analysis stores: the largest findings with their record's attributes, within a bounded size. */
class SnapshotCollectorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate AS_OF = LocalDate.of(2025, 7, 1);
    private static final Parameters PARAMETERS = Parameters.standard();

    private static final class Run {
        final SnapshotCollector collector;
        final AnalysisResult result;
        final Digest digest;

        Run(int capacity, Set<String> watched) {
            collector = new SnapshotCollector(capacity, watched);
            result = EngineRun.run(
                            List.of(IngestRequest.builder(Path.of("../samples/paladin-report-29.csv"), AS_OF)
                                    .build()),
                            Engines.require(Engines.DEFAULT),
                            new AnalysisContext(
                                    AS_OF, PARAMETERS, Optional.empty(), collector, AnalysisContext.ALL_FINDINGS),
                            ProgressListener.NONE)
                    .result();
            digest = DigestRanker.rank(result.groups(), result.memberImpacts(), PARAMETERS);
        }

        FindingSnapshot snapshot() {
            return collector.snapshot(result, digest, 0.25);
        }
    }

    @Test
    void withRoomForAllEveryFindingIsKeptLargestFirstAndTheSnapshotIsComplete() throws IOException {
        Run run = new Run(25_000, Set.of());

        FindingSnapshot snapshot = run.snapshot();

        assertThat(snapshot.complete()).isTrue();
        assertThat(snapshot.findings()).hasSize(run.result.findings().size());
        assertThat(snapshot.findings())
                .extracting(StoredFinding::annualProfitAtRisk)
                .isSortedAccordingTo(Comparator.reverseOrder());
        StoredFinding hammer = snapshot.findings().stream()
                .filter(finding ->
                        finding.sku().equals("0070125") && finding.leakType().equals("BELOW_COST"))
                .findFirst()
                .orElseThrow();
        assertThat(hammer.department()).contains("TOOLS");
        assertThat(hammer.category()).contains("HAND TOOLS");
        assertThat(hammer.vendor()).contains("STANLEY BLACK & DECKER");
        assertThat(hammer.annualProfitAtRisk()).isEqualByComparingTo("999.10");
        JsonNode document = JSON.readTree(hammer.document());
        assertThat(document.get("finding_id").asText()).isEqualTo(hammer.findingId());
        assertThat(document.get("context").asText()).startsWith("Cost $24.63 is above retail $21.99");
        assertThat(snapshot.groups()).hasSize(run.result.groups().size());
    }

    @Test
    void aFullCollectorKeepsTheLargestFindingsAndSaysTheSnapshotIsIncomplete() {
        Run all = new Run(25_000, Set.of());
        Run three = new Run(3, Set.of());

        FindingSnapshot snapshot = three.snapshot();

        assertThat(snapshot.complete()).isFalse();
        assertThat(snapshot.findings())
                .extracting(StoredFinding::findingId)
                .containsExactlyElementsOf(all.snapshot().findings().stream()
                        .limit(3)
                        .map(StoredFinding::findingId)
                        .toList());
        // group figures cover every finding whatever was kept
        assertThat(snapshot.groups())
                .extracting(StoredGroup::skuCount)
                .containsExactlyElementsOf(all.snapshot().groups().stream()
                        .map(StoredGroup::skuCount)
                        .toList());
    }

    @Test
    void onlyWatchedSkusOfTheUploadAreReportedPresent() {
        Run run = new Run(10, Set.of("0070125", "NOT-IN-THE-FILE"));

        assertThat(run.snapshot().skusPresent()).containsExactly("0070125");
    }

    @Test
    void groupsCarryTheDigestPriorityAndTheHighestSeverityOfTheirFindings() {
        Run run = new Run(25_000, Set.of());

        FindingSnapshot snapshot = run.snapshot();

        for (Group ranked : run.digest.ranked()) {
            StoredGroup stored = snapshot.groups().stream()
                    .filter(group -> group.groupId().equals(ranked.groupId()))
                    .findFirst()
                    .orElseThrow();
            assertThat(stored.priority()).isEqualTo(ranked.priorityScore());
        }
        for (StoredGroup group : snapshot.groups()) {
            String highest = run.result.findings().stream()
                    .filter(finding -> finding.groupId().equals(group.groupId()))
                    .map(Finding::severity)
                    .max(Comparator.naturalOrder())
                    .map(severity -> severity.id())
                    .orElse("info");
            assertThat(group.severity()).as(group.groupId()).isEqualTo(highest);
        }
        assertThat(snapshot.findings().get(0).priority())
                .isEqualTo(DigestRanker.basePriority(run.result.findings().stream()
                        .filter(finding -> finding.findingId()
                                .equals(snapshot.findings().get(0).findingId()))
                        .findFirst()
                        .orElseThrow()));
        assertThat(snapshot.findings().get(0).annualProfitAtRisk()).isGreaterThan(BigDecimal.ZERO);
    }
}

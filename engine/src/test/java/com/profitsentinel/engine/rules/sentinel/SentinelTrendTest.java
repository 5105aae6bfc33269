package com.profitsentinel.engine.rules.sentinel;

import static com.profitsentinel.engine.rules.sentinel.SentinelSpecTest.assertNumber;
import static org.assertj.core.api.Assertions.assertThat;

import com.profitsentinel.engine.analysis.AnalysisContext;
import com.profitsentinel.engine.analysis.AnalysisResult;
import com.profitsentinel.engine.analysis.Snapshot;
import com.profitsentinel.engine.digest.Digest;
import com.profitsentinel.engine.digest.DigestRanker;
import com.profitsentinel.engine.finding.Fact;
import com.profitsentinel.engine.finding.Finding;
import com.profitsentinel.engine.finding.FindingIds;
import com.profitsentinel.engine.finding.Group;
import com.profitsentinel.engine.finding.LeakType;
import com.profitsentinel.engine.finding.Trend;
import com.profitsentinel.engine.finding.TrendBasis;
import com.profitsentinel.engine.rule.Parameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Two-snapshot trends (engine.md §8) and the digest case of §12.6 that depends on them. */
class SentinelTrendTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 7, 1);
    private static final FindingIds IDS = new FindingIds("sentinel", 2);
    private static final String ELC_4401 = IDS.finding("store-7", "ELC-4401", "NEGATIVE_INVENTORY");
    private static final String SEA_1201 = IDS.finding("store-7", "SEA-1201", "DEAD_STOCK");

    private static AnalysisResult analyse(Snapshot previous) {
        return NativeRows.analyse(
                "multi-store-20.csv", new AnalysisContext(AS_OF, Parameters.standard(), Optional.of(previous)));
    }

    private static Finding finding(AnalysisResult result, String findingId) {
        return result.finding(findingId).orElseThrow();
    }

    @Test
    void marksAFindingThatGrewSinceTheLastUploadAsWorsening() {
        AnalysisResult result = analyse(new Snapshot(AS_OF.minusDays(7), Map.of(ELC_4401, 705.00), Map.of()));

        Finding negative = finding(result, ELC_4401);
        assertThat(negative.trend()).isEqualTo(Trend.WORSENING);
        assertThat(negative.trendBasis()).isEqualTo(TrendBasis.SNAPSHOT);
        assertThat(negative.isNew()).isFalse();
        List<Group> storeSeven = result.groups().stream()
                .filter(group -> group.storeId().equals("store-7"))
                .toList();
        Map<String, Double> impacts =
                result.findings().stream().collect(Collectors.toMap(Finding::findingId, Finding::annualProfitAtRisk));
        Digest digest = DigestRanker.rank(storeSeven, impacts, Parameters.standard(), 5);
        assertThat(digest.selected())
                .extracting(Group::kind)
                .containsExactly(LeakType.NEGATIVE_INVENTORY, LeakType.DEAD_STOCK);
        assertNumber("p0", "9.460872", digest.selected().get(0).priorityScore());
        assertNumber("priority", "5.823410", digest.selected().get(1).priorityScore());
    }

    @Test
    void marksFindingsAbsentFromThePreviousSnapshotAsNewWithTheirStaticTrend() {
        AnalysisResult result = analyse(new Snapshot(AS_OF.minusDays(7), Map.of(ELC_4401, 705.00), Map.of()));

        Finding dead = finding(result, SEA_1201);
        assertThat(dead.isNew()).isTrue();
        assertThat(dead.trendBasis()).isEqualTo(TrendBasis.STATIC);
        assertThat(dead.trend()).isEqualTo(Trend.WORSENING);
    }

    @Test
    void comparesWithinTheToleranceAsStableAndAFallAsImproving() {
        AnalysisResult stable = analyse(new Snapshot(AS_OF.minusDays(30), Map.of(ELC_4401, 1100.00), Map.of()));
        assertThat(finding(stable, ELC_4401).trend()).isEqualTo(Trend.STABLE);
        AnalysisResult improving = analyse(new Snapshot(AS_OF.minusDays(30), Map.of(ELC_4401, 2000.00), Map.of()));
        assertThat(finding(improving, ELC_4401).trend()).isEqualTo(Trend.IMPROVING);
        AnalysisResult fromZero = analyse(new Snapshot(AS_OF.minusDays(30), Map.of(ELC_4401, 0.0), Map.of()));
        assertThat(finding(fromZero, ELC_4401).trend()).isEqualTo(Trend.WORSENING);
    }

    @Test
    void ignoresASnapshotOlderThanTheMaximumGapOrFromTheSameDay() {
        for (LocalDate previous : List.of(AS_OF.minusDays(121), AS_OF)) {
            AnalysisResult result = analyse(new Snapshot(previous, Map.of(ELC_4401, 705.00), Map.of()));
            Finding negative = finding(result, ELC_4401);
            assertThat(negative.trendBasis()).isEqualTo(TrendBasis.STATIC);
            assertThat(negative.trend()).isEqualTo(Trend.STABLE);
            assertThat(negative.isNew()).isFalse();
        }
    }

    @Test
    void seesACostIncreaseSinceThePreviousSnapshot() {
        AnalysisResult result = analyse(new Snapshot(AS_OF.minusDays(14), Map.of(), Map.of("store-12|PNT-1001", 90.0)));

        Finding margin = finding(result, IDS.finding("store-12", "PNT-1001", "MARGIN_EROSION"));
        assertThat(margin.facts()).contains(Fact.COST_INCREASE);
        Finding other = finding(result, IDS.finding("store-12", "PNT-1002", "MARGIN_EROSION"));
        assertThat(other.facts()).doesNotContain(Fact.COST_INCREASE);
    }
}

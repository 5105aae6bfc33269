package com.profitsentinel.app.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.profitsentinel.app.findings.FindingLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** workflows.md §9 ACCEPTANCE (store Main Street, previous 2026-02-02, current 2026-03-02) and the finding rules. */
class ComparisonsTest {
    private static Comparisons.Side side(
            String id, Map<String, Long> counts, Map<String, Double> impacts, List<FindingLine> findings) {
        return new Comparisons.Side(
                id,
                "Count " + id,
                Instant.parse("2026-03-02T10:00:00Z"),
                "main",
                1_000,
                counts,
                impacts,
                Map.of(),
                Map.of("dead_item", counts.getOrDefault("DEAD_STOCK", 0L)),
                Map.of("dead_item", impacts.getOrDefault("DEAD_STOCK", 0.0)),
                findings);
    }

    private static Comparisons.Side previous() {
        return side(
                "previous",
                Map.of("DEAD_STOCK", 40L, "MARGIN_EROSION", 25L, "NEGATIVE_INVENTORY", 10L, "ZERO_COST", 6L),
                Map.of(
                        "DEAD_STOCK",
                        12_000.00,
                        "MARGIN_EROSION",
                        3_000.00,
                        "NEGATIVE_INVENTORY",
                        1_500.00,
                        "ZERO_COST",
                        300.00),
                List.of());
    }

    private static Comparisons.Side current(double marginErosion) {
        return side(
                "current",
                Map.of("DEAD_STOCK", 38L, "MARGIN_EROSION", 25L, "ZERO_COST", 6L, "OVERSTOCK", 4L),
                Map.of(
                        "DEAD_STOCK",
                        11_950.00,
                        "MARGIN_EROSION",
                        marginErosion,
                        "ZERO_COST",
                        300.00,
                        "OVERSTOCK",
                        820.00),
                List.of());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> comparison, String name) {
        return (List<Map<String, Object>>) comparison.get(name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> comparison, String name) {
        return (Map<String, Object>) comparison.get(name);
    }

    @Test
    void typeStatusesAndTheOverallTrendFollowTheAcceptanceTable() {
        Map<String, Object> comparison = Comparisons.compare(current(3_450.00), previous(), Set.of());

        List<String> statuses = new ArrayList<>();
        for (Map<String, Object> trend : list(comparison, "type_trends")) {
            statuses.add(trend.get("leak_type") + " " + trend.get("status") + " " + trend.get("severity"));
        }
        assertThat(statuses)
                .containsExactlyInAnyOrder(
                        "DEAD_STOCK improving info",
                        "MARGIN_EROSION worsening warning",
                        "NEGATIVE_INVENTORY resolved success",
                        "ZERO_COST stable neutral",
                        "OVERSTOCK new critical");
        assertThat(list(comparison, "type_trends").get(0)).containsEntry("leak_type", "NEGATIVE_INVENTORY");
        assertThat(map(comparison, "summary"))
                .containsEntry("overall_trend", "improving")
                .containsEntry("issues_delta", -8L)
                .containsEntry("previous_total", new BigDecimal("16800.00"))
                .containsEntry("current_total", new BigDecimal("16520.00"))
                .containsEntry("impact_delta", new BigDecimal("-280.00"))
                .containsEntry("new_types", 1L)
                .containsEntry("resolved_types", 1L)
                .containsEntry("worsening_types", 1L)
                .containsEntry("improving_types", 1L);
        assertThat(list(comparison, "leak_trends").get(0))
                .containsEntry("key", "dead_item")
                .containsEntry("status", "improving");
        assertThat(map(map(comparison, "metadata"), "current")).containsEntry("id", "current");
        assertThat(map(comparison, "metadata")).containsEntry("cross_store", false);
    }

    @Test
    void anImpactRiseAboveFiveHundredDollarsMakesItWorseningAlthoughIssuesFell() {
        Map<String, Object> comparison = Comparisons.compare(current(4_300.00), previous(), Set.of());

        assertThat(map(comparison, "summary"))
                .containsEntry("overall_trend", "worsening")
                .containsEntry("impact_delta", new BigDecimal("570.00"))
                .containsEntry("issues_delta", -8L);
    }

    @Test
    void theRulesAreTestedInOrder() {
        assertThat(Comparisons.status(0, 0, 1, 10)).isEqualTo("new");
        assertThat(Comparisons.status(3, 500, 0, 0)).isEqualTo("resolved");
        assertThat(Comparisons.status(5, 1_000, 4, 1_100.01)).isEqualTo("worsening");
        assertThat(Comparisons.status(5, 1_000, 5, 1_100.00)).isEqualTo("stable");
        assertThat(Comparisons.status(5, 1_000, 5, 899.99)).isEqualTo("improving");
    }

    @Test
    void findingsAreNewResolvedMissingOrChangedByMoreThanTwentyFiveDollarsOrTenPercent() {
        FindingLine kept = new FindingLine("f1", "DEAD_STOCK", "A", "Item A", new BigDecimal("400.00"));
        FindingLine gone = new FindingLine("f2", "DEAD_STOCK", "B", "Item B", new BigDecimal("50.00"));
        FindingLine missing = new FindingLine("f3", "DEAD_STOCK", "C", "Item C", new BigDecimal("70.00"));
        FindingLine small = new FindingLine("f4", "ZERO_COST", "D", "Item D", new BigDecimal("100.00"));
        Comparisons.Side before = side("p", Map.of(), Map.of(), List.of(kept, gone, missing, small));
        Comparisons.Side after = side(
                "c",
                Map.of(),
                Map.of(),
                List.of(
                        new FindingLine("f1", "DEAD_STOCK", "A", "Item A", new BigDecimal("441.00")),
                        new FindingLine("f4", "ZERO_COST", "D", "Item D", new BigDecimal("74.00")),
                        new FindingLine("f5", "OVERSTOCK", "E", "Item E", new BigDecimal("10.00"))));

        Map<String, Object> changes = map(Comparisons.compare(after, before, Set.of("C")), "finding_changes");

        assertThat(list(changes, "new"))
                .extracting(change -> change.get("finding_id"))
                .containsExactly("f5");
        assertThat(list(changes, "resolved"))
                .extracting(change -> change.get("finding_id"))
                .containsExactly("f2");
        // +41 on 400 is above max($25, 10 % = $40); −26 on 100 is above max($25, $10)
        assertThat(list(changes, "worsening"))
                .extracting(change -> change.get("finding_id"))
                .containsExactly("f1");
        assertThat(list(changes, "improving"))
                .extracting(change -> change.get("finding_id"))
                .containsExactly("f4");
        assertThat(changes).containsEntry("missing_from_upload_count", 1L).containsEntry("persisting_count", 2L);
    }
}

package com.profitsentinel.app.digest;

import static org.assertj.core.api.Assertions.assertThat;

import com.profitsentinel.engine.finding.Group;
import com.profitsentinel.engine.rule.Parameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The digest built from stored groups: workflows.md §3.7 ACCEPTANCE and the content of §3.3–§3.4. */
class DigestReportsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private static DigestReports.StoredGroup group(
            String id, String store, String type, double impact, String trend, double confidence) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("skus", List.of("S-" + id));
        document.put("finding_ids", List.of("f-" + id));
        document.put("confidence", confidence);
        document.put("trend", trend);
        document.put("context", "Context of " + id + ".");
        document.put(
                "root_cause",
                id.equals("g1")
                        ? Map.of("root_cause", "demand_shift", "confidence", 0.88, "ambiguity", 0.2)
                        : Map.of("confidence", 0));
        return new DigestReports.StoredGroup(id, store, type, impact, 0, "high", document);
    }

    /** The seven groups of §3.7 in three stores. */
    private static List<DigestReports.StoreData> stores() {
        return List.of(
                new DigestReports.StoreData(
                        "main",
                        "Main Street",
                        Optional.of("a1"),
                        Optional.of(LocalDate.of(2026, 3, 1)),
                        List.of(
                                group("g1", "main", "DEAD_STOCK", 5_000.00, "WORSENING", 0.85),
                                group("g3", "main", "MARGIN_EROSION", 2_422.25, "WORSENING", 0.85),
                                group("g4", "main", "NEGATIVE_INVENTORY", 1_104.50, "STABLE", 0.85))),
                new DigestReports.StoreData(
                        "north",
                        "North",
                        Optional.of("a2"),
                        Optional.of(LocalDate.of(2026, 2, 20)),
                        List.of(
                                group("g2", "north", "NEGATIVE_INVENTORY", 3_840.00, "WORSENING", 0.85),
                                group("g5", "north", "OVERSTOCK", 612.00, "STABLE", 0.70))),
                new DigestReports.StoreData(
                        "south",
                        "South",
                        Optional.of("a3"),
                        Optional.of(LocalDate.of(2026, 3, 1)),
                        List.of(
                                group("g6", "south", "ZERO_COST", 240.00, "IMPROVING", 0.70),
                                group("g7", "south", "PRICE_DISCREPANCY", 90.00, "WORSENING", 0.85))),
                new DigestReports.StoreData("east", "East", Optional.empty(), Optional.empty(), List.of()));
    }

    private static Map<String, Object> report(int topK) {
        Map<String, Double> impacts = new LinkedHashMap<>();
        for (DigestReports.StoreData store : stores()) {
            for (DigestReports.StoredGroup group : store.groups()) {
                impacts.put("f-" + group.groupId(), group.annualProfitAtRisk());
            }
        }
        DigestReports.Ranking ranking = DigestReports.rank(stores(), impacts, Parameters.standard(), topK);
        return DigestReports.report(stores(), ranking, Map.of(), TODAY, 7, "2026-03-02T06:00:00.000Z");
    }

    @Test
    void theGroupsAreRankedAsTheAcceptanceTableSays() {
        DigestReports.Ranking ranking = DigestReports.rank(stores(), Map.of(), Parameters.standard(), 5);

        List<String> selected = new ArrayList<>();
        for (Group group : ranking.digest().selected()) {
            selected.add(group.groupId() + " "
                    + new BigDecimal(group.priorityScore()).setScale(4, java.math.RoundingMode.HALF_EVEN));
        }
        assertThat(selected).containsExactly("g1 10.8597", "g2 10.5232", "g3 7.2532", "g5 3.2798", "g4 3.2227");
        assertThat(DigestReports.rank(stores(), Map.of(), Parameters.standard(), 6)
                        .digest()
                        .selected())
                .extracting(Group::groupId)
                .endsWith("g6");
    }

    @Test
    void theSummaryAndRenderedTextFollowTheSpec() {
        Map<String, Object> report = report(5);

        @SuppressWarnings("unchecked")
        Map<String, Object> summary = (Map<String, Object>) report.get("summary");
        assertThat(summary)
                .containsEntry("total_issues", 5)
                .containsEntry("total_dollar_impact", new BigDecimal("12978.75"))
                .containsEntry("selected_dedup_total", new BigDecimal("12978.75"))
                .containsEntry("stores_affected", 2)
                .containsEntry("groups_detected", 7)
                .containsEntry("groups_filtered_out", 1);
        assertThat(report).containsEntry("all_clear", false);
        String text = (String) report.get("rendered_text");
        assertThat(text)
                .startsWith("Good morning. 5 items need your attention today.\n"
                        + "Total exposure: $12,979 a year across 2 stores.\n\n"
                        + "1. Main Street — Dead Stock ($5,000/yr)\n"
                        + "   Context of g1.\n"
                        + "   This is getting worse — act soon.\n"
                        + "   Likely cause: Demand Shift (88 %)\n")
                .contains("No data yet for East — upload an inventory export.")
                .contains("Data for North is 10 days old — upload a fresh export.")
                .endsWith("Data: Main Street analysed Mar 1, 2026; North analysed Feb 20, 2026; South analysed Mar 1,"
                        + " 2026.");
    }

    @Test
    void anAnalysisWithoutGroupsIsAllClear() {
        List<DigestReports.StoreData> empty = List.of(
                new DigestReports.StoreData("main", "Main Street", Optional.of("a1"), Optional.of(TODAY), List.of()));
        DigestReports.Ranking ranking = DigestReports.rank(empty, Map.of(), Parameters.standard(), 5);

        Map<String, Object> report = DigestReports.report(empty, ranking, Map.of(), TODAY, 7, "now");

        assertThat(report).containsEntry("all_clear", true);
        assertThat((String) report.get("rendered_text"))
                .startsWith("Good morning. Nothing needs your attention today. All clear.");
    }

    @Test
    void oneSkuGetsItsFactAndSeveralGetTheirAggregate() {
        Group single = DigestReports.rank(
                        List.of(new DigestReports.StoreData(
                                "main",
                                "Main",
                                Optional.of("a"),
                                Optional.of(TODAY),
                                List.of(group("g9", "main", "BELOW_COST", 999.10, "WORSENING", 0.9)))),
                        Map.of(),
                        Parameters.standard(),
                        5)
                .digest()
                .selected()
                .get(0);
        Map<String, Object> hammer = Map.of(
                "sku",
                "0070125",
                "description",
                "HAMMER CLAW 16 OZ FIBERGLASS",
                "evidence",
                Map.of("inputs", Map.of("c", 24.63, "r", 21.99)));

        assertThat(DigestReports.detailLine(single, List.of(hammer)))
                .isEqualTo("SKU 0070125 HAMMER CLAW 16 OZ FIBERGLASS: cost $24.63 > retail $21.99");
    }
}

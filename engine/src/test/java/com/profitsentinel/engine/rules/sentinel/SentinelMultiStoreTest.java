package com.profitsentinel.engine.rules.sentinel;

import static com.profitsentinel.engine.rules.sentinel.SentinelSpecTest.assertNumber;
import static org.assertj.core.api.Assertions.assertThat;

import com.profitsentinel.engine.analysis.AnalysisContext;
import com.profitsentinel.engine.analysis.AnalysisResult;
import com.profitsentinel.engine.digest.Digest;
import com.profitsentinel.engine.digest.DigestRanker;
import com.profitsentinel.engine.finding.Finding;
import com.profitsentinel.engine.finding.Group;
import com.profitsentinel.engine.finding.LeakType;
import com.profitsentinel.engine.projection.LegacyResponse;
import com.profitsentinel.engine.rootcause.Diagnosis;
import com.profitsentinel.engine.rootcause.Hypothesis;
import com.profitsentinel.engine.rule.Parameters;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** engine.md §12.4 (the 20-row multi-store fixture) and §12.5 (the 8-row dataset), end to end through the engine. */
class SentinelMultiStoreTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 7, 1);
    private static final AnalysisResult RESULT = NativeRows.analyse("multi-store-20.csv", AnalysisContext.of(AS_OF));

    private static Group group(String storeId, LeakType type) {
        return RESULT.groups().stream()
                .filter(group -> group.storeId().equals(storeId) && group.kind() == type)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no group " + storeId + " " + type));
    }

    private static Map<String, Double> impacts(AnalysisResult result) {
        return result.findings().stream().collect(Collectors.toMap(Finding::findingId, Finding::annualProfitAtRisk));
    }

    @ParameterizedTest(name = "#{0} {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1  | store-15 | NEGATIVE_INVENTORY | ELC-5501           | 3840.00 | 0.00    | 0.90 | WORSENING | 11.142209
            2  | store-12 | MARGIN_EROSION     | PNT-1001 PNT-1002  | 6123.36 | 0.00    | 0.85 | WORSENING | 11.118038
            3  | store-3  | VENDOR_SHORT_SHIP  | DMG-0101           | 2250.00 | 1500.00 | 0.85 | WORSENING | 9.841891
            4  | store-22 | VENDOR_SHORT_SHIP  | DMG-0201           | 1575.00 | 900.00  | 0.85 | WORSENING | 9.387373
            5  | store-7  | DEAD_STOCK         | SEA-1201           | 1200.00 | 5000.00 | 0.75 | WORSENING | 7.977274
            6  | store-15 | MARGIN_EROSION     | PNT-2001           | 3014.16 | 0.00    | 0.85 | WORSENING | 7.456618
            7  | store-3  | DEAD_STOCK         | FLR-0501 FLR-0502  | 2006.40 | 8360.00 | 0.75 | WORSENING | 6.245274
            8  | store-22 | NEGATIVE_INVENTORY | TLS-3001           | 1760.00 | 0.00    | 0.90 | STABLE    | 4.910180
            9  | store-7  | NEGATIVE_INVENTORY | ELC-4401           | 1104.50 | 0.00    | 0.90 | STABLE    | 4.604291
            10 | store-12 | NEGATIVE_INVENTORY | TLS-2001           | 975.00  | 0.00    | 0.90 | STABLE    | 4.522435
            11 | store-15 | DEAD_STOCK         | HRD-4401           | 1020.00 | 4250.00 | 0.75 | WORSENING | 4.216881
            12 | store-3  | PATRONAGE_MISS     | SSN-0801           | 1296.00 | 5400.00 | 0.80 | STABLE    | 3.102228
            13 | store-12 | SHRINKAGE          | PNT-1002           | 297.50  | 2975.00 | 0.40 | STABLE    | 1.233214
            14 | store-15 | SHRINKAGE          | PNT-2001           | 570.00  | 5700.00 | 0.40 | STABLE    | 1.037671
            """)
    void ranksTheFourteenGroupsOfTheSpec(
            int rank,
            String storeId,
            LeakType type,
            String skus,
            String impact,
            String capital,
            String confidence,
            String trend,
            String priority) {
        Digest digest = DigestRanker.rank(RESULT.groups(), impacts(RESULT), Parameters.standard(), 100);
        Group ranked = digest.ranked().get(rank - 1);
        assertThat(ranked.storeId() + " " + ranked.kind()).isEqualTo(storeId + " " + type);
        assertThat(ranked.skus()).containsExactly(skus.split(" "));
        assertNumber("impact", impact, ranked.annualProfitAtRisk());
        assertNumber("capital", capital, ranked.capitalTiedUp());
        assertNumber("confidence", confidence, ranked.confidence());
        assertThat(ranked.trend().name()).isEqualTo(trend);
        assertNumber("priority", priority, ranked.priorityScore());
    }

    @Test
    void detectsFourteenGroupsAndFiltersNone() {
        Digest digest = DigestRanker.rank(RESULT.groups(), impacts(RESULT), Parameters.standard(), 100);
        assertThat(digest.groupsDetected()).isEqualTo(14);
        assertThat(digest.groupsFilteredOut()).isZero();
        Digest topFive = DigestRanker.rank(RESULT.groups(), impacts(RESULT), Parameters.standard());
        assertNumber("total_dollar_impact", "14988.36", topFive.totalDollarImpact());
        assertThat(topFive.storesAffected()).isEqualTo(5);
    }

    @Test
    void totalsAreDeDuplicatedPerSku() {
        Map<String, String> impactByType = new LinkedHashMap<>();
        impactByType.put("NEGATIVE_INVENTORY", "7679.50");
        impactByType.put("DEAD_STOCK", "4226.40");
        impactByType.put("MARGIN_EROSION", "9137.52");
        impactByType.put("SHRINKAGE", "867.50");
        impactByType.put("VENDOR_SHORT_SHIP", "3825.00");
        impactByType.put("PATRONAGE_MISS", "1296.00");
        assertThat(RESULT.summary().impactByType().keySet()).containsExactlyElementsOf(impactByType.keySet());
        impactByType.forEach((type, expected) ->
                assertNumber(type, expected, RESULT.summary().impactByType().get(type)));
        Map<String, String> capitalByType = Map.of(
                "DEAD_STOCK", "17610.00",
                "SHRINKAGE", "8675.00",
                "VENDOR_SHORT_SHIP", "2400.00",
                "PATRONAGE_MISS", "5400.00");
        capitalByType.forEach((type, expected) ->
                assertNumber(type, expected, RESULT.summary().capitalByType().get(type)));
        assertNumber("annual_profit_at_risk_total", "26164.42", RESULT.summary().annualProfitAtRiskTotal());
        assertNumber("capital_tied_up_total", "34085.00", RESULT.summary().capitalTiedUpTotal());
        assertThat(RESULT.summary().itemsFlagged()).isEqualTo(14);
        assertThat(RESULT.summary().storesAnalyzed()).isEqualTo(5);
        assertThat(RESULT.summary().recordsAnalyzed()).isEqualTo(20);
    }

    @Test
    void raisesNoLowStockAndNoMarginMismatch() {
        assertThat(RESULT.findings()).noneMatch(finding -> finding.kind() == LeakType.LOW_STOCK);
        assertThat(RESULT.findings()).noneMatch(finding -> finding.kind() == LeakType.PRICE_DISCREPANCY);
        assertThat(RESULT.dataQuality()).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            store-15 | NEGATIVE_INVENTORY | theft 0.789352, inventory_drift 0.613941 | theft | 0.482382 | 0.777778 | low_confidence
            store-12 | MARGIN_EROSION | margin_leak 1.367172, vendor_increase 1.093737, theft 0.683586, rebate_timing 0.683586 | margin_leak | 0.410152 | 0.800000 | low_confidence
            store-3 | VENDOR_SHORT_SHIP | quality_issue 0.932055, vendor_increase 0.186411 | quality_issue | 0.838849 | 0.200000 |
            store-22 | VENDOR_SHORT_SHIP | quality_issue 0.932055, vendor_increase 0.186411 | quality_issue | 0.838849 | 0.200000 |
            store-7 | DEAD_STOCK | demand_shift 0.883452, theft 0.331295, inventory_drift 0.331295 | demand_shift | 0.717805 | 0.375000 |
            store-3 | DEAD_STOCK | demand_shift 1.766904, theft 0.662589, inventory_drift 0.662589 | demand_shift | 0.717805 | 0.375000 |
            store-3 | PATRONAGE_MISS | demand_shift 0.778208, rebate_timing 0.475571, inventory_drift 0.389104, quality_issue 0.129701 | demand_shift | 0.540422 | 0.611111 |
            """)
    void diagnosesTheSelectedGroupsAsTheSpec(
            String storeId,
            LeakType type,
            String scores,
            String rootCause,
            String confidence,
            String ambiguity,
            String reviewReason) {
        Diagnosis diagnosis = group(storeId, type).rootCause();
        assertThat(ranked(diagnosis)).isEqualTo(scores);
        assertThat(diagnosis.rootCause().orElseThrow().id()).isEqualTo(rootCause);
        assertNumber("confidence", confidence, diagnosis.confidence());
        assertNumber("ambiguity", ambiguity, diagnosis.ambiguity());
        assertThat(diagnosis.needsReview()).isEqualTo(reviewReason != null);
        if (reviewReason != null) {
            assertThat(diagnosis.reviewReason()).contains(reviewReason);
        }
    }

    @Test
    void scoresStoreFifteenOverItsFourGroups() {
        Diagnosis store = RESULT.storeDiagnoses().get("store-15");
        assertThat(ranked(store))
                .isEqualTo("theft 0.534052, inventory_drift 0.324216, margin_leak 0.290151, vendor_increase 0.232121,"
                        + " rebate_timing 0.165087, demand_shift 0.105058, quality_issue 0.015008");
        assertThat(store.hypotheses().stream().map(Hypothesis::evidenceCount)).containsExactly(4, 2, 2, 2, 3, 1, 1);
        assertNumber("ambiguity", "0.607087", store.ambiguity());
        assertNumber("confidence", "0.371944", store.confidence());
        assertThat(store.rootCause().orElseThrow().id()).isEqualTo("theft");
        assertThat(store.reviewReason()).contains("low_confidence");
        assertThat(RESULT.storeDiagnoses().keySet())
                .containsExactly("store-12", "store-15", "store-22", "store-3", "store-7");
    }

    @Test
    void projectsMarginFindingsOntoTheHighMarginLeakKey() {
        assertThat(RESULT.findings().stream()
                        .filter(finding -> finding.legacyPrimitive()
                                .map(key -> key.id().equals("high_margin_leak"))
                                .orElse(false))
                        .map(Finding::sku))
                .containsExactlyInAnyOrder("PNT-1001", "PNT-1002", "PNT-2001");
    }

    @Test
    void projectsOntoTheLegacyResponseAsTheSpec() {
        LegacyResponse legacy = RESULT.legacyResponse().orElseThrow();
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("negative_inventory", "4 7679.50 ELC-5501 TLS-3001 ELC-4401 TLS-2001");
        expected.put("dead_item", "4 4226.40 FLR-0501 SEA-1201 HRD-4401 FLR-0502");
        expected.put("high_margin_leak", "3 9137.52 PNT-1001 PNT-2001 PNT-1002");
        expected.put("shrinkage_pattern", "4 4692.50 DMG-0101 DMG-0201 PNT-2001 PNT-1002");
        expected.put("overstock", "1 1296.00 SSN-0801");
        expected.put("low_stock", "0 0.00");
        expected.put("margin_erosion", "0 0.00");
        legacy.leaks().forEach((key, entry) -> {
            if (expected.containsKey(key)) {
                String actual = entry.count() + " "
                        + String.format(java.util.Locale.ROOT, "%.2f", entry.annualProfitAtRisk())
                        + (entry.topItems().isEmpty() ? "" : " " + String.join(" ", entry.topItems()));
                assertThat(actual).as(key).isEqualTo(expected.get(key));
            }
        });
        LegacyResponse.Summary summary = legacy.summary();
        assertThat(summary.totalItemsFlagged()).isEqualTo(16);
        assertThat(summary.uniqueItemsFlagged()).isEqualTo(14);
        assertThat(summary.criticalIssues()).isEqualTo(7);
        assertThat(summary.highIssues()).isEqualTo(4);
        assertNumber("low", "18315.09", summary.estimatedImpact().lowEstimate());
        assertNumber("high", "34013.75", summary.estimatedImpact().highEstimate());
        LegacyResponse.NegativeInventoryAlert alert =
                summary.estimatedImpact().negativeInventoryAlert().orElseThrow();
        assertNumber("potential_untracked_cogs", "3975.00", alert.potentialUntrackedCogs());
        assertThat(alert.excludedFromAnnualEstimate()).isFalse();
        assertThat(legacy.causeDiagnosis().orElseThrow().topCause()).isEqualTo("theft");
    }

    @ParameterizedTest(name = "top {0} of {1}")
    @CsvSource(delimiter = '|', textBlock = """
            5 | | store-12 MARGIN_EROSION 8101.20 11.474861, store-3 VENDOR_SHORT_SHIP 3250.00 10.310565, store-7 DEAD_STOCK 1956.00 8.526564, store-7 NEGATIVE_INVENTORY 1104.50 4.604291, store-12 SHRINKAGE 450.00 1.784548
            2 | | store-12 MARGIN_EROSION 8101.20 11.474861, store-3 VENDOR_SHORT_SHIP 3250.00 10.310565
            5 | store-7 | store-7 DEAD_STOCK 1956.00 8.526564, store-7 NEGATIVE_INVENTORY 1104.50 4.604291
            """)
    void selectsFromTheEightRowDatasetAsTheSpec(int topK, String store, String expected) {
        AnalysisResult result = NativeRows.analyse("eight-rows.csv", AnalysisContext.of(AS_OF));
        List<Group> groups = result.groups().stream()
                .filter(group -> store == null || group.storeId().equals(store))
                .toList();
        Digest digest = DigestRanker.rank(groups, impacts(result), Parameters.standard(), topK);
        String selected = digest.selected().stream()
                .map(group -> group.storeId() + " " + group.kind() + " "
                        + String.format(
                                java.util.Locale.ROOT, "%.2f %.6f", group.annualProfitAtRisk(), group.priorityScore()))
                .collect(Collectors.joining(", "));
        assertThat(selected).isEqualTo(expected);
        if (store == null && topK == 5) {
            assertThat(digest.groupsDetected()).isEqualTo(5);
            assertThat(result.findings()).noneMatch(finding -> finding.sku().equals("GRD-5501"));
        }
    }

    private static String ranked(Diagnosis diagnosis) {
        return diagnosis.hypotheses().stream()
                .map(hypothesis -> hypothesis.cause().id() + " "
                        + String.format(java.util.Locale.ROOT, "%.6f", hypothesis.score()))
                .collect(Collectors.joining(", "));
    }
}

package com.profitsentinel.engine.rules.legacy;

import static com.profitsentinel.engine.rules.legacy.LegacyRecords.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.profitsentinel.engine.analysis.AnalysisResult;
import com.profitsentinel.engine.analysis.InputCounts;
import com.profitsentinel.engine.finding.LegacyPrimitive;
import com.profitsentinel.engine.projection.LegacyResponse;
import com.profitsentinel.engine.projection.LegacyResponse.EstimatedImpact;
import com.profitsentinel.engine.projection.LegacyResponse.LeakEntry;
import com.profitsentinel.engine.projection.LegacyResponse.NegativeInventoryAlert;
import com.profitsentinel.engine.record.ItemRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The legacy response (engine.md §5.4–§5.8): engine.md §12.2 and api.md §4.10.6 example A. */
class LegacyResponseTest {
    private static final double NONE = Double.NaN;

    /** engine.md §12.2: nine data rows; a tenth row without SKU was rejected by ingestion. */
    static List<ItemRecord> twelveTwo() {
        return List.of(
                row("A100", -47, 23.50, 31.73, 10, 25.9, -1104.5).sourceRow(2).build(),
                row("A101", -150, 2, 4, 3, 50, -300).sourceRow(3).build(),
                row("A102", 2, 6, 10, 60, 40, 12).sourceRow(4).build(),
                row("A103", 150, 3, 5, 0, 40, 450).sourceRow(5).build(),
                row("A104", 100, 50, 52, 2, 5, 5000)
                        .sourceRow(6)
                        .quantityDifference(-4)
                        .suggestedRetail(60)
                        .build(),
                row("A105", 10, 80, 60, 3, -33.3, 800)
                        .sourceRow(7)
                        .suggestedRetail(99)
                        .build(),
                row("A106", 20, 0, 50, 5, 100, 0).sourceRow(8).build(),
                row("A107", 20, 8.50, 10, 5, 15, 170)
                        .sourceRow(9)
                        .suggestedRetail(12)
                        .build(),
                row("A108", 50, 100, 135, 20, 25.9, 5000).sourceRow(10).build());
    }

    static AnalysisResult twelveTwoResult() {
        return LegacyRecords.analyze(twelveTwo(), new InputCounts(10, 1));
    }

    private static LegacyResponse twelveTwoResponse() {
        return twelveTwoResult().legacyResponse().orElseThrow();
    }

    private static LeakEntry leak(LegacyResponse response, LegacyPrimitive primitive) {
        return response.leaks().get(primitive.id());
    }

    @Test
    void twelveTwoCountsTopItemsAndScores() {
        LegacyResponse response = twelveTwoResponse();

        assertThat(response.leaks().keySet())
                .containsExactly(response.primitivesUsed().toArray(String[]::new));
        assertLeak(response, LegacyPrimitive.HIGH_MARGIN_LEAK, 3, List.of("A105", "A104", "A107"), 0.95, 0.81, 0.25);
        assertLeak(response, LegacyPrimitive.NEGATIVE_INVENTORY, 2, List.of("A101", "A100"), 0.99, 0.47);
        assertLeak(response, LegacyPrimitive.NEGATIVE_PROFIT, 1, List.of("A105"), 0.83);
        assertLeak(response, LegacyPrimitive.SEVERE_INVENTORY_DEFICIT, 1, List.of("A102"), 0.30);
        assertLeak(response, LegacyPrimitive.LOW_STOCK, 1, List.of("A102"), 0.48);
        assertLeak(response, LegacyPrimitive.SHRINKAGE_PATTERN, 1, List.of("A104"), 0.50);
        assertLeak(response, LegacyPrimitive.MARGIN_EROSION, 3, List.of("A104", "A105", "A107"), 0.90, 0.90, 0.85);
        assertLeak(response, LegacyPrimitive.ZERO_COST_ANOMALY, 1, List.of("A106"), 0.85);
        assertLeak(response, LegacyPrimitive.DEAD_ITEM, 2, List.of("A104", "A103"), 0.20, 0.15);
        assertLeak(response, LegacyPrimitive.OVERSTOCK, 1, List.of("A104"), 0.90);
        assertLeak(response, LegacyPrimitive.PRICE_DISCREPANCY, 2, List.of("A105", "A106"), 0.85, 0.70);
    }

    @Test
    void twelveTwoEqualScoresKeepFileOrder() {
        LeakEntry erosion = leak(twelveTwoResponse(), LegacyPrimitive.MARGIN_EROSION);

        assertThat(erosion.topItems().subList(0, 2)).containsExactly("A104", "A105");
    }

    @Test
    void twelveTwoBreakdownAndEstimates() {
        EstimatedImpact impact = twelveTwoResponse().summary().estimatedImpact();

        assertThat(impact.breakdown())
                .containsExactly(
                        entry("high_margin_leak", 104.09),
                        entry("negative_inventory", 0.0),
                        entry("negative_profit", 42.0),
                        entry("severe_inventory_deficit", 16.8),
                        entry("low_stock", 14.0),
                        entry("shrinkage_pattern", 140.0),
                        entry("margin_erosion", 32.9),
                        entry("zero_cost_anomaly", 3.5),
                        entry("dead_item", 763.0),
                        entry("overstock", 40.91),
                        entry("price_discrepancy", 81.9));
        assertThat(impact.lowEstimate()).isEqualTo(867.37);
        assertThat(impact.highEstimate()).isEqualTo(1610.84);
    }

    @Test
    void twelveTwoNegativeInventoryAlert() {
        LegacyResponse response = twelveTwoResponse();
        NegativeInventoryAlert alert =
                response.summary().estimatedImpact().negativeInventoryAlert().orElseThrow();

        assertThat(alert.itemsFound()).isEqualTo(2);
        assertThat(alert.potentialUntrackedCogs()).isEqualTo(1200.00);
        assertThat(alert.rawDataAnomalyValue()).isEmpty();
        assertThat(alert.isAnomalous()).isFalse();
        assertThat(alert.thresholdExceeded()).isFalse();
        assertThat(alert.requiresAudit()).isTrue();
        assertThat(alert.excludedFromAnnualEstimate()).isTrue();
        assertThat(alert.note()).isEmpty();
    }

    @Test
    void twelveTwoRawNegativeInventoryValue() {
        PrimitiveTally tally = new PrimitiveTally();
        for (ItemRecord record : twelveTwo().subList(0, 2)) {
            LegacyFields fields = LegacyFields.of(record);
            tally.add(item(record.sku(), new NegativeInventoryRule().score(fields), fields), 0);
        }

        ImpactEstimate.NegativeValue value = ImpactEstimate.negativeValue(tally);

        assertThat(value.raw()).isEqualTo(1404.5);
        assertThat(value.capped()).isEqualTo(1200.0);
    }

    @Test
    void anomalousNegativeInventoryKeepsTheRawValueAndANote() {
        LegacyResponse response = LegacyRecords.response(
                List.of(row("N1", -200, 600, 900, 0, 33.3, NONE).build()));

        NegativeInventoryAlert alert =
                response.summary().estimatedImpact().negativeInventoryAlert().orElseThrow();

        assertThat(alert.potentialUntrackedCogs()).isEqualTo(1000.0);
        assertThat(alert.rawDataAnomalyValue()).contains(120_000.0);
        assertThat(alert.isAnomalous()).isTrue();
        assertThat(alert.thresholdExceeded()).isTrue();
        assertThat(alert.note()).contains("Capped estimate - actual data suggests system sync issues");
    }

    @Test
    void twelveTwoSummaryCounts() {
        LegacyResponse.Summary summary = twelveTwoResponse().summary();

        assertThat(summary.totalRowsAnalyzed()).isEqualTo(10);
        assertThat(summary.totalItemsFlagged()).isEqualTo(18);
        assertThat(summary.criticalIssues()).isEqualTo(8);
        assertThat(summary.highIssues()).isEqualTo(5);
        assertThat(summary.uniqueItemsFlagged()).isEqualTo(8);
        assertThat(summary.rowsAccepted()).isEqualTo(9);
        assertThat(summary.rowsRejected()).isEqualTo(1);
    }

    @Test
    void twelveTwoItemDetailsCarryTheLegacyFields() {
        LeakEntry shrinkage = leak(twelveTwoResponse(), LegacyPrimitive.SHRINKAGE_PATTERN);

        LegacyResponse.ItemDetail detail = shrinkage.itemDetails().get(0);

        assertThat(detail.sku()).isEqualTo("A104");
        assertThat(detail.score()).isEqualTo(0.5);
        assertThat(detail.quantity()).isEqualTo(100.0);
        assertThat(detail.cost()).isEqualTo(50.0);
        assertThat(detail.revenue()).isEqualTo(52.0);
        assertThat(detail.sold()).isEqualTo(2.0);
        assertThat(detail.margin()).isEqualTo(5.0);
        assertThat(detail.subTotal()).isEqualTo(5000.0);
        assertThat(detail.context())
                .isEqualTo("High value ($5,000.00) with low margin (5.0%) and minimal sales (2). On hand: 100."
                        + " Investigate possible shrinkage.");
        assertThat(detail.leakType()).isEqualTo("shrinkage_pattern");
        assertThat(detail.storeId()).isEqualTo("default");
        assertThat(detail.annualProfitAtRisk()).isNaN();
        assertThat(shrinkage.findingIds()).containsExactly(detail.findingId());
        assertThat(shrinkage.annualProfitAtRisk()).isEqualTo(200.0);
        assertThat(shrinkage.capitalTiedUp()).isZero();
        assertThat(shrinkage.sourceTypes()).isEmpty();
    }

    @Test
    void everyKeyCarriesItsDisplayMetadata() {
        LegacyResponse response = twelveTwoResponse();

        for (LegacyPrimitive primitive : LegacyPrimitive.values()) {
            LeakEntry entry = leak(response, primitive);
            assertThat(entry.title()).isEqualTo(primitive.title());
            assertThat(entry.severity()).isEqualTo(primitive.severity());
            assertThat(entry.category()).isEqualTo(primitive.category());
            assertThat(entry.icon()).isEqualTo(primitive.icon());
            assertThat(entry.color()).isEqualTo(primitive.color());
            assertThat(entry.priority()).isEqualTo(primitive.priority());
            assertThat(entry.recommendations()).hasSize(4).isEqualTo(primitive.recommendations());
        }
    }

    @Test
    void exampleAOfTheApi() {
        LegacyResponse response = LegacyRecords.response(List.of(
                row("A1", 8, 5.00, 10.00, 51, 50, NONE).build(),
                row("B2", 20, 10.00, 10.00, 3, 0, NONE).build(),
                row("C3", 4, 0.00, 25.00, 101, 100, NONE).build()));

        assertLeak(response, LegacyPrimitive.LOW_STOCK, 2, List.of("C3", "A1"), 0.6, 0.1);
        assertLeak(response, LegacyPrimitive.HIGH_MARGIN_LEAK, 1, List.of("B2"), 0.95);
        assertLeak(response, LegacyPrimitive.MARGIN_EROSION, 1, List.of("B2"), 0.9);
        assertLeak(response, LegacyPrimitive.PRICE_DISCREPANCY, 1, List.of("C3"), 0.7);
        assertLeak(response, LegacyPrimitive.ZERO_COST_ANOMALY, 1, List.of("C3"), 0.85);
        assertLeak(response, LegacyPrimitive.SEVERE_INVENTORY_DEFICIT, 1, List.of("C3"), 0.1);
        for (LegacyPrimitive primitive : List.of(
                LegacyPrimitive.NEGATIVE_INVENTORY,
                LegacyPrimitive.NEGATIVE_PROFIT,
                LegacyPrimitive.SHRINKAGE_PATTERN,
                LegacyPrimitive.DEAD_ITEM,
                LegacyPrimitive.OVERSTOCK)) {
            assertLeak(response, primitive, 0, List.of());
            assertThat(leak(response, primitive).itemDetails()).isEmpty();
            assertThat(leak(response, primitive).title()).isEqualTo(primitive.title());
        }
        LegacyResponse.Summary summary = response.summary();
        assertThat(summary.totalRowsAnalyzed()).isEqualTo(3);
        assertThat(summary.totalItemsFlagged()).isEqualTo(7);
        assertThat(summary.uniqueItemsFlagged()).isEqualTo(3);
        assertThat(summary.criticalIssues()).isEqualTo(3);
        assertThat(summary.highIssues()).isEqualTo(3);
        EstimatedImpact impact = summary.estimatedImpact();
        assertThat(impact.breakdown())
                .containsExactly(
                        entry("high_margin_leak", 6.3),
                        entry("negative_inventory", 0.0),
                        entry("negative_profit", 0.0),
                        entry("severe_inventory_deficit", 176.75),
                        entry("low_stock", 105.0),
                        entry("shrinkage_pattern", 0.0),
                        entry("margin_erosion", 1.75),
                        entry("zero_cost_anomaly", 1.75),
                        entry("dead_item", 0.0),
                        entry("overstock", 0.0),
                        entry("price_discrepancy", 0.0));
        assertThat(impact.lowEstimate()).isEqualTo(204.08);
        assertThat(impact.highEstimate()).isEqualTo(379.01);
        assertThat(impact.negativeInventoryAlert()).isEmpty();
    }

    @Test
    void capsOneRow() {
        LegacyResponse response = LegacyRecords.response(
                List.of(row("CAP", 3000, 20, 30, 0, 33.3, 60000).build()));

        assertLeak(response, LegacyPrimitive.DEAD_ITEM, 1, List.of("CAP"), 0.95);
        assertLeak(response, LegacyPrimitive.OVERSTOCK, 1, List.of("CAP"), 0.85);
        assertThat(response.summary().totalItemsFlagged()).isEqualTo(2);
        EstimatedImpact impact = response.summary().estimatedImpact();
        assertThat(impact.breakdown()).contains(entry("dead_item", 3500.0), entry("overstock", 694.39));
        assertThat(impact.lowEstimate()).isEqualTo(2936.07);
        assertThat(impact.highEstimate()).isEqualTo(5452.70);
    }

    @Test
    void capsThreeThousandSkusHitTheSanityCap() {
        List<ItemRecord> records = new ArrayList<>();
        for (int index = 0; index < 3000; index++) {
            records.add(row("CAP-" + index, 3000, 20, 30, 0, 33.3, 60000).build());
        }

        LegacyResponse response = LegacyRecords.response(records);

        assertThat(leak(response, LegacyPrimitive.DEAD_ITEM).count()).isEqualTo(3000);
        assertThat(leak(response, LegacyPrimitive.DEAD_ITEM).topItems())
                .hasSize(20)
                .startsWith("CAP-0", "CAP-1")
                .endsWith("CAP-19");
        EstimatedImpact impact = response.summary().estimatedImpact();
        assertThat(impact.breakdown())
                .contains(
                        entry("dead_item", 6_418_836.25),
                        entry("overstock", 1_273_471.44),
                        entry("negative_inventory", 0.0),
                        entry("low_stock", 0.0));
        assertThat(impact.lowEstimate()).isEqualTo(5_384_615.38);
        assertThat(impact.highEstimate()).isEqualTo(10_000_000.00);
        assertThat(response.summary().uniqueItemsFlagged()).isEqualTo(3000);
    }

    @Test
    void negativePerItemImpactsAddNothing() {
        LegacyResponse response =
                LegacyRecords.response(List.of(row("NEG", 2, 0, -5, 40, 0, NONE).build()));

        assertLeak(response, LegacyPrimitive.LOW_STOCK, 1, List.of("NEG"), 0.32);
        assertThat(response.summary().estimatedImpact().breakdown()).containsEntry("low_stock", 0.0);
        assertThat(response.summary().estimatedImpact().highEstimate()).isZero();
    }

    @Test
    void nothingFlaggedGivesEmptyKeysAndNoDiagnosis() {
        LegacyResponse response = LegacyRecords.response(
                List.of(row("OK", 50, 100, 135, 20, 25.9, 5000).build()));

        assertThat(response.leaks()).hasSize(11);
        assertThat(response.leaks().values()).allSatisfy(entry -> {
            assertThat(entry.count()).isZero();
            assertThat(entry.topItems()).isEmpty();
            assertThat(entry.scores()).isEmpty();
            assertThat(entry.itemDetails()).isEmpty();
        });
        assertThat(response.summary().estimatedImpact().breakdown().values()).containsOnly(0.0);
        assertThat(response.summary().estimatedImpact().lowEstimate()).isZero();
        assertThat(response.causeDiagnosis()).isEmpty();
    }

    private static FlaggedItem item(String sku, double raw, LegacyFields fields) {
        return new FlaggedItem(raw, raw, "default", sku, "", fields, 0, "", "");
    }

    private static void assertLeak(
            LegacyResponse response, LegacyPrimitive primitive, long count, List<String> skus, double... scores) {
        LeakEntry entry = leak(response, primitive);
        assertThat(entry.count()).as("%s count", primitive.id()).isEqualTo(count);
        assertThat(entry.topItems()).as("%s top_items", primitive.id()).isEqualTo(skus);
        List<Double> expected = new ArrayList<>();
        for (double score : scores) {
            expected.add(score);
        }
        assertThat(entry.scores()).as("%s scores", primitive.id()).isEqualTo(expected);
        assertThat(entry.itemDetails())
                .extracting(LegacyResponse.ItemDetail::sku)
                .isEqualTo(skus);
        assertThat(Map.of(primitive.id(), entry.findingIds().size())).containsEntry(primitive.id(), skus.size());
    }
}

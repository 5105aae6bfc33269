package com.profitsentinel.engine.projection;

import static org.assertj.core.api.Assertions.assertThat;

import com.profitsentinel.engine.analysis.InputCounts;
import com.profitsentinel.engine.finding.Finding;
import com.profitsentinel.engine.finding.FindingIds;
import com.profitsentinel.engine.finding.LeakType;
import com.profitsentinel.engine.finding.LegacyPrimitive;
import com.profitsentinel.engine.finding.Severity;
import com.profitsentinel.engine.finding.Trend;
import com.profitsentinel.engine.finding.TrendBasis;
import com.profitsentinel.engine.projection.LegacyProjection.ItemValues;
import com.profitsentinel.engine.projection.LegacyResponse.LeakEntry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** api.md §4.10.6 B: sentinel findings projected onto the legacy response shape (engine.md §11). */
class LegacyProjectionTest {
    private static final FindingIds IDS = new FindingIds("sentinel", 2);
    private static final ItemValues NO_VALUES = new ItemValues(0, 0, 0, 0, 0, 0);

    private static Finding finding(String sku, LeakType type, LegacyPrimitive key, double impact, double capital) {
        return new Finding(
                IDS.finding("store-1", sku, type.name()),
                IDS.group("store-1", type.name()),
                "sentinel",
                "2.0.0",
                type,
                "",
                "store-1",
                sku,
                "Item " + sku,
                impact,
                capital,
                0.85,
                Severity.HIGH,
                Trend.STABLE,
                TrendBasis.STATIC,
                false,
                List.of(),
                Map.of(),
                Map.of(),
                sku + " context",
                List.of(),
                Optional.of(key),
                Double.NaN,
                2);
    }

    private static LegacyResponse projectExampleB() {
        LegacyProjection projection = new LegacyProjection();
        projection.add(finding("B2", LeakType.MARGIN_EROSION, LegacyPrimitive.HIGH_MARGIN_LEAK, 1050, 0), NO_VALUES);
        projection.endRecord();
        projection.add(finding("D4", LeakType.MARGIN_EROSION, LegacyPrimitive.MARGIN_EROSION, 420, 0), NO_VALUES);
        projection.endRecord();
        projection.add(finding("C3", LeakType.ZERO_COST, LegacyPrimitive.ZERO_COST_ANOMALY, 300, 0), NO_VALUES);
        projection.add(finding("C3", LeakType.PRICE_DISCREPANCY, LegacyPrimitive.PRICE_DISCREPANCY, 120, 0), NO_VALUES);
        projection.endRecord();
        projection.add(finding("E5", LeakType.DEAD_STOCK, LegacyPrimitive.DEAD_ITEM, 240, 1000), NO_VALUES);
        projection.add(finding("E5", LeakType.OVERSTOCK, LegacyPrimitive.OVERSTOCK, 240, 1000), NO_VALUES);
        projection.endRecord();
        projection.add(
                finding("N9", LeakType.NEGATIVE_INVENTORY, LegacyPrimitive.NEGATIVE_INVENTORY, 180, 0),
                new ItemValues(-12, 15, 0, 0, 0, 0));
        projection.endRecord();
        return projection.finish(new InputCounts(20, 1), 5, 2190, Map.of());
    }

    @Test
    void countsEachItemOncePerKey() {
        LegacyResponse response = projectExampleB();
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        response.leaks().forEach((key, entry) -> counts.put(key, entry.count()));
        assertThat(counts)
                .containsEntry("high_margin_leak", 1L)
                .containsEntry("margin_erosion", 1L)
                .containsEntry("zero_cost_anomaly", 1L)
                .containsEntry("price_discrepancy", 1L)
                .containsEntry("dead_item", 1L)
                .containsEntry("overstock", 1L)
                .containsEntry("negative_inventory", 1L)
                .containsEntry("low_stock", 0L)
                .containsEntry("severe_inventory_deficit", 0L)
                .containsEntry("shrinkage_pattern", 0L)
                .containsEntry("negative_profit", 0L);
        assertThat(response.primitivesUsed()).hasSize(11);
    }

    @Test
    void summarisesAsTheLegacyResponseDid() {
        LegacyResponse.Summary summary = projectExampleB().summary();
        assertThat(summary.totalItemsFlagged()).isEqualTo(7);
        assertThat(summary.uniqueItemsFlagged()).isEqualTo(5);
        assertThat(summary.criticalIssues()).isEqualTo(3);
        assertThat(summary.highIssues()).isEqualTo(1);
        assertThat(summary.totalRowsAnalyzed()).isEqualTo(20);
        assertThat(summary.rowsAccepted()).isEqualTo(19);
        assertThat(summary.estimatedImpact().lowEstimate())
                .isEqualTo(1533.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(summary.estimatedImpact().highEstimate())
                .isEqualTo(2847.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(summary.estimatedImpact().breakdown())
                .containsEntry("high_margin_leak", 1050.0)
                .containsEntry("margin_erosion", 420.0)
                .containsEntry("zero_cost_anomaly", 300.0)
                .containsEntry("price_discrepancy", 120.0)
                .containsEntry("dead_item", 240.0)
                .containsEntry("overstock", 240.0)
                .containsEntry("negative_inventory", 180.0)
                .containsEntry("low_stock", 0.0);
        LegacyResponse.NegativeInventoryAlert alert =
                summary.estimatedImpact().negativeInventoryAlert().orElseThrow();
        assertThat(alert.potentialUntrackedCogs()).isEqualTo(180.0);
        assertThat(alert.excludedFromAnnualEstimate()).isFalse();
        assertThat(alert.isAnomalous()).isFalse();
    }

    @Test
    void keepsTheLargerFindingOfOneItemUnderOneKeyAndOrdersByImpact() {
        LegacyProjection projection = new LegacyProjection();
        projection.add(finding("A", LeakType.SHRINKAGE, LegacyPrimitive.SHRINKAGE_PATTERN, 50, 0), NO_VALUES);
        projection.add(finding("A", LeakType.RECEIVING_GAP, LegacyPrimitive.SHRINKAGE_PATTERN, 90, 90), NO_VALUES);
        projection.endRecord();
        projection.add(finding("B", LeakType.SHRINKAGE, LegacyPrimitive.SHRINKAGE_PATTERN, 90, 0), NO_VALUES);
        projection.endRecord();
        for (int index = 0; index < 30; index++) {
            projection.add(
                    finding("Z" + index, LeakType.SHRINKAGE, LegacyPrimitive.SHRINKAGE_PATTERN, 1, 0), NO_VALUES);
            projection.endRecord();
        }
        LeakEntry entry = projection
                .finish(new InputCounts(32, 0), 32, 210, Map.of())
                .leaks()
                .get("shrinkage_pattern");
        assertThat(entry).isNotNull();
        assertThat(entry.count()).isEqualTo(32);
        assertThat(entry.topItems()).hasSize(20).startsWith("A", "B", "Z0", "Z1", "Z10");
        assertThat(entry.itemDetails().get(0).leakType()).isEqualTo("RECEIVING_GAP");
        assertThat(entry.annualProfitAtRisk()).isEqualTo(210.0);
        assertThat(entry.sourceTypes()).containsExactly("SHRINKAGE", "RECEIVING_GAP");
        assertThat(entry.scores()).allMatch(score -> score == 0.85);
    }
}

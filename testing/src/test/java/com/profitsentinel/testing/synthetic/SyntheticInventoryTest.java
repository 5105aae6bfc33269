package com.profitsentinel.testing.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import com.profitsentinel.engine.analysis.AnalysisContext;
import com.profitsentinel.engine.analysis.AnalysisResult;
import com.profitsentinel.engine.finding.Finding;
import com.profitsentinel.engine.finding.LeakType;
import com.profitsentinel.engine.record.ItemRecord;
import com.profitsentinel.engine.record.ItemStatus;
import com.profitsentinel.engine.record.PurchaseOrderLine;
import com.profitsentinel.engine.record.SalesLine;
import com.profitsentinel.engine.record.SeasonalSource;
import com.profitsentinel.engine.record.VelocityBasis;
import com.profitsentinel.engine.rules.sentinel.SentinelEngine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyntheticInventoryTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 7, 1);

    /** The seasonal words and phrases of engine.md §2.3.6, matched as whole words. */
    private static final Pattern SEASONAL_WORDS = Pattern.compile(
            "(?<![a-z])(seasonal|season|christmas|holiday|halloween|easter|spring|summer|winter|fall|autumn"
                    + "|outdoor living|lawn & garden|lawn and garden|snow|ice melt|pool|patio|garden|fireworks"
                    + "|valentine)(?![a-z])");

    @Test
    void generatesTheSameInventoryForTheSameSeed() {
        SyntheticInventory first = SyntheticInventory.generate(42, 3_000, 3, AS_OF, 0.2);
        SyntheticInventory second = SyntheticInventory.generate(42, 3_000, 3, AS_OF, 0.2);

        assertThat(second).isEqualTo(first);
        assertThat(second.truth()).isEqualTo(first.truth());
    }

    @Test
    void generatesADifferentInventoryForADifferentSeed() {
        SyntheticInventory first = SyntheticInventory.generate(42, 3_000, 3, AS_OF, 0.2);
        SyntheticInventory other = SyntheticInventory.generate(43, 3_000, 3, AS_OF, 0.2);

        assertThat(other.records()).isNotEqualTo(first.records());
        assertThat(other.truth()).isNotEqualTo(first.truth());
    }

    @Test
    void splitsTheRecordsAsEvenlyAsPossibleOverTheStores() {
        SyntheticInventory inventory = SyntheticInventory.generate(1, 1_003, 4, AS_OF, 0.1);

        Map<String, Long> perStore = inventory.records().stream()
                .collect(Collectors.groupingBy(ItemRecord::storeId, TreeMap::new, Collectors.counting()));
        assertThat(perStore)
                .containsExactly(
                        Map.entry("store-1", 251L),
                        Map.entry("store-2", 251L),
                        Map.entry("store-3", 251L),
                        Map.entry("store-4", 250L));
        assertThat(inventory.records().stream().map(SyntheticInventoryTest::key).distinct())
                .hasSize(1_003);
        assertThat(inventory.records()).extracting(ItemRecord::sourceRow).containsExactlyElementsOf(rows(2, 1_003));
    }

    @Test
    void sharesTheCatalogueBetweenStores() {
        SyntheticInventory inventory = SyntheticInventory.generate(2, 4_000, 4, AS_OF, 0);

        Map<String, Set<String>> storesBySku = new HashMap<>();
        for (ItemRecord record : inventory.records()) {
            storesBySku
                    .computeIfAbsent(record.sku(), ignored -> new HashSet<>())
                    .add(record.storeId());
        }
        assertThat(storesBySku.values().stream().filter(stores -> stores.size() == 4))
                .hasSizeGreaterThan(storesBySku.size() / 4);
    }

    @Test
    void injectsTheRequestedShareSpreadEvenlyOverEveryLeakType() {
        SyntheticInventory inventory = SyntheticInventory.generate(3, 13_000, 2, AS_OF, 0.1);

        Map<LeakType, Long> perType = inventory.anomalies().stream()
                .collect(Collectors.groupingBy(InjectedAnomaly::type, TreeMap::new, Collectors.counting()));
        assertThat(inventory.anomalies()).hasSize(1_300);
        assertThat(perType)
                .containsOnlyKeys(SyntheticInventory.LEAK_TYPES)
                .allSatisfy((type, count) -> assertThat(count).as(type.name()).isEqualTo(100));
        Set<String> variants = inventory.anomalies().stream()
                .map(anomaly -> anomaly.type() + "/" + anomaly.variant())
                .collect(Collectors.toSet());
        assertThat(variants).hasSize(AnomalyVariant.values().length);
        assertThat(inventory.anomalies().stream().map(InjectedAnomaly::key).distinct())
                .hasSize(1_300);
    }

    @Test
    void labelsEachAnomalyWithItsTypeAndTheTypesTheSpecMakesFireWithIt() {
        SyntheticInventory inventory = SyntheticInventory.generate(4, 13_000, 2, AS_OF, 0.1);

        for (InjectedAnomaly anomaly : inventory.anomalies()) {
            Set<LeakType> companions = EnumSet.copyOf(anomaly.expected());
            companions.remove(anomaly.type());
            Set<LeakType> expected =
                    switch (anomaly.type() + "/" + anomaly.variant()) {
                        case "NEGATIVE_INVENTORY/estimated_cost" -> EnumSet.of(LeakType.ZERO_COST);
                        case "DEAD_STOCK/zero_sales_pile" -> EnumSet.of(LeakType.OVERSTOCK);
                        case "SHRINKAGE/pattern", "PURCHASING_LEAKAGE/high_cost_low_margin" ->
                            EnumSet.of(LeakType.MARGIN_EROSION);
                        case "RECEIVING_GAP/unreceived_negative" -> EnumSet.of(LeakType.NEGATIVE_INVENTORY);
                        case "PATRONAGE_MISS/unsold_for_a_year" -> EnumSet.of(LeakType.DEAD_STOCK);
                        case "BELOW_COST/price_error" ->
                            Double.isNaN(record(inventory, anomaly.key()).suggestedRetail())
                                    ? EnumSet.noneOf(LeakType.class)
                                    : EnumSet.of(LeakType.PRICE_DISCREPANCY);
                        default -> EnumSet.noneOf(LeakType.class);
                    };

            assertThat(companions).as(anomaly.toString()).isEqualTo(expected);
        }
        assertThat(inventory.truth()).hasSize(inventory.anomalies().size());
    }

    @ParameterizedTest(name = "seed {0}, {1} items, {2} stores, as of {3}")
    @CsvSource({"5, 20000, 5, 2025-07-01", "6, 4000, 1, 2024-01-15", "7, 6000, 3, 2026-11-22", "8, 500, 2, 2025-12-24"})
    void keepsHealthyItemsClearOfEveryLeakRule(long seed, int items, int stores, LocalDate asOf) {
        SyntheticInventory inventory = SyntheticInventory.generate(seed, items, stores, asOf, 0);

        AnalysisResult result = inventory.analyze(new SentinelEngine(), AnalysisContext.of(asOf));

        assertThat(inventory.anomalies()).isEmpty();
        assertThat(result.findings())
                .extracting(SyntheticInventoryTest::describe)
                .isEmpty();
        assertThat(result.dataQuality())
                .extracting(SyntheticInventoryTest::describe)
                .isEmpty();
        assertThat(result.summary().recordsAnalyzed()).isEqualTo(items);
    }

    @Test
    void pricesHealthyItemsWithTheirFamilysMarginNearTheSuggestedRetail() {
        SyntheticInventory inventory = SyntheticInventory.generate(9, 5_000, 1, AS_OF, 0);

        for (ItemRecord record : inventory.records()) {
            if (record.nonInventory()) {
                continue;
            }
            double margin = (record.retailPrice() - record.unitCost()) / record.retailPrice();

            assertThat(margin).as(record.sku()).isBetween(0.26, 0.95);
            assertThat(record.reportedMargin()).as(record.sku()).isCloseTo(margin, offset(0.0001));
            if (!Double.isNaN(record.suggestedRetail())) {
                assertThat((record.suggestedRetail() - record.retailPrice()) / record.suggestedRetail())
                        .as(record.sku())
                        .isBetween(0.0, 0.10);
            }
        }
    }

    @Test
    void marksItemsSeasonalExactlyAsTheSpecInfersThem() {
        SyntheticInventory inventory = SyntheticInventory.generate(10, 5_000, 1, AS_OF, 0.1);

        for (ItemRecord record : inventory.records()) {
            String text = (record.category() + " " + record.department()).toLowerCase(Locale.ROOT);
            boolean explicit = record.status() == ItemStatus.SEASONAL;
            SeasonalSource source = explicit
                    ? SeasonalSource.EXPLICIT
                    : SEASONAL_WORDS.matcher(text).find() ? SeasonalSource.INFERRED : SeasonalSource.NONE;

            assertThat(record.seasonalSource()).as(record.sku() + " " + text).isEqualTo(source);
        }
        assertThat(inventory.records()).anyMatch(record -> record.seasonalSource() == SeasonalSource.EXPLICIT);
        assertThat(inventory.records()).anyMatch(record -> record.seasonalSource() == SeasonalSource.INFERRED);
    }

    @Test
    void describesNonInventoryItemsWithTheSpecsPhrasesInTheServicesDepartment() {
        SyntheticInventory inventory = SyntheticInventory.generate(11, 5_000, 1, AS_OF, 0.1);

        List<ItemRecord> services =
                inventory.records().stream().filter(ItemRecord::nonInventory).toList();
        assertThat(services).isNotEmpty().allSatisfy(record -> {
            assertThat(record.department()).isEqualTo("SERVICES");
            assertThat(record.description())
                    .containsAnyOf(
                            "KEY CUTTING",
                            "DELIVERY FEE",
                            "EQUIPMENT RENTAL",
                            "GIFT CARD",
                            "INSTALLATION",
                            "REPAIR SERVICE",
                            "BAG FEE");
        });
        assertThat(inventory.truth().keySet())
                .doesNotContainAnyElementsOf(
                        services.stream().map(SyntheticInventoryTest::key).toList());
    }

    @Test
    void joinsEveryProductPurchaseOrderLineToARecordOfItsStoreBySku() {
        SyntheticInventory inventory = SyntheticInventory.generate(12, 6_000, 3, AS_OF, 0.2);

        Set<ItemKey> keys =
                inventory.records().stream().map(SyntheticInventoryTest::key).collect(Collectors.toSet());
        Map<ItemKey, String> barcodes = new HashMap<>();
        for (ItemRecord record : inventory.records()) {
            if (!record.barcode().isEmpty()) {
                barcodes.put(new ItemKey(record.storeId(), record.barcode()), record.sku());
            }
        }
        assertThat(inventory.purchaseOrderLines()).isNotEmpty();
        for (PurchaseOrderLine line : inventory.purchaseOrderLines()) {
            if (line.serviceLine()) {
                assertThat(line.sku()).isEqualTo("0000000");
            } else {
                assertThat(keys).contains(new ItemKey(line.storeId(), line.sku()));
            }
        }
        assertThat(barcodes).hasSize((int) inventory.records().stream()
                .filter(record -> !record.barcode().isEmpty())
                .count());
    }

    @Test
    void reportsTheLastStoresVelocityThroughSalesLinesWithTheLastSaleOnTheNewestLine() {
        SyntheticInventory inventory = SyntheticInventory.generate(13, 3_000, 3, AS_OF, 0.2);
        int asOfDay = (int) AS_OF.toEpochDay();

        assertThat(inventory.salesLines()).isNotEmpty().allSatisfy(line -> {
            assertThat(line.storeId()).isEqualTo("store-3");
            assertThat(asOfDay - line.transactionDate()).isBetween(0, 59);
        });
        assertThat(inventory.records()).allSatisfy(record -> assertThat(record.velocityBasis())
                .isEqualTo(record.storeId().equals("store-3") ? VelocityBasis.UNKNOWN : VelocityBasis.PERIOD_30));
        Map<String, Integer> newest = new HashMap<>();
        for (SalesLine line : inventory.salesLines()) {
            newest.merge(line.sku(), line.transactionDate(), Math::max);
        }
        for (ItemRecord record : inventory.records()) {
            if (record.storeId().equals("store-3")
                    && ItemRecord.known(record.lastSaleDate())
                    && asOfDay - record.lastSaleDate() < 60) {
                assertThat(newest.get(record.sku())).as(record.sku()).isEqualTo(record.lastSaleDate());
            }
        }
        AnalysisResult result = inventory.analyze(new SentinelEngine(), AnalysisContext.of(AS_OF));
        assertThat(result.findings())
                .filteredOn(finding -> finding.storeId().equals("store-3"))
                .isNotEmpty()
                .allSatisfy(finding ->
                        assertThat(finding.inputs().get("velocity_basis")).isEqualTo("TRANSACTIONS"));
    }

    @Test
    void needsNoSalesLinesWithASingleStore() {
        SyntheticInventory inventory = SyntheticInventory.generate(14, 500, 1, AS_OF, 0.1);

        assertThat(inventory.salesLines()).isEmpty();
        assertThat(inventory.records())
                .allSatisfy(record -> assertThat(record.velocityBasis()).isEqualTo(VelocityBasis.PERIOD_30));
    }

    @Test
    void rejectsSizesAndSharesOutOfRange() {
        assertThatThrownBy(() -> SyntheticInventory.generate(1, 0, 1, AS_OF, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SyntheticInventory.generate(1, 3, 4, AS_OF, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SyntheticInventory.generate(1, 100, 1, AS_OF, -0.1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SyntheticInventory.generate(1, 100, 1, AS_OF, 0.6))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SyntheticInventory.generate(1, 100, 1, AS_OF, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static ItemKey key(ItemRecord record) {
        return new ItemKey(record.storeId(), record.sku());
    }

    private static ItemRecord record(SyntheticInventory inventory, ItemKey key) {
        return inventory.records().stream()
                .filter(record -> key(record).equals(key))
                .findFirst()
                .orElseThrow();
    }

    private static List<Long> rows(long first, int count) {
        List<Long> rows = new ArrayList<>(count);
        for (long row = first; row < first + count; row++) {
            rows.add(row);
        }
        return rows;
    }

    private static String describe(Finding finding) {
        return finding.kind().id() + "/" + finding.subtype() + " " + finding.storeId() + "|" + finding.sku() + ": "
                + finding.context() + " " + finding.inputs();
    }
}

package com.profitsentinel.engine.rules.sentinel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.profitsentinel.engine.analysis.Analysis;
import com.profitsentinel.engine.analysis.AnalysisContext;
import com.profitsentinel.engine.analysis.AnalysisResult;
import com.profitsentinel.engine.analysis.InputCounts;
import com.profitsentinel.engine.finding.Finding;
import com.profitsentinel.engine.finding.FindingIds;
import com.profitsentinel.engine.finding.Group;
import com.profitsentinel.engine.finding.LeakType;
import com.profitsentinel.engine.record.CostSource;
import com.profitsentinel.engine.record.FileFacts;
import com.profitsentinel.engine.record.ItemRecord;
import com.profitsentinel.engine.record.MarginInterpretation;
import com.profitsentinel.engine.record.QuantitySource;
import com.profitsentinel.engine.record.RetailSource;
import com.profitsentinel.engine.record.SeasonalSource;
import com.profitsentinel.engine.record.SkuSource;
import com.profitsentinel.engine.record.VelocityBasis;
import com.profitsentinel.engine.rule.Parameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Properties of the sentinel engine over seeded random inventories (every seed is a reproducible case): dollar figures
 * are never negative, the result does not depend on record order, IDs follow §7.3, groups and totals add up, and a
 * bounded result keeps exactly the largest findings.
 */
class SentinelPropertiesTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 7, 1);
    private static final FileFacts FILE = FileFacts.complete("random.csv", MarginInterpretation.FRACTION_MARGIN);

    static List<ItemRecord> inventory(long seed, int size) {
        SplittableRandom random = new SplittableRandom(seed);
        int asOfDay = (int) AS_OF.toEpochDay();
        List<ItemRecord> records = new ArrayList<>(size);
        for (int index = 0; index < size; index++) {
            ItemRecord.Builder builder = ItemRecord.builder()
                    .sourceFile("random.csv")
                    .sourceRow(index + 2)
                    .storeId("store-" + random.nextInt(4))
                    .sku("SKU-" + index, SkuSource.SKU)
                    .onHandQuantity(
                            random.nextInt(10) == 0 ? -random.nextInt(200) : random.nextInt(1200),
                            QuantitySource.ON_HAND);
            int costKind = random.nextInt(10);
            double cost = costKind == 0 ? 0 : 0.5 + random.nextDouble() * 800;
            if (costKind != 1) {
                builder.unitCost(cost, CostSource.UNIT_COST);
            }
            if (random.nextInt(8) != 0) {
                double markup = -0.2 + random.nextDouble() * 1.2;
                builder.retailPrice(Math.max(0, (cost == 0 ? 10 : cost) * (1 + markup)), RetailSource.RETAIL);
            }
            if (random.nextInt(3) == 0) {
                builder.suggestedRetail(1 + random.nextDouble() * 900);
            }
            if (random.nextInt(6) != 0) {
                double s30 = random.nextInt(4) == 0 ? 0 : random.nextDouble() * 80;
                builder.unitsSold(s30, 30).velocity(s30, VelocityBasis.PERIOD_30);
            }
            if (random.nextInt(4) != 0) {
                builder.lastReceiptDate(asOfDay - random.nextInt(500));
            }
            if (random.nextInt(3) == 0) {
                builder.lastSaleDate(asOfDay - random.nextInt(500));
            }
            if (random.nextInt(5) == 0) {
                builder.quantityDifference(-random.nextInt(30) + 5);
            }
            builder.onOrderQuantity(random.nextInt(4) == 0 ? random.nextInt(40) : 0);
            builder.damaged(random.nextInt(15) == 0);
            if (random.nextInt(10) == 0) {
                builder.seasonal(SeasonalSource.EXPLICIT);
            }
            records.add(builder.build());
        }
        return records;
    }

    static AnalysisResult analyse(List<ItemRecord> records, int retained) {
        Analysis analysis = new SentinelEngine()
                .start(new AnalysisContext(AS_OF, Parameters.standard(), Optional.empty(), finding -> {}, retained));
        analysis.beginFile(FILE);
        for (ItemRecord record : records) {
            analysis.record(record);
        }
        return analysis.finish(new InputCounts(records.size(), 0));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 2025})
    void neverReportsANegativeOrNonFiniteFigure(long seed) {
        AnalysisResult result = analyse(inventory(seed, 2_000), AnalysisContext.ALL_FINDINGS);
        assertThat(result.findings()).isNotEmpty();
        for (Finding finding : result.findings()) {
            assertThat(finding.annualProfitAtRisk()).isFinite().isGreaterThanOrEqualTo(0);
            assertThat(finding.capitalTiedUp()).isFinite().isGreaterThanOrEqualTo(0);
            assertThat(finding.confidence()).isBetween(0.0, 1.0);
            assertThat(finding.context()).isNotBlank().doesNotContain("NaN", "Infinity");
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 8, 9})
    void findsTheSameWhateverTheRecordOrder(long seed) {
        List<ItemRecord> records = inventory(seed, 1_500);
        List<ItemRecord> shuffled = new ArrayList<>(records);
        Collections.shuffle(shuffled, new Random(seed));
        AnalysisResult original = analyse(records, AnalysisContext.ALL_FINDINGS);
        AnalysisResult reordered = analyse(shuffled, AnalysisContext.ALL_FINDINGS);

        assertThat(byId(reordered)).isEqualTo(byId(original));
        assertThat(reordered.summary().annualProfitAtRiskTotal())
                .isCloseTo(original.summary().annualProfitAtRiskTotal(), within(1e-6));
        assertThat(reordered.summary().findingsByType())
                .isEqualTo(original.summary().findingsByType());
        assertThat(reordered.groups())
                .extracting(Group::groupId)
                .containsExactlyElementsOf(
                        original.groups().stream().map(Group::groupId).toList());
        for (int index = 0; index < original.groups().size(); index++) {
            assertThat(reordered.groups().get(index).rootCause().rootCause())
                    .isEqualTo(original.groups().get(index).rootCause().rootCause());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12})
    void derivesEveryIdFromStoreSkuAndTypeOnly(long seed) {
        AnalysisResult result = analyse(inventory(seed, 1_000), AnalysisContext.ALL_FINDINGS);
        FindingIds ids = new FindingIds("sentinel", 2);
        for (Finding finding : result.findings()) {
            assertThat(finding.findingId())
                    .isEqualTo(ids.finding(
                            finding.storeId(), finding.sku(), finding.kind().id()))
                    .matches("[0-9a-f]{16}");
            assertThat(finding.groupId())
                    .isEqualTo(ids.group(finding.storeId(), finding.kind().id()));
        }
        assertThat(result.findings().stream().map(Finding::findingId).distinct())
                .hasSameSizeAs(result.findings());
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {21, 22})
    void addsGroupsAndTotalsUpFromTheFindings(long seed) {
        AnalysisResult result = analyse(inventory(seed, 2_000), AnalysisContext.ALL_FINDINGS);
        Map<String, Finding> byId =
                result.findings().stream().collect(Collectors.toMap(Finding::findingId, finding -> finding));
        for (Group group : result.groups()) {
            if (group.kind() == LeakType.DATA_QUALITY) {
                continue;
            }
            double impact = group.findingIds().stream()
                    .mapToDouble(id -> byId.get(id).annualProfitAtRisk())
                    .sum();
            assertThat(group.annualProfitAtRisk()).isCloseTo(impact, within(1e-6));
            assertThat(group.skus()).hasSameSizeAs(group.findingIds());
        }
        Map<String, Double> largest = new HashMap<>();
        for (Finding finding : result.findings()) {
            largest.merge(finding.storeId() + "|" + finding.sku(), finding.annualProfitAtRisk(), Math::max);
        }
        assertThat(result.summary().annualProfitAtRiskTotal())
                .isCloseTo(
                        largest.values().stream()
                                .mapToDouble(Double::doubleValue)
                                .sum(),
                        within(1e-6));
        assertThat(result.summary().itemsFlagged()).isEqualTo(largest.size());
        double sumByType = result.summary().impactByType().values().stream()
                .mapToDouble(Double::doubleValue)
                .sum();
        assertThat(result.summary().annualProfitAtRiskTotal()).isLessThanOrEqualTo(sumByType + 1e-6);
    }

    @ParameterizedTest(name = "keep {0}")
    @ValueSource(ints = {0, 1, 25, 400})
    void keepsExactlyTheLargestFindingsWhenBounded(int limit) {
        List<ItemRecord> records = inventory(31, 2_000);
        AnalysisResult all = analyse(records, AnalysisContext.ALL_FINDINGS);
        AnalysisResult bounded = analyse(records, limit);

        List<String> expected = all.findings().stream()
                .sorted(Comparator.comparingDouble(Finding::annualProfitAtRisk)
                        .reversed()
                        .thenComparingLong(Finding::sourceRow)
                        .thenComparingInt(
                                finding -> SentinelRules.ALL.indexOf(SentinelRules.forType((LeakType) finding.kind()))))
                .limit(limit)
                .map(Finding::findingId)
                .sorted()
                .toList();
        assertThat(bounded.findings().stream().map(Finding::findingId).sorted().toList())
                .isEqualTo(expected);
        assertThat(bounded.summary()).isEqualTo(all.summary());
        assertThat(bounded.groups()).isEqualTo(all.groups());
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {41, 42})
    void evaluatesOnOtherThreadsWhatItEvaluatesInOrder(long seed) throws Exception {
        List<ItemRecord> records = inventory(seed, 3_000);
        AnalysisResult sequential = analyse(records, AnalysisContext.ALL_FINDINGS);

        Analysis analysis = new SentinelEngine().start(AnalysisContext.of(AS_OF));
        analysis.beginFile(FILE);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<List<com.profitsentinel.engine.analysis.EvaluatedRecord>>> chunks =
                    new ArrayList<>();
            for (int from = 0; from < records.size(); from += 250) {
                List<ItemRecord> chunk = records.subList(from, Math.min(records.size(), from + 250));
                com.profitsentinel.engine.analysis.RecordEvaluator evaluator =
                        analysis.evaluator().orElseThrow();
                chunks.add(pool.submit(
                        () -> chunk.stream().map(evaluator::evaluate).toList()));
            }
            for (java.util.concurrent.Future<List<com.profitsentinel.engine.analysis.EvaluatedRecord>> chunk : chunks) {
                chunk.get().forEach(analysis::accept);
            }
        } finally {
            pool.shutdownNow();
        }
        AnalysisResult parallel = analysis.finish(new InputCounts(records.size(), 0));

        assertThat(parallel.findings()).isEqualTo(sequential.findings());
        assertThat(parallel.groups()).isEqualTo(sequential.groups());
        assertThat(parallel.summary()).isEqualTo(sequential.summary());
        assertThat(parallel.legacyResponse()).isEqualTo(sequential.legacyResponse());
    }

    private static Map<String, String> byId(AnalysisResult result) {
        Map<String, String> byId = new HashMap<>();
        for (Finding finding : result.findings()) {
            byId.put(
                    finding.findingId(),
                    finding.subtype() + " " + finding.annualProfitAtRisk() + " " + finding.capitalTiedUp() + " "
                            + finding.severity() + " " + finding.trend() + " " + finding.facts());
        }
        return byId;
    }
}

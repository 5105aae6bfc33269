package com.profitsentinel.testing.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import com.profitsentinel.engine.analysis.AnalysisContext;
import com.profitsentinel.engine.analysis.AnalysisResult;
import com.profitsentinel.engine.finding.Finding;
import com.profitsentinel.engine.finding.LeakType;
import com.profitsentinel.engine.record.ItemRecord;
import com.profitsentinel.engine.record.PurchaseOrderLine;
import com.profitsentinel.engine.rules.sentinel.SentinelEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runs the real {@code sentinel} engine (standard preset) over a 20,000-record, 5-store synthetic inventory with
 * anomalies of every leak type and measures precision and recall per type against the ground truth (docs/quality.md).
 * The table is printed and written to {@code target/quality/sentinel-quality.md}; a miss names each record with its
 * values, the types expected and the types found.
 */
class SentinelQualityTest {
    static final long SEED = 20_251_122L;
    static final int ITEMS = 20_000;
    static final int STORES = 5;
    static final LocalDate AS_OF = LocalDate.of(2025, 7, 1);
    static final double ANOMALY_SHARE = 0.10;

    private static final double MINIMUM_PRECISION = 0.95;
    private static final double MINIMUM_RECALL = 0.98;
    private static final int MINIMUM_ANOMALIES_PER_TYPE = 100;
    private static final int CASES_SHOWN = 5;

    private static SyntheticInventory inventory;
    private static AnalysisResult result;
    private static QualityReport report;

    @BeforeAll
    static void analyze() throws IOException {
        inventory = SyntheticInventory.generate(SEED, ITEMS, STORES, AS_OF, ANOMALY_SHARE);
        result = inventory.analyze(new SentinelEngine(), AnalysisContext.of(AS_OF));
        report = QualityReport.of(inventory.truth(), QualityReport.found(result.findings()));
        String text = "sentinel " + SentinelEngine.VERSION + ", standard preset, seed " + SEED + ", " + ITEMS
                + " records, " + STORES + " stores, as of " + AS_OF + ", anomaly share " + ANOMALY_SHARE + "\n\n"
                + report.table();
        System.out.println(text);
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            Path file = target.resolve("quality").resolve("sentinel-quality.md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
    }

    @Test
    void injectsAtLeastAHundredAnomaliesOfEveryLeakType() {
        for (LeakType type : SyntheticInventory.LEAK_TYPES) {
            long injected = inventory.anomalies().stream()
                    .filter(anomaly -> anomaly.type() == type)
                    .count();

            assertThat(injected).as(type.name()).isGreaterThanOrEqualTo(MINIMUM_ANOMALIES_PER_TYPE);
        }
    }

    @Test
    void findsEveryLeakTypeWithHighPrecisionAndRecall() {
        List<String> failures = new ArrayList<>();
        for (QualityReport.TypeQuality row : report.types()) {
            if (row.precision() < MINIMUM_PRECISION || row.recall() < MINIMUM_RECALL) {
                failures.add(row.type()
                        + String.format(Locale.ROOT, ": precision %.4f, recall %.4f", row.precision(), row.recall())
                        + cases("false positive", row.falsePositives())
                        + cases("false negative", row.falseNegatives()));
            }
        }

        assertThat(failures).as("seed %d\n%s", SEED, report.table()).isEmpty();
    }

    @ParameterizedTest(name = "seed {0}, {1} items, {2} stores, as of {3}, anomaly share {4}")
    @CsvSource({
        "101, 5000, 2, 2024-01-15, 0.3",
        "102, 3000, 1, 2026-11-22, 0.5",
        "103, 8000, 4, 2025-12-24, 0.2",
        "104, 2000, 3, 2025-03-31, 0.5"
    })
    void findsEveryLeakTypeAsWellInOtherInventories(long seed, int items, int stores, LocalDate asOf, double share) {
        SyntheticInventory other = SyntheticInventory.generate(seed, items, stores, asOf, share);

        AnalysisResult otherResult = other.analyze(new SentinelEngine(), AnalysisContext.of(asOf));

        QualityReport otherReport = QualityReport.of(other.truth(), QualityReport.found(otherResult.findings()));
        assertThat(otherReport.types())
                .as("seed %d\n%s", seed, otherReport.table())
                .allSatisfy(row -> {
                    assertThat(row.precision()).as(row.type().name()).isGreaterThanOrEqualTo(MINIMUM_PRECISION);
                    assertThat(row.recall()).as(row.type().name()).isGreaterThanOrEqualTo(MINIMUM_RECALL);
                });
    }

    @Test
    void namesTheSubtypeOfEveryInjectedVariant() {
        Map<String, String> subtypes = new HashMap<>();
        for (Finding finding : result.findings()) {
            subtypes.put(
                    finding.storeId() + "|" + finding.sku() + "|"
                            + finding.kind().id(),
                    finding.subtype());
        }
        List<String> mismatches = new ArrayList<>();
        for (InjectedAnomaly anomaly : inventory.anomalies()) {
            String found = subtypes.get(anomaly.key() + "|" + anomaly.type().name());
            if (found != null && !anomaly.subtype().isEmpty() && !found.equals(anomaly.subtype())) {
                mismatches.add(anomaly.key() + " " + anomaly.type() + "/" + anomaly.variant() + ": expected subtype "
                        + anomaly.subtype() + ", found " + found + "\n    " + describe(anomaly.key()));
            }
        }

        assertThat(mismatches).as("seed %d", SEED).isEmpty();
    }

    /** Up to {@link #CASES_SHOWN} keys with the record's values, the expected and the found types. */
    private static String cases(String kind, List<ItemKey> keys) {
        StringBuilder text = new StringBuilder();
        Map<ItemKey, Set<LeakType>> truth = inventory.truth();
        Map<ItemKey, Set<LeakType>> found = QualityReport.found(result.findings());
        Map<ItemKey, String> variants = new HashMap<>();
        for (InjectedAnomaly anomaly : inventory.anomalies()) {
            variants.put(anomaly.key(), anomaly.type() + "/" + anomaly.variant());
        }
        for (ItemKey key : keys.subList(0, Math.min(CASES_SHOWN, keys.size()))) {
            text.append("\n  ")
                    .append(kind)
                    .append(' ')
                    .append(key)
                    .append(" injected ")
                    .append(variants.getOrDefault(key, "nothing"))
                    .append(", expected ")
                    .append(truth.getOrDefault(key, Set.of()))
                    .append(", found ")
                    .append(found.getOrDefault(key, Set.of()))
                    .append("\n    ")
                    .append(describe(key));
        }
        if (keys.size() > CASES_SHOWN) {
            text.append("\n  … and ").append(keys.size() - CASES_SHOWN).append(" more");
        }
        return text.toString();
    }

    static String describe(ItemKey key) {
        for (ItemRecord record : inventory.records()) {
            if (record.storeId().equals(key.storeId()) && record.sku().equals(key.sku())) {
                int asOfDay = (int) AS_OF.toEpochDay();
                StringBuilder text = new StringBuilder();
                text.append("q=")
                        .append(record.onHandQuantity())
                        .append(" c=")
                        .append(record.unitCost())
                        .append(" r=")
                        .append(record.retailPrice())
                        .append(" sug=")
                        .append(record.suggestedRetail())
                        .append(" m_reported=")
                        .append(record.reportedMargin())
                        .append(" s30=")
                        .append(record.salesPer30Days())
                        .append(" o=")
                        .append(record.onOrderQuantity())
                        .append(" d_sale=")
                        .append(days(record.lastSaleDate(), asOfDay))
                        .append(" d_rcpt=")
                        .append(days(record.lastReceiptDate(), asOfDay))
                        .append(" age=")
                        .append(days(record.dateAdded(), asOfDay))
                        .append(" qty_diff=")
                        .append(record.quantityDifference())
                        .append(" damaged=")
                        .append(record.damaged())
                        .append(" seasonal=")
                        .append(record.seasonalSource())
                        .append(" status=")
                        .append(record.status())
                        .append(" category=")
                        .append(record.category());
                for (PurchaseOrderLine line : inventory.purchaseOrderLines()) {
                    if (line.storeId().equals(key.storeId()) && line.sku().equals(key.sku())) {
                        text.append("\n    PO ")
                                .append(line.poNumber())
                                .append(" d_po=")
                                .append(asOfDay - line.poDate())
                                .append(' ')
                                .append(line.status())
                                .append(" ordered=")
                                .append(line.orderedQuantity())
                                .append(" filled=")
                                .append(line.filledQuantity())
                                .append(" cost=")
                                .append(line.unitCost())
                                .append(" short=")
                                .append(line.shortFlag());
                    }
                }
                for (Finding finding : result.findings()) {
                    if (finding.storeId().equals(key.storeId()) && finding.sku().equals(key.sku())) {
                        text.append("\n    finding ")
                                .append(finding.kind().id())
                                .append('/')
                                .append(finding.subtype())
                                .append(": ")
                                .append(finding.context());
                    }
                }
                return text.toString();
            }
        }
        return "(no record)";
    }

    private static String days(int epochDay, int asOfDay) {
        return ItemRecord.known(epochDay) ? Integer.toString(asOfDay - epochDay) : "unknown";
    }
}

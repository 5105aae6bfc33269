package com.profitsentinel.engine.rules.legacy;

import static com.profitsentinel.engine.rules.legacy.LegacyRecords.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import com.profitsentinel.engine.analysis.Analysis;
import com.profitsentinel.engine.analysis.AnalysisContext;
import com.profitsentinel.engine.analysis.AnalysisResult;
import com.profitsentinel.engine.analysis.Facts;
import com.profitsentinel.engine.analysis.InputCounts;
import com.profitsentinel.engine.analysis.ItemFactory;
import com.profitsentinel.engine.analysis.PurchaseChecks;
import com.profitsentinel.engine.analysis.Summary;
import com.profitsentinel.engine.finding.DataQualityCode;
import com.profitsentinel.engine.finding.Fact;
import com.profitsentinel.engine.finding.Finding;
import com.profitsentinel.engine.finding.FindingIds;
import com.profitsentinel.engine.finding.Group;
import com.profitsentinel.engine.finding.LegacyPrimitive;
import com.profitsentinel.engine.finding.Severity;
import com.profitsentinel.engine.finding.Trend;
import com.profitsentinel.engine.finding.TrendBasis;
import com.profitsentinel.engine.projection.LegacyResponse.CauseDiagnosis;
import com.profitsentinel.engine.record.DataQualityNote;
import com.profitsentinel.engine.record.FileFacts;
import com.profitsentinel.engine.record.ItemRecord;
import com.profitsentinel.engine.record.MarginInterpretation;
import com.profitsentinel.engine.record.PurchaseOrderLine;
import com.profitsentinel.engine.record.PurchaseOrderStatus;
import com.profitsentinel.engine.record.SalesLine;
import com.profitsentinel.engine.rootcause.Diagnosis;
import com.profitsentinel.engine.rootcause.EvidenceRules;
import com.profitsentinel.engine.rootcause.EvidenceScorer;
import com.profitsentinel.engine.rule.Parameters;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The legacy analysis beyond the response: findings, groups, the summary, streaming and restarts (engine.md §5). */
class LegacyAnalysisTest {
    private static final double NONE = Double.NaN;

    private static AnalysisResult twelveTwo() {
        return LegacyResponseTest.twelveTwoResult();
    }

    private static Finding finding(AnalysisResult result, String sku, LegacyPrimitive primitive) {
        return result.findings().stream()
                .filter(finding -> finding.sku().equals(sku) && finding.kind() == primitive)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void engineIdentity() {
        LegacyEngine engine = new LegacyEngine();

        assertThat(engine.id()).isEqualTo("legacy");
        assertThat(engine.version()).isEqualTo("1.0.0");
        assertThat(engine.majorVersion()).isEqualTo(1);
    }

    @Test
    void resultCarriesTheEngineAndTheStandardPreset() {
        AnalysisResult result = twelveTwo();

        assertThat(result.engine()).isEqualTo("legacy");
        assertThat(result.engineVersion()).isEqualTo("1.0.0");
        assertThat(result.asOf()).isEqualTo(LegacyRecords.AS_OF);
        assertThat(result.preset()).isEqualTo("standard");
        assertThat(result.parameters()).isEmpty();
        assertThat(result.dataQuality()).isEmpty();
    }

    @Test
    void findingCarriesTheLegacyFigures() {
        Finding finding = finding(twelveTwo(), "A100", LegacyPrimitive.NEGATIVE_INVENTORY);

        assertThat(finding.findingId()).isEqualTo("f911668a6c81b59a");
        assertThat(finding.groupId()).isEqualTo(new FindingIds("legacy", 1).group("default", "negative_inventory"));
        assertThat(finding.engine()).isEqualTo("legacy");
        assertThat(finding.engineVersion()).isEqualTo("1.0.0");
        assertThat(finding.subtype()).isEmpty();
        assertThat(finding.storeId()).isEqualTo("default");
        assertThat(finding.annualProfitAtRisk()).isEqualTo(1104.5);
        assertThat(finding.capitalTiedUp()).isZero();
        assertThat(finding.confidence()).isEqualTo(0.47);
        assertThat(finding.legacyScore()).isEqualTo(0.47);
        assertThat(finding.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(finding.trend()).isEqualTo(Trend.STABLE);
        assertThat(finding.trendBasis()).isEqualTo(TrendBasis.STATIC);
        assertThat(finding.isNew()).isFalse();
        assertThat(finding.inputs())
                .containsExactly(
                        entry("q", -47.0),
                        entry("c", 23.5),
                        entry("r", 31.73),
                        entry("s", 10.0),
                        entry("mf", 25.9),
                        entry("st", -1104.5));
        assertThat(finding.details()).isEmpty();
        assertThat(finding.context())
                .isEqualTo("System shows -47 units on hand (negative). Value at cost: $1,104.50. Possible"
                        + " overselling, theft, or an unrecorded receipt; count this item.");
        assertThat(finding.recommendations()).isEqualTo(LegacyPrimitive.NEGATIVE_INVENTORY.recommendations());
        assertThat(finding.legacyPrimitive()).contains(LegacyPrimitive.NEGATIVE_INVENTORY);
        assertThat(finding.sourceRow()).isEqualTo(2);
        assertThat(finding.facts()).containsExactly(Fact.NEGATIVE_QTY);
    }

    @Test
    void findingConfidenceIsTheStoredScoreAndLegacyScoreTheRawOne() {
        Finding finding = finding(twelveTwo(), "A104", LegacyPrimitive.HIGH_MARGIN_LEAK);

        assertThat(finding.confidence()).isEqualTo(0.81);
        assertThat(finding.legacyScore()).isEqualTo((20 - (52.0 - 50.0) / 52.0 * 100) / 20);
        assertThat(finding.annualProfitAtRisk()).isCloseTo(27.2, within(1e-9));
    }

    @Test
    void findingFiguresAreThePerItemImpactsWithTheirCaps() {
        AnalysisResult result = twelveTwo();

        assertThat(finding(result, "A105", LegacyPrimitive.HIGH_MARGIN_LEAK).annualProfitAtRisk())
                .isCloseTo(114.0, within(1e-9));
        assertThat(finding(result, "A104", LegacyPrimitive.DEAD_ITEM).annualProfitAtRisk())
                .isEqualTo(1000.0);
        assertThat(finding(result, "A104", LegacyPrimitive.SHRINKAGE_PATTERN).annualProfitAtRisk())
                .isEqualTo(200.0);
        assertThat(finding(result, "A105", LegacyPrimitive.PRICE_DISCREPANCY).annualProfitAtRisk())
                .isEqualTo(117.0);
        assertThat(finding(result, "A106", LegacyPrimitive.PRICE_DISCREPANCY).annualProfitAtRisk())
                .isZero();
        AnalysisResult capped = LegacyRecords.analyze(
                List.of(row("CAP", 3000, 20, 30, 0, 33.3, 60000).build()), new InputCounts(1, 0));
        assertThat(finding(capped, "CAP", LegacyPrimitive.DEAD_ITEM).annualProfitAtRisk())
                .isEqualTo(5000.0);
    }

    @Test
    void findingSeverityFollowsTheLegacySeverity() {
        AnalysisResult result = twelveTwo();

        assertThat(finding(result, "A106", LegacyPrimitive.PRICE_DISCREPANCY).severity())
                .isEqualTo(Severity.LOW);
        assertThat(finding(result, "A103", LegacyPrimitive.DEAD_ITEM).severity())
                .isEqualTo(Severity.MEDIUM);
        assertThat(finding(result, "A102", LegacyPrimitive.LOW_STOCK).severity())
                .isEqualTo(Severity.HIGH);
        for (LegacyPrimitive primitive : LegacyPrimitive.values()) {
            assertThat(LegacyAnalysis.severity(primitive).id())
                    .isEqualTo(primitive.severity().equals("warning") ? "low" : primitive.severity());
        }
    }

    @Test
    void findingsAreOrderedByStoreThenPrimitiveThenRecord() {
        List<Finding> findings = twelveTwo().findings();

        assertThat(findings).hasSize(18);
        assertThat(findings.subList(0, 5))
                .extracting(finding -> finding.kind().id() + " " + finding.sku())
                .containsExactly(
                        "high_margin_leak A104",
                        "high_margin_leak A105",
                        "high_margin_leak A107",
                        "negative_inventory A100",
                        "negative_inventory A101");
    }

    @Test
    void listenerReceivesEveryFindingWhileTheResultKeepsTheLargest() {
        List<Finding> heard = new ArrayList<>();
        AnalysisContext context =
                new AnalysisContext(LegacyRecords.AS_OF, Parameters.standard(), Optional.empty(), heard::add, 3);

        AnalysisResult result = LegacyRecords.analyze(context, LegacyResponseTest.twelveTwo(), new InputCounts(10, 1));

        assertThat(heard).hasSize(18);
        assertThat(heard.get(0).sku()).isEqualTo("A100");
        assertThat(result.findings())
                .extracting(finding -> finding.kind().id() + " " + finding.sku())
                .containsExactly("negative_inventory A100", "negative_inventory A101", "dead_item A104");
        assertThat(result.summary().findingsByType()).containsEntry("high_margin_leak", 3L);
        assertThat(result.groups()).hasSize(11);
    }

    @Test
    void retentionKeepsTheEarlierOfEqualFigures() {
        AnalysisContext context =
                new AnalysisContext(LegacyRecords.AS_OF, Parameters.standard(), Optional.empty(), finding -> {}, 1);

        AnalysisResult result = LegacyRecords.analyze(
                context,
                List.of(
                        row("FIRST", 150, 3, 5, 0, 40, 450).build(),
                        row("SECOND", 150, 3, 5, 0, 40, 450).build()),
                new InputCounts(2, 0));

        assertThat(result.findings()).extracting(Finding::sku).containsExactly("FIRST");
    }

    @Test
    void retainingNoFindingKeepsTheFigures() {
        AnalysisContext context =
                new AnalysisContext(LegacyRecords.AS_OF, Parameters.standard(), Optional.empty(), finding -> {}, 0);

        AnalysisResult result = LegacyRecords.analyze(context, LegacyResponseTest.twelveTwo(), new InputCounts(10, 1));

        assertThat(result.findings()).isEmpty();
        assertThat(result.legacyResponse().orElseThrow().summary().totalItemsFlagged())
                .isEqualTo(18);
    }

    @Test
    void groupsHoldTheirMembersInRecordOrder() {
        AnalysisResult result = twelveTwo();

        assertThat(result.groups())
                .extracting(group -> group.kind().id())
                .containsExactly(LegacyRules.inIterationOrder().stream()
                        .map(rule -> rule.primitive().id())
                        .toArray(String[]::new));
        Group erosion = result.groups().get(6);
        assertThat(erosion.kind()).isEqualTo(LegacyPrimitive.MARGIN_EROSION);
        assertThat(erosion.storeId()).isEqualTo("default");
        assertThat(erosion.groupId()).isEqualTo(new FindingIds("legacy", 1).group("default", "margin_erosion"));
        assertThat(erosion.skus()).containsExactly("A104", "A105", "A107");
        assertThat(erosion.findingIds())
                .containsExactly(
                        finding(result, "A104", LegacyPrimitive.MARGIN_EROSION).findingId(),
                        finding(result, "A105", LegacyPrimitive.MARGIN_EROSION).findingId(),
                        finding(result, "A107", LegacyPrimitive.MARGIN_EROSION).findingId());
        assertThat(erosion.annualProfitAtRisk()).isCloseTo(47.0, within(1e-9));
        assertThat(erosion.capitalTiedUp()).isZero();
        assertThat(erosion.confidence()).isCloseTo((0.9 + 0.9 + 0.85) / 3, within(1e-12));
        assertThat(erosion.trend()).isEqualTo(Trend.STABLE);
        assertThat(erosion.priorityScore()).isNaN();
        assertThat(erosion.context()).isEqualTo("3 item(s) flagged: Margin Erosion.");
        assertThat(erosion.rootCause())
                .isEqualTo(EvidenceScorer.scoreGroup(
                        List.of(
                                facts(LegacyResponseTest.twelveTwo().get(4)),
                                facts(LegacyResponseTest.twelveTwo().get(5)),
                                facts(LegacyResponseTest.twelveTwo().get(7))),
                        EvidenceRules.allFacts(),
                        Parameters.standard()));
        assertThat(erosion.rootCause().hypotheses()).isNotEmpty();
    }

    @Test
    void summaryHasTheLegacyFigures() {
        Summary summary = twelveTwo().summary();

        assertThat(summary.rowsRead()).isEqualTo(10);
        assertThat(summary.rowsRejected()).isEqualTo(1);
        assertThat(summary.recordsAnalyzed()).isEqualTo(9);
        assertThat(summary.itemsFlagged()).isEqualTo(8);
        assertThat(summary.storesAnalyzed()).isEqualTo(1);
        assertThat(summary.findingsByType())
                .containsExactly(
                        entry("high_margin_leak", 3L),
                        entry("negative_inventory", 2L),
                        entry("negative_profit", 1L),
                        entry("severe_inventory_deficit", 1L),
                        entry("low_stock", 1L),
                        entry("shrinkage_pattern", 1L),
                        entry("margin_erosion", 3L),
                        entry("zero_cost_anomaly", 1L),
                        entry("dead_item", 2L),
                        entry("overstock", 1L),
                        entry("price_discrepancy", 2L));
        assertThat(summary.impactByType().get("dead_item")).isEqualTo(1090.0);
        assertThat(summary.impactByType().get("negative_inventory")).isEqualTo(1404.5);
        assertThat(summary.capitalByType().values()).containsOnly(0.0);
        assertThat(summary.annualProfitAtRiskTotal()).isCloseTo(2648.0, within(1e-9));
        assertThat(summary.capitalTiedUpTotal()).isZero();
    }

    @Test
    void duplicatesAreEvaluatedLikeAnyRecord() {
        ItemRecord record = row("DUP", 150, 3, 5, 0, 40, 450).build();

        AnalysisResult result = LegacyRecords.analyze(List.of(record, record), new InputCounts(2, 0));

        assertThat(result.legacyResponse()
                        .orElseThrow()
                        .leaks()
                        .get("dead_item")
                        .count())
                .isEqualTo(2);
        assertThat(result.legacyResponse().orElseThrow().summary().uniqueItemsFlagged())
                .isEqualTo(1);
        assertThat(result.summary().annualProfitAtRiskTotal()).isEqualTo(90.0);
        assertThat(result.groups().get(0).skus()).containsExactly("DUP", "DUP");
    }

    @Test
    void causeDiagnosisScoresEveryFlaggedRecordWithAllFacts() {
        AnalysisResult result = twelveTwo();
        List<Set<Fact>> flagged = new ArrayList<>();
        for (ItemRecord record : LegacyResponseTest.twelveTwo()) {
            if (!record.sku().equals("A108")) {
                flagged.add(facts(record));
            }
        }
        Diagnosis expected = EvidenceScorer.scoreGroup(flagged, EvidenceRules.allFacts(), Parameters.standard());

        CauseDiagnosis diagnosis =
                result.legacyResponse().orElseThrow().causeDiagnosis().orElseThrow();

        assertThat(result.storeDiagnoses()).containsOnlyKeys("default");
        assertThat(result.storeDiagnoses().get("default").hypotheses()).isEqualTo(expected.hypotheses());
        assertThat(diagnosis.topCause())
                .isEqualTo(expected.hypotheses().get(0).cause().id());
        assertThat(diagnosis.evidenceSummary().totalItems()).isEqualTo(8);
        assertThat(diagnosis.evidenceSummary().itemsWithEvidence()).isEqualTo(7);
        assertThat(diagnosis.evidenceSummary().factsFired())
                .containsExactly(
                        entry("negative_qty", 2),
                        entry("low_margin", 3),
                        entry("zero_sales", 1),
                        entry("zero_cost", 1),
                        entry("cost_exceeds_retail", 1),
                        entry("count_shortage", 1),
                        entry("below_suggested_retail", 1));
        assertThat(diagnosis.hypotheses()).hasSizeBetween(1, 3);
        assertThat(diagnosis.hypotheses().get(0).evidence().get(0))
                .isEqualTo("Supported by " + expected.hypotheses().get(0).evidenceCount() + " flagged item(s)");
        assertThat(diagnosis.hypotheses().get(0).probability())
                .isEqualTo(new BigDecimal(expected.hypotheses().get(0).share())
                        .setScale(3, RoundingMode.HALF_EVEN)
                        .doubleValue());
        assertThat(diagnosis.alternativeCauses())
                .extracting(alternative -> alternative.cause())
                .containsExactlyElementsOf(
                        expected
                                .hypotheses()
                                .subList(1, Math.min(4, expected.hypotheses().size()))
                                .stream()
                                .map(hypothesis -> hypothesis.cause().id())
                                .toList());
        assertThat(diagnosis.needsReview()).isEqualTo(expected.needsReview());
        assertThat(diagnosis.reviewReason()).isEqualTo(expected.reviewReason());
    }

    @Test
    void causeDiagnosisIsOmittedWhenNoFlaggedRecordHasAFact() {
        AnalysisResult result =
                LegacyRecords.analyze(List.of(row("LOW", 2, 6, 10, 60, 40, 12).build()), new InputCounts(1, 0));

        assertThat(result.legacyResponse().orElseThrow().causeDiagnosis()).isEmpty();
        assertThat(result.storeDiagnoses().get("default").hypotheses()).isEmpty();
        assertThat(result.groups())
                .allSatisfy(group -> assertThat(group.rootCause().hypotheses()).isEmpty());
    }

    @Test
    void severalStoresDescribeTheStoreWithTheLargestImpact() {
        AnalysisResult result = LegacyRecords.analyze(
                List.of(
                        row("s2", "NEG", -50, 10, 15, 3, 33.3, NONE).build(),
                        row("s1", "ZERO", 20, 0, 50, 5, 100, 0).build(),
                        row("s3", "HEALTHY", 50, 100, 135, 20, 25.9, 5000).build()),
                new InputCounts(3, 0));

        assertThat(result.legacyResponse()
                        .orElseThrow()
                        .causeDiagnosis()
                        .orElseThrow()
                        .topCause())
                .isEqualTo("theft");
        assertThat(result.storeDiagnoses()).containsOnlyKeys("s1", "s2");
        assertThat(result.storeDiagnoses().get("s1").top().orElseThrow().cause().id())
                .isEqualTo("pricing_error");
        assertThat(result.groups())
                .extracting(group -> group.storeId() + " " + group.kind().id())
                .containsExactly("s1 zero_cost_anomaly", "s1 price_discrepancy", "s2 negative_inventory");
        assertThat(result.summary().storesAnalyzed()).isEqualTo(3);
        assertThat(result.findings()).extracting(Finding::storeId).containsExactly("s1", "s1", "s2");
    }

    @Test
    void smallerStoreIsDescribedWhenItHasTheLargerImpact() {
        AnalysisResult result = LegacyRecords.analyze(
                List.of(
                        row("s2", "NEG", -50, 1, 15, 3, 33.3, NONE).build(),
                        row("s1", "ZERO", 20, 0, 5000, 5, 100, 0).build()),
                new InputCounts(2, 0));

        assertThat(result.legacyResponse()
                        .orElseThrow()
                        .causeDiagnosis()
                        .orElseThrow()
                        .topCause())
                .isEqualTo("pricing_error");
    }

    @Test
    void negativeRetailNoteBecomesAFactOfItsRecord() {
        Analysis analysis = new LegacyEngine().start(AnalysisContext.of(LegacyRecords.AS_OF));
        analysis.beginFile(LegacyRecords.FILE);
        analysis.note(note(DataQualityCode.NEGATIVE_PRICE, 3, "OTHER"));
        analysis.note(note(DataQualityCode.UNPARSEABLE_NUMBER, 4, "NEG"));
        analysis.note(note(DataQualityCode.NEGATIVE_PRICE, 4, "NEG"));
        analysis.record(row("NEG", -50, 10, NONE, 3, 33.3, NONE).sourceRow(4).build());
        analysis.record(row("NEG2", -50, 10, NONE, 3, 33.3, NONE).sourceRow(5).build());
        analysis.note(note(DataQualityCode.NEGATIVE_PRICE, 6, "GONE"));
        analysis.record(row("NEG3", -50, 10, NONE, 3, 33.3, NONE).sourceRow(7).build());

        AnalysisResult result = analysis.finish(new InputCounts(3, 0));

        assertThat(finding(result, "NEG", LegacyPrimitive.NEGATIVE_INVENTORY).facts())
                .containsExactly(Fact.NEGATIVE_QTY, Fact.NEGATIVE_RETAIL);
        assertThat(finding(result, "NEG2", LegacyPrimitive.NEGATIVE_INVENTORY).facts())
                .containsExactly(Fact.NEGATIVE_QTY);
        assertThat(finding(result, "NEG3", LegacyPrimitive.NEGATIVE_INVENTORY).facts())
                .containsExactly(Fact.NEGATIVE_QTY);
    }

    @Test
    void negativeRetailNoteMatchesStoreAndSkuOfItsRow() {
        Analysis analysis = new LegacyEngine().start(AnalysisContext.of(LegacyRecords.AS_OF));
        analysis.beginFile(LegacyRecords.FILE);
        analysis.note(new DataQualityNote(
                DataQualityCode.NEGATIVE_PRICE, "inventory.csv", 4, "Retail", "-1", "north", "NEG", "bad"));
        analysis.note(note(DataQualityCode.NEGATIVE_PRICE, 4, "OTHER"));
        analysis.record(row("NEG", -50, 10, NONE, 3, 33.3, NONE).sourceRow(4).build());
        analysis.record(
                row("north", "NEG", -50, 10, NONE, 3, 33.3, NONE).sourceRow(4).build());

        AnalysisResult result = analysis.finish(new InputCounts(1, 0));

        assertThat(result.findings())
                .extracting(finding -> finding.storeId() + " " + finding.facts())
                .containsExactly("default [NEGATIVE_QTY]", "north [NEGATIVE_QTY, NEGATIVE_RETAIL]");
    }

    @Test
    void salesAndPurchaseLinesAreNotRead() {
        Analysis analysis = new LegacyEngine().start(AnalysisContext.of(LegacyRecords.AS_OF));
        analysis.beginFile(LegacyRecords.FILE);
        analysis.salesLine(new SalesLine(
                "sales.csv", 2, "default", "A102", "", (int) LegacyRecords.AS_OF.toEpochDay(), 500, NONE, NONE, ""));
        analysis.purchaseOrderLine(new PurchaseOrderLine(
                "po.csv",
                16,
                "default",
                "4512",
                (int) LegacyRecords.AS_OF.toEpochDay() - 10,
                PurchaseOrderStatus.OPEN,
                "Orgill",
                1,
                "A102",
                "",
                "",
                "",
                "",
                "",
                "",
                NONE,
                40,
                NONE,
                5,
                NONE,
                NONE,
                false,
                false,
                false));
        LegacyResponseTest.twelveTwo().forEach(analysis::record);

        AnalysisResult result = analysis.finish(new InputCounts(10, 1));

        assertThat(result).isEqualTo(twelveTwo());
    }

    @Test
    void descriptionIsCutToFiftyCharacters() {
        String long60 = "x".repeat(60);
        String emoji = "\uD83D\uDD27";
        String fiftyCodePoints = "y".repeat(49) + emoji;
        String fiftyOneCodePoints = "z".repeat(49) + emoji + "z";

        assertThat(LegacyAnalysis.description(long60)).hasSize(50);
        assertThat(LegacyAnalysis.description("short")).isEqualTo("short");
        assertThat(LegacyAnalysis.description(fiftyCodePoints)).isEqualTo(fiftyCodePoints);
        assertThat(LegacyAnalysis.description(fiftyOneCodePoints)).isEqualTo("z".repeat(49) + emoji);

        AnalysisResult result = LegacyRecords.analyze(
                List.of(row("D", 150, 3, 5, 0, 40, 450).description(long60).build()), new InputCounts(1, 0));
        assertThat(result.findings().get(0).description()).isEqualTo("x".repeat(50));
        assertThat(result.legacyResponse()
                        .orElseThrow()
                        .leaks()
                        .get("dead_item")
                        .itemDetails()
                        .get(0)
                        .description())
                .isEqualTo("x".repeat(50));
    }

    @Test
    void restartFileForgetsWhatTheFileContributed() {
        List<ItemRecord> first = LegacyResponseTest.twelveTwo().subList(0, 4);
        List<ItemRecord> second = LegacyResponseTest.twelveTwo().subList(4, 9);
        for (int retained : new int[] {AnalysisContext.ALL_FINDINGS, 2}) {
            AnalysisContext context = new AnalysisContext(
                    LegacyRecords.AS_OF, Parameters.standard(), Optional.empty(), finding -> {}, retained);
            Analysis clean = new LegacyEngine().start(context);
            clean.beginFile(LegacyRecords.FILE);
            first.forEach(clean::record);
            clean.beginFile(second());
            second.forEach(clean::record);
            AnalysisResult expected = clean.finish(new InputCounts(10, 1));

            Analysis restarted = new LegacyEngine().start(context);
            restarted.beginFile(LegacyRecords.FILE);
            first.forEach(restarted::record);
            restarted.beginFile(second());
            second.subList(0, 2).forEach(restarted::record);
            restarted.record(
                    row("other-store", "BIG", -5000, 900, 1000, 0, 10, NONE).build());
            restarted.record(row("BIG", 3000, 20, 30, 0, 33.3, 60000).build());
            restarted.note(note(DataQualityCode.NEGATIVE_PRICE, 9, "A107"));
            restarted.restartFile();
            second.forEach(restarted::record);
            AnalysisResult actual = restarted.finish(new InputCounts(10, 1));

            assertThat(actual).as("retained %s", retained).isEqualTo(expected);
        }
    }

    @Test
    void restartWithoutAFileStartsOver() {
        Analysis analysis = new LegacyEngine().start(AnalysisContext.of(LegacyRecords.AS_OF));
        LegacyResponseTest.twelveTwo().forEach(analysis::record);

        analysis.restartFile();
        AnalysisResult result = analysis.finish(new InputCounts(0, 0));

        assertThat(result.findings()).isEmpty();
        assertThat(result.groups()).isEmpty();
        assertThat(result.summary().recordsAnalyzed()).isZero();
        assertThat(result.summary().storesAnalyzed()).isZero();
        assertThat(result.legacyResponse().orElseThrow().summary().totalItemsFlagged())
                .isZero();
    }

    private static FileFacts second() {
        return FileFacts.complete("second.csv", new MarginInterpretation(true, false));
    }

    private static DataQualityNote note(DataQualityCode code, long row, String sku) {
        return new DataQualityNote(code, "inventory.csv", row, "Retail", "-1", "default", sku, "bad");
    }

    private static Set<Fact> facts(ItemRecord record) {
        ItemFactory factory = new ItemFactory(AnalysisContext.of(LegacyRecords.AS_OF));
        factory.file(LegacyRecords.FILE);
        Set<Fact> facts = EnumSet.noneOf(Fact.class);
        Facts.evaluate(factory.item(record, false), Parameters.standard(), PurchaseChecks.NONE, OptionalDouble.empty())
                .forEach(evidence -> facts.add(evidence.fact()));
        return facts;
    }
}

package com.profitsentinel.engine.rootcause;

import static com.profitsentinel.engine.finding.Fact.DAMAGED;
import static com.profitsentinel.engine.finding.Fact.HIGH_COST;
import static com.profitsentinel.engine.finding.Fact.HIGH_QTY;
import static com.profitsentinel.engine.finding.Fact.LOW_MARGIN;
import static com.profitsentinel.engine.finding.Fact.NEGATIVE_QTY;
import static com.profitsentinel.engine.finding.Fact.NEGATIVE_RETAIL;
import static com.profitsentinel.engine.finding.Fact.OLD_RECEIPT;
import static com.profitsentinel.engine.finding.Fact.ON_ORDER;
import static com.profitsentinel.engine.finding.Fact.RECENT_RECEIPT;
import static com.profitsentinel.engine.finding.Fact.SEASONAL;
import static com.profitsentinel.engine.finding.Fact.ZERO_SALES;
import static org.assertj.core.api.Assertions.assertThat;

import com.profitsentinel.engine.finding.Fact;
import com.profitsentinel.engine.finding.LeakType;
import com.profitsentinel.engine.rule.Parameters;
import com.profitsentinel.engine.rule.Preset;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvidenceScorerTest {
    private static final Parameters STANDARD = Parameters.standard();
    private static final Set<Fact> ALL = EvidenceRules.allFacts();

    /** engine.md §12.7, one row per line: facts | ranked scores | top | confidence | ambiguity | needs_review. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "negative_qty | theft .789352, inventory_drift .613941 | theft | 0.482382 | 0.777778 | low_confidence",
                "zero_sales, old_receipt | demand_shift .883452, theft .331295, inventory_drift .331295 | demand_shift"
                        + " | 0.717805 | 0.375000 | no",
                "low_margin | margin_leak .683586, vendor_increase .546869, theft .341793, rebate_timing .341793"
                        + " | margin_leak | 0.410152 | 0.800000 | low_confidence",
                "damaged, on_order | quality_issue .932055, vendor_increase .186411 | quality_issue | 0.838849"
                        + " | 0.200000 | no",
                "high_qty, old_receipt, seasonal | demand_shift .778208, rebate_timing .475571,"
                        + " inventory_drift .389104, quality_issue .129701 | demand_shift | 0.540422 | 0.611111 | no",
                "zero_sales, high_qty, old_receipt | demand_shift .869731, inventory_drift .372742, theft .248495,"
                        + " rebate_timing .165663, quality_issue .124247 | demand_shift | 0.683360 | 0.428571 | no",
                "negative_qty, zero_sales, high_cost | theft .840663, demand_shift .378298, inventory_drift .294232,"
                        + " vendor_increase .252199 | theft | 0.651514 | 0.450000 | sensitive_cause",
                "zero_cost, negative_retail | pricing_error .980581, margin_leak .196116 | pricing_error | 0.882523"
                        + " | 0.200000 | no",
                "cost_exceeds_retail, high_cost, low_margin | vendor_increase .694740, margin_leak .573916,"
                        + " theft .302061, pricing_error .271855, rebate_timing .151031 | vendor_increase | 0.407782"
                        + " | 0.826087 | low_confidence",
                "negative_qty, zero_sales, damaged | theft .616849, quality_issue .560772, demand_shift .504695,"
                        + " inventory_drift .224309 | theft | 0.336463 | 0.909091 | low_confidence",
                "cost_exceeds_retail | vendor_increase .577350, margin_leak .577350, pricing_error .577350 | none"
                        + " | 0.288675 | 1.000000 | low_confidence",
                "high_qty, seasonal | rebate_timing .682191, demand_shift .682191, quality_issue .186052,"
                        + " inventory_drift .186052 | rebate_timing | 0.341096 | 1.000000 | low_confidence",
                "negative_qty, recent_receipt | inventory_drift .696526, theft .597022 | inventory_drift | 0.398015"
                        + " | 0.857143 | low_confidence",
                "recent_receipt | '' | none | 0 | 0 | no",
                "count_shortage | theft .752577, inventory_drift .658505 | theft | 0.423324 | 0.875000 | low_confidence",
                "unrecorded_receipt, negative_qty | inventory_drift .973417, theft .229039 | inventory_drift"
                        + " | 0.858898 | 0.235294 | no",
                "vendor_short_shipped | quality_issue .936329, inventory_drift .351123 | quality_issue | 0.760767"
                        + " | 0.375000 | thin_evidence",
                "cost_increase, low_margin | vendor_increase .735460, margin_leak .612883, theft .204294,"
                        + " rebate_timing .204294 | vendor_increase | 0.429018 | 0.833333 | low_confidence",
            })
    void scoresTheSingleSkuAcceptanceCases(
            String facts, String rankedScores, String top, double confidence, double ambiguity, String review) {
        Diagnosis diagnosis = EvidenceScorer.scoreGroup(List.of(facts(facts)), ALL, STANDARD);

        assertRanked(diagnosis, rankedScores);
        assertThat(diagnosis.rootCause()).isEqualTo(cause(top));
        assertThat(round6(diagnosis.confidence())).isEqualTo(confidence);
        assertThat(round6(diagnosis.ambiguity())).isEqualTo(ambiguity);
        assertThat(diagnosis.needsReview()).isEqualTo(!review.equals("no"));
        assertThat(diagnosis.reviewReason()).isEqualTo(review.equals("no") ? Optional.empty() : Optional.of(review));
    }

    @Test
    void sumsNormalizedEvidenceOverSkus() {
        Diagnosis diagnosis = EvidenceScorer.scoreGroup(
                List.of(EnumSet.of(NEGATIVE_QTY, ZERO_SALES), EnumSet.of(NEGATIVE_QTY, HIGH_COST)), ALL, STANDARD);

        assertRanked(
                diagnosis, "theft 1.631287, inventory_drift 0.789106, demand_shift 0.477670, vendor_increase 0.357930");
        assertThat(diagnosis.hypotheses()).extracting(Hypothesis::evidenceCount).containsExactly(2, 2, 1, 1);
        assertThat(diagnosis.rootCause()).contains(Cause.THEFT);
        assertThat(round6(diagnosis.confidence())).isEqualTo(0.618367);
        assertThat(round6(diagnosis.ambiguity())).isEqualTo(0.483732);
        assertThat(diagnosis.reviewReason()).contains(EvidenceScorer.SENSITIVE_CAUSE);
        assertThat(diagnosis.skusWithEvidence()).isEqualTo(2);
        assertThat(diagnosis.factsUsed())
                .containsExactly(Map.entry(NEGATIVE_QTY, 2), Map.entry(HIGH_COST, 1), Map.entry(ZERO_SALES, 1));
    }

    @Test
    void masksFactsTheLeakTypeDoesNotUse() {
        Set<Fact> marginFacts = EvidenceRules.usedBy(LeakType.MARGIN_EROSION);

        Diagnosis masked = EvidenceScorer.scoreGroup(
                List.of(EnumSet.of(LOW_MARGIN, ZERO_SALES, OLD_RECEIPT)), marginFacts, STANDARD);

        assertThat(masked).isEqualTo(EvidenceScorer.scoreGroup(List.of(EnumSet.of(LOW_MARGIN)), marginFacts, STANDARD));
        assertThat(masked.top()).map(Hypothesis::cause).contains(Cause.MARGIN_LEAK);
        assertThat(masked.factsUsed()).containsOnlyKeys(LOW_MARGIN);
    }

    @Test
    void moreSkusWithTheSameEvidenceLeaveConfidenceUnchanged() {
        Diagnosis one = EvidenceScorer.scoreGroup(List.of(EnumSet.of(ZERO_SALES, OLD_RECEIPT)), ALL, STANDARD);
        Diagnosis three =
                EvidenceScorer.scoreGroup(Collections.nCopies(3, EnumSet.of(ZERO_SALES, OLD_RECEIPT)), ALL, STANDARD);

        // equal up to binary rounding of the sums
        assertThat(three.support()).isCloseTo(one.support(), within());
        assertThat(three.ambiguity()).isCloseTo(one.ambiguity(), within());
        assertThat(three.confidence()).isCloseTo(one.confidence(), within());
        assertThat(three.hypotheses().get(0).evidenceCount()).isEqualTo(3);
    }

    @Test
    void groupWithoutFactsHasNoDiagnosis() {
        assertThat(EvidenceScorer.scoreGroup(List.of(EnumSet.noneOf(Fact.class)), ALL, STANDARD))
                .isEqualTo(Diagnosis.none());
        assertThat(EvidenceScorer.scoreGroup(List.of(), ALL, STANDARD)).isEqualTo(Diagnosis.none());
    }

    @Test
    void onlyCounterEvidenceNamesNoHypothesisButKeepsTheFacts() {
        Diagnosis diagnosis = EvidenceScorer.scoreGroup(List.of(EnumSet.of(RECENT_RECEIPT)), ALL, STANDARD);

        assertThat(diagnosis.hypotheses()).isEmpty();
        assertThat(diagnosis.rootCause()).isEmpty();
        assertThat(diagnosis.needsReview()).isFalse();
        assertThat(diagnosis.skusWithEvidence()).isEqualTo(1);
        assertThat(diagnosis.factsUsed()).containsExactly(Map.entry(RECENT_RECEIPT, 1));
    }

    @Test
    void agreementIsTheShareOfSkusWhoseOwnTopCauseWins() {
        Diagnosis diagnosis = EvidenceScorer.scoreGroup(
                List.of(EnumSet.of(NEGATIVE_QTY), EnumSet.of(NEGATIVE_QTY), EnumSet.of(NEGATIVE_RETAIL)),
                ALL,
                STANDARD);

        assertThat(diagnosis.top()).map(Hypothesis::cause).contains(Cause.THEFT);
        assertThat(diagnosis.agreement()).isEqualTo(2.0 / 3);
        assertThat(round6(diagnosis.support())).isEqualTo(round6(2 * 0.9 / Math.sqrt(1.3) / 3));
    }

    @Test
    void sharesAreScoresOverTheirSumAndRanksFollowScores() {
        Diagnosis diagnosis = EvidenceScorer.scoreGroup(List.of(EnumSet.of(DAMAGED, ON_ORDER)), ALL, STANDARD);

        assertThat(diagnosis.hypotheses()).extracting(Hypothesis::rank).containsExactly(1, 2);
        assertThat(diagnosis.hypotheses().get(0).share()).isCloseTo(0.932055 / (0.932055 + 0.186411), within());
        assertThat(diagnosis.hypotheses().stream()
                        .mapToDouble(Hypothesis::share)
                        .sum())
                .isCloseTo(1, within());
    }

    @Test
    void reportsCompetingHypothesesWhenConfidenceIsAcceptedButAmbiguityIsHigh() {
        Parameters lenient = Parameters.of(Preset.STANDARD, Map.of("review_confidence", 0.2), Map.of(), Map.of());

        Diagnosis diagnosis = EvidenceScorer.scoreGroup(List.of(EnumSet.of(HIGH_QTY, SEASONAL)), ALL, lenient);

        assertThat(diagnosis.reviewReason()).contains(EvidenceScorer.COMPETING_HYPOTHESES);
        assertThat(diagnosis.rootCause()).contains(Cause.REBATE_TIMING);
    }

    @Test
    void namesNoRootCauseBelowTheMinimumConfidence() {
        Parameters strict =
                Parameters.of(Preset.STANDARD, Map.of("min_root_cause_confidence", 0.9), Map.of(), Map.of());

        Diagnosis diagnosis = EvidenceScorer.scoreGroup(List.of(EnumSet.of(DAMAGED, ON_ORDER)), ALL, strict);

        assertThat(diagnosis.rootCause()).isEmpty();
        assertThat(diagnosis.hypotheses()).isNotEmpty();
    }

    @Test
    void explainsWhyLowerRanksLostWithWeightAndMissingFacts() {
        Diagnosis diagnosis =
                EvidenceScorer.scoreGroup(List.of(EnumSet.of(NEGATIVE_QTY, ZERO_SALES, HIGH_COST)), ALL, STANDARD);

        assertThat(diagnosis.hypotheses())
                .extracting(Hypothesis::whyLower)
                .containsExactly(
                        List.of(),
                        List.of(
                                "Winner has 1.1 more total rule weight (2.0 vs 0.9)",
                                "Missing supporting facts: high_qty, old_receipt, seasonal"),
                        List.of(
                                "Winner has 1.3 more total rule weight (2.0 vs 0.7)",
                                "Missing supporting facts: high_qty, old_receipt, count_shortage"),
                        List.of(
                                "Winner has 1.4 more total rule weight (2.0 vs 0.6)",
                                "Missing supporting facts: low_margin, on_order, cost_exceeds_retail"));
    }

    @Test
    void explainsCounterEvidence() {
        Diagnosis diagnosis =
                EvidenceScorer.scoreGroup(List.of(EnumSet.of(NEGATIVE_QTY, RECENT_RECEIPT)), ALL, STANDARD);

        assertThat(diagnosis.hypotheses().get(1).cause()).isEqualTo(Cause.THEFT);
        assertThat(diagnosis.hypotheses().get(1).whyLower())
                .containsExactly(
                        "Winner has 0.1 more total rule weight (0.7 vs 0.6)",
                        "Missing supporting facts: high_cost, low_margin, zero_sales",
                        "Counter-evidence: recent_receipt (-0.3)");
    }

    @Test
    void onlyConsidersMissingFactsTheTypeUses() {
        Set<Fact> used = EnumSet.of(HIGH_QTY, SEASONAL);

        Diagnosis diagnosis = EvidenceScorer.scoreGroup(List.of(EnumSet.of(HIGH_QTY, SEASONAL)), used, STANDARD);

        assertThat(diagnosis.hypotheses().get(1).cause()).isEqualTo(Cause.DEMAND_SHIFT);
        assertThat(diagnosis.hypotheses().get(1).whyLower()).containsExactly("Scored 0% lower");
        assertThat(diagnosis.hypotheses().get(2).whyLower())
                .containsExactly("Winner has 0.8 more total rule weight (1.1 vs 0.3)");
    }

    @Test
    void explainsOnlyRanksTwoToFour() {
        Diagnosis diagnosis =
                EvidenceScorer.scoreGroup(List.of(EnumSet.of(ZERO_SALES, HIGH_QTY, OLD_RECEIPT)), ALL, STANDARD);

        assertThat(diagnosis.hypotheses()).hasSize(5);
        assertThat(diagnosis.hypotheses().get(0).whyLower()).isEmpty();
        assertThat(diagnosis.hypotheses().subList(1, 4))
                .allSatisfy(hypothesis -> assertThat(hypothesis.whyLower()).isNotEmpty());
        assertThat(diagnosis.hypotheses().get(4).whyLower()).isEmpty();
    }

    /** engine.md §12.4 "Root causes of the selected groups". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "NEGATIVE_INVENTORY | negative_qty | theft .789352, inventory_drift .613941 | theft | 0.482382"
                        + " | 0.777778 | low_confidence",
                "MARGIN_EROSION | low_margin ; low_margin | margin_leak 1.367172, vendor_increase 1.093737,"
                        + " theft 0.683586, rebate_timing 0.683586 | margin_leak | 0.410152 | 0.800000"
                        + " | low_confidence",
                "VENDOR_SHORT_SHIP | damaged, on_order | quality_issue 0.932055, vendor_increase 0.186411"
                        + " | quality_issue | 0.838849 | 0.200000 | no",
                "DEAD_STOCK | zero_sales, old_receipt | demand_shift 0.883452, theft 0.331295,"
                        + " inventory_drift 0.331295 | demand_shift | 0.717805 | 0.375000 | no",
                "DEAD_STOCK | zero_sales, old_receipt ; zero_sales, old_receipt | demand_shift 1.766904,"
                        + " theft 0.662589, inventory_drift 0.662589 | demand_shift | 0.717805 | 0.375000 | no",
                "PATRONAGE_MISS | high_qty, old_receipt, seasonal | demand_shift 0.778208, rebate_timing 0.475571,"
                        + " inventory_drift 0.389104, quality_issue 0.129701 | demand_shift | 0.540422 | 0.611111"
                        + " | no",
            })
    void diagnosesTheSelectedGroupsOfTheMultiStoreFixture(
            LeakType type,
            String factsPerSku,
            String rankedScores,
            String top,
            double confidence,
            double ambiguity,
            String review) {
        List<Set<Fact>> skus = new ArrayList<>();
        for (String sku : factsPerSku.split(";")) {
            skus.add(facts(sku));
        }

        Diagnosis diagnosis = EvidenceScorer.scoreGroup(skus, EvidenceRules.usedBy(type), STANDARD);

        assertRanked(diagnosis, rankedScores);
        assertThat(diagnosis.hypotheses())
                .allSatisfy(hypothesis -> assertThat(hypothesis.evidenceCount()).isEqualTo(skus.size()));
        assertThat(diagnosis.rootCause()).isEqualTo(cause(top));
        assertThat(round6(diagnosis.confidence())).isEqualTo(confidence);
        assertThat(round6(diagnosis.ambiguity())).isEqualTo(ambiguity);
        assertThat(diagnosis.reviewReason()).isEqualTo(review.equals("no") ? Optional.empty() : Optional.of(review));
    }

    static Set<Fact> facts(String ids) {
        Set<Fact> facts = EnumSet.noneOf(Fact.class);
        Arrays.stream(ids.split(","))
                .map(String::trim)
                .filter(id -> !id.isEmpty())
                .map(id -> Fact.valueOf(id.toUpperCase(Locale.ROOT)))
                .forEach(facts::add);
        return facts;
    }

    static void assertRanked(Diagnosis diagnosis, String rankedScores) {
        List<Cause> causes = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        for (String entry : rankedScores.split(",")) {
            String[] parts = entry.trim().split("\\s+");
            if (parts.length == 2) {
                causes.add(Cause.valueOf(parts[0].toUpperCase(Locale.ROOT)));
                scores.add(Double.parseDouble(parts[1]));
            }
        }
        assertThat(diagnosis.hypotheses()).extracting(Hypothesis::cause).containsExactlyElementsOf(causes);
        assertThat(diagnosis.hypotheses())
                .extracting(hypothesis -> round6(hypothesis.score()))
                .containsExactlyElementsOf(scores);
    }

    static Optional<Cause> cause(String id) {
        return id.equals("none") ? Optional.empty() : Optional.of(Cause.valueOf(id.toUpperCase(Locale.ROOT)));
    }

    /** HALF_EVEN to 6 decimals on the exact binary value, as output is rounded (engine.md §0). */
    static double round6(double value) {
        return new BigDecimal(value).setScale(6, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** Equal to 6 decimals, as the acceptance tables are written. */
    static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(5e-7);
    }
}

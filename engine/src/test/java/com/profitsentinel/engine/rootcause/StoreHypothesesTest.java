package com.profitsentinel.engine.rootcause;

import static com.profitsentinel.engine.finding.Fact.HIGH_QTY;
import static com.profitsentinel.engine.finding.Fact.LOW_MARGIN;
import static com.profitsentinel.engine.finding.Fact.NEGATIVE_QTY;
import static com.profitsentinel.engine.finding.Fact.NEGATIVE_RETAIL;
import static com.profitsentinel.engine.finding.Fact.OLD_RECEIPT;
import static com.profitsentinel.engine.finding.Fact.RECENT_RECEIPT;
import static com.profitsentinel.engine.finding.Fact.ZERO_SALES;
import static com.profitsentinel.engine.rootcause.EvidenceScorerTest.assertRanked;
import static com.profitsentinel.engine.rootcause.EvidenceScorerTest.round6;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.profitsentinel.engine.finding.Fact;
import com.profitsentinel.engine.finding.LeakType;
import com.profitsentinel.engine.rule.Parameters;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Store-level hypotheses (engine.md §9.5) with the store-15 numbers of §12.4. */
class StoreHypothesesTest {
    private static final Parameters STANDARD = Parameters.standard();

    /**
     * The four store-15 groups with the facts true for their rows: ELC-5501 (q −120, s30 25, d_rcpt 10); HRD-4401 (q
     * 500 > 200, s30 0, d_rcpt 300, m = 2.13 / 10.63 ≥ 0.20); PNT-2001 in both MARGIN_EROSION and SHRINKAGE (m = 2.85 /
     * 97.85 ≈ 0.0291, c 95 ≤ 500, s30 8, d_rcpt 35).
     */
    private static List<GroupEvidence> store15() {
        return List.of(
                group(LeakType.NEGATIVE_INVENTORY, 3_840.00, EnumSet.of(NEGATIVE_QTY)),
                group(LeakType.DEAD_STOCK, 1_020.00, EnumSet.of(ZERO_SALES, HIGH_QTY, OLD_RECEIPT)),
                group(LeakType.MARGIN_EROSION, 3_014.16, EnumSet.of(LOW_MARGIN)),
                group(LeakType.SHRINKAGE, 570.00, EnumSet.of(LOW_MARGIN)));
    }

    private static GroupEvidence group(LeakType type, double impact, Set<Fact> facts) {
        Set<Fact> used = EvidenceRules.usedBy(type);
        return new GroupEvidence(impact, EvidenceScorer.scoreGroup(List.of(facts), used, STANDARD), used);
    }

    @Test
    void weighsGroupsByImpactForStore15() {
        Diagnosis store = EvidenceScorer.scoreStore(store15(), STANDARD);

        assertRanked(
                store,
                "theft 0.534052, inventory_drift 0.324216, margin_leak 0.290151, vendor_increase 0.232121,"
                        + " rebate_timing 0.165087, demand_shift 0.105058, quality_issue 0.015008");
        assertThat(store.hypotheses()).extracting(Hypothesis::evidenceCount).containsExactly(4, 2, 2, 2, 3, 1, 1);
        assertThat(round6(store.ambiguity())).isEqualTo(0.607087);
        assertThat(round6(store.confidence())).isEqualTo(0.371944);
        assertThat(store.support()).isEqualTo(store.hypotheses().get(0).score());
        assertThat(store.rootCause()).contains(Cause.THEFT);
        assertThat(store.reviewReason()).contains(EvidenceScorer.LOW_CONFIDENCE);
        assertThat(store.needsReview()).isTrue();
    }

    @Test
    void addsUpFactsAndSkusOverTheStore() {
        Diagnosis store = EvidenceScorer.scoreStore(store15(), STANDARD);

        assertThat(store.skusWithEvidence()).isEqualTo(4);
        assertThat(store.factsUsed())
                .containsExactly(
                        Map.entry(NEGATIVE_QTY, 1),
                        Map.entry(LOW_MARGIN, 2),
                        Map.entry(ZERO_SALES, 1),
                        Map.entry(HIGH_QTY, 1),
                        Map.entry(OLD_RECEIPT, 1));
        assertThat(store.agreement()).isEqualTo(0.25);
    }

    @Test
    void weighsGroupsEquallyWhenEveryImpactIsZero() {
        Diagnosis store = EvidenceScorer.scoreStore(
                List.of(
                        group(LeakType.NEGATIVE_INVENTORY, 0, EnumSet.of(NEGATIVE_QTY)),
                        group(LeakType.ZERO_COST, 0, EnumSet.of(NEGATIVE_RETAIL))),
                STANDARD);

        assertRanked(store, "pricing_error 0.500000, theft 0.394676, inventory_drift 0.306970");
    }

    @Test
    void leavesOutGroupsWithoutEvidence() {
        GroupEvidence noEvidence =
                new GroupEvidence(10_000, Diagnosis.none(), EvidenceRules.usedBy(LeakType.DEAD_STOCK));
        GroupEvidence negative = group(LeakType.NEGATIVE_INVENTORY, 100, EnumSet.of(NEGATIVE_QTY));

        Diagnosis store = EvidenceScorer.scoreStore(List.of(noEvidence, negative), STANDARD);

        assertThat(store).isEqualTo(EvidenceScorer.scoreStore(List.of(negative), STANDARD));
        assertThat(store.reviewReason()).contains(EvidenceScorer.LOW_CONFIDENCE);
    }

    @Test
    void groupWithOnlyCounterEvidenceStillWeighsButSupportsNothing() {
        Diagnosis store = EvidenceScorer.scoreStore(
                List.of(
                        group(LeakType.DEAD_STOCK, 500, EnumSet.of(RECENT_RECEIPT)),
                        group(LeakType.NEGATIVE_INVENTORY, 500, EnumSet.of(NEGATIVE_QTY))),
                STANDARD);

        assertRanked(store, "theft 0.394676, inventory_drift 0.306970");
        assertThat(store.agreement()).isEqualTo(0.5);
        assertThat(store.skusWithEvidence()).isEqualTo(2);
    }

    @Test
    void storeWithoutEvidenceHasNoDiagnosis() {
        assertThat(EvidenceScorer.scoreStore(List.of(), STANDARD)).isEqualTo(Diagnosis.none());
        Diagnosis counterOnly = EvidenceScorer.scoreStore(
                List.of(group(LeakType.DEAD_STOCK, 500, EnumSet.of(RECENT_RECEIPT))), STANDARD);
        assertThat(counterOnly.hypotheses()).isEmpty();
        assertThat(counterOnly.skusWithEvidence()).isEqualTo(1);
    }

    @Test
    void explainsLowerStoreHypothesesAgainstTheStoresFacts() {
        Diagnosis store = EvidenceScorer.scoreStore(store15(), STANDARD);

        assertThat(store.hypotheses().get(1).whyLower())
                .containsExactly(
                        "Winner has 0.4 more total rule weight (2.0 vs 1.6)",
                        "Missing supporting facts: count_shortage, unrecorded_receipt");
    }

    @Test
    void groupEvidenceRejectsANegativeImpact() {
        assertThatThrownBy(() -> new GroupEvidence(-1, Diagnosis.none(), Set.of()))
                .hasMessage("impact must be a finite number ≥ 0: -1.0");
        assertThatThrownBy(() -> new GroupEvidence(Double.POSITIVE_INFINITY, Diagnosis.none(), Set.of()))
                .hasMessage("impact must be a finite number ≥ 0: Infinity");
        assertThat(new GroupEvidence(0, Diagnosis.none(), Set.of()).relevantFacts())
                .isEmpty();
    }
}

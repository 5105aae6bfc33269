package com.profitsentinel.engine.rootcause;

import static com.profitsentinel.engine.finding.Fact.COST_EXCEEDS_RETAIL;
import static com.profitsentinel.engine.finding.Fact.LOW_MARGIN;
import static com.profitsentinel.engine.finding.Fact.NEGATIVE_QTY;
import static com.profitsentinel.engine.finding.Fact.OLD_RECEIPT;
import static com.profitsentinel.engine.finding.Fact.RECENT_RECEIPT;
import static com.profitsentinel.engine.finding.Fact.ZERO_SALES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.profitsentinel.engine.finding.Fact;
import com.profitsentinel.engine.finding.LeakType;
import com.profitsentinel.engine.rule.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Proof trees (engine.md §9.7). */
class ProofTreeTest {
    private static final Parameters STANDARD = Parameters.standard();

    private static ProofNode tree(List<SkuFacts> skus, Set<Fact> factsUsed) {
        List<Set<Fact>> facts =
                skus.stream().map(sku -> sku.observed().keySet()).toList();
        return EvidenceScorer.proofTree(
                EvidenceScorer.scoreGroup(facts, factsUsed, STANDARD), skus, factsUsed, STANDARD);
    }

    /** store-3 DEAD_STOCK of §12.4: FLR-0501 and FLR-0502, both unsold and long unreceived. */
    private static ProofNode store3DeadStock() {
        return tree(
                List.of(
                        new SkuFacts("FLR-0501", Map.of(ZERO_SALES, "0", OLD_RECEIPT, "220")),
                        new SkuFacts("FLR-0502", Map.of(ZERO_SALES, "0", OLD_RECEIPT, "195"))),
                EvidenceRules.usedBy(LeakType.DEAD_STOCK));
    }

    @Test
    void concludesWithTheRootCauseAndTheGroupConfidence() {
        ProofNode root = store3DeadStock();

        assertThat(root.kind()).isEqualTo("conclusion");
        assertThat(root.statement()).isEqualTo("Root cause: Demand Shift");
        assertThat(root.confidence()).isCloseTo(0.717805, EvidenceScorerTest.within());
        assertThat(root.weight()).isNaN();
        assertThat(root.value()).isEmpty();
    }

    @Test
    void listsOneCauseNodePerHypothesisInRankOrder() {
        ProofNode root = store3DeadStock();

        assertThat(root.children()).extracting(ProofNode::kind).containsOnly("cause");
        assertThat(root.children())
                .extracting(ProofNode::statement)
                .containsExactly(
                        "#1 Demand Shift: score 1.7669 from 2 SKU(s)",
                        "#2 Theft / Shrinkage: score 0.6626 from 2 SKU(s)",
                        "#3 Inventory Drift: score 0.6626 from 2 SKU(s)");
    }

    @Test
    void showsEachRuleWithItsFactConditionAndObservedValues() {
        ProofNode demandShift = store3DeadStock().children().get(0);

        assertThat(demandShift.children())
                .extracting(ProofNode::kind, ProofNode::statement, ProofNode::weight)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("rule", "zero_sales supports Demand Shift (+0.9)", 0.9),
                        org.assertj.core.groups.Tuple.tuple("rule", "old_receipt supports Demand Shift (+0.7)", 0.7));
        ProofNode zeroSales = demandShift.children().get(0).children().get(0);
        assertThat(zeroSales.kind()).isEqualTo("fact");
        assertThat(zeroSales.statement()).isEqualTo("zero_sales: sales_30d < 0.005");
        assertThat(zeroSales.value()).isEqualTo("FLR-0501 = 0, FLR-0502 = 0");
        assertThat(zeroSales.children()).isEmpty();
        assertThat(demandShift.children().get(1).children().get(0).value()).isEqualTo("FLR-0501 = 220, FLR-0502 = 195");
    }

    @Test
    void showsCounterEvidenceWithItsNegativeWeight() {
        ProofNode root = tree(
                List.of(new SkuFacts("ELC-4401", Map.of(NEGATIVE_QTY, "-47", RECENT_RECEIPT, "3"))),
                EvidenceRules.allFacts());

        ProofNode theft = root.children().get(1);
        assertThat(theft.statement()).isEqualTo("#2 Theft / Shrinkage: score 0.5970 from 1 SKU(s)");
        assertThat(theft.children())
                .extracting(ProofNode::statement)
                .containsExactly(
                        "negative_qty supports Theft / Shrinkage (+0.9)",
                        "recent_receipt is counter-evidence for Theft / Shrinkage (-0.3)");
        assertThat(theft.children().get(1).weight()).isEqualTo(-0.3);
        assertThat(theft.children().get(1).children().get(0).statement())
                .isEqualTo("recent_receipt: days_since_receipt ≤ 7");
    }

    @Test
    void saysNoRootCauseWhenConfidenceIsTooLow() {
        ProofNode root = tree(
                List.of(new SkuFacts("X-1", Map.of(COST_EXCEEDS_RETAIL, "cost 12 > retail 10"))),
                EvidenceRules.allFacts());

        assertThat(root.statement()).isEqualTo("No root cause named");
        assertThat(root.children()).hasSize(3);
    }

    @Test
    void hidesFactsTheTypeDoesNotUse() {
        ProofNode root = tree(
                List.of(new SkuFacts("PNT-1001", Map.of(LOW_MARGIN, "0.0476", ZERO_SALES, "0"))),
                EvidenceRules.usedBy(LeakType.MARGIN_EROSION));

        assertThat(root.children().get(0).children())
                .extracting(ProofNode::statement)
                .containsExactly("low_margin supports Margin Leak (+1.0)");
    }

    @Test
    void showsAtMostTenSkuValuesThenHowManyMore() {
        List<SkuFacts> skus = new ArrayList<>();
        for (int number = 1; number <= 12; number++) {
            skus.add(new SkuFacts("SKU-" + number, Map.of(ZERO_SALES, "0")));
        }

        ProofNode fact = tree(skus, EvidenceRules.allFacts())
                .children()
                .get(0)
                .children()
                .get(0)
                .children()
                .get(0);

        assertThat(fact.value()).startsWith("SKU-1 = 0, SKU-2 = 0").endsWith("SKU-10 = 0, +2 more");
    }

    @Test
    void treeOfADiagnosisWithoutHypothesesIsJustTheConclusion() {
        ProofNode root = EvidenceScorer.proofTree(Diagnosis.none(), List.of(), EvidenceRules.allFacts(), STANDARD);

        assertThat(root.statement()).isEqualTo("No root cause named");
        assertThat(root.confidence()).isZero();
        assertThat(root.children()).isEmpty();
    }

    @Test
    void nodeRejectsAnUnknownKind() {
        assertThatThrownBy(() -> new ProofNode("guess", "x", Double.NaN, Double.NaN, "", List.of()))
                .hasMessage("kind must be conclusion, cause, rule or fact: guess");
    }

    @Test
    void skuFactsKeepTheirObservedValuesInFactOrder() {
        SkuFacts sku = new SkuFacts("A", Map.of(OLD_RECEIPT, "220", ZERO_SALES, "0"));

        assertThat(sku.observed().keySet()).containsExactly(ZERO_SALES, OLD_RECEIPT);
        assertThat(new SkuFacts("B", Map.of()).observed()).isEmpty();
    }
}

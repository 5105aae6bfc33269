package com.profitsentinel.engine.rootcause;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.profitsentinel.engine.finding.Fact;
import com.profitsentinel.engine.finding.LeakType;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvidenceRulesTest {
    /** engine.md §9.2 as written: fact, then the eight causes in tie-break order; "." is a blank cell. */
    private static final List<String> SPEC_TABLE = List.of(
            "negative_qty           0.9  .    .    .    .    .    .    0.7",
            "high_cost              0.5  0.6  .    .    .    .    .    .",
            "low_margin             0.5  0.8  0.5  1.0  .    .    .    .",
            "zero_sales             0.6  .    .    .    0.9  .    .    .",
            "high_qty               .    .    0.4  .    0.5  0.3  .    0.3",
            "recent_receipt         -0.3 .    .    .    -0.4 .    .    .",
            "old_receipt            .    .    .    .    0.7  .    .    0.6",
            "negative_retail        .    .    .    .    .    .    1.0  .",
            "damaged                -0.4 .    .    .    .    1.0  .    -0.3",
            "on_order               .    0.3  .    .    .    0.5  .    .",
            "seasonal               .    .    0.7  .    0.6  .    .    .",
            "zero_cost              .    .    .    0.4  .    .    1.0  .",
            "cost_exceeds_retail    .    0.9  .    0.9  .    .    0.9  .",
            "count_shortage         0.8  .    .    .    .    .    .    0.7",
            "vendor_short_shipped   .    .    .    .    .    0.8  .    0.3",
            "cost_increase          .    1.0  .    0.5  .    .    .    .",
            "below_suggested_retail .    .    .    0.6  .    .    0.8  .",
            "unrecorded_receipt     -0.5 .    .    .    .    .    .    1.0");

    @Test
    void weightsMatchTheSpecTableCellByCell() {
        assertThat(SPEC_TABLE).hasSize(Fact.values().length);
        for (int row = 0; row < SPEC_TABLE.size(); row++) {
            String[] cells = SPEC_TABLE.get(row).trim().split("\\s+");
            Fact fact = Fact.values()[row];
            assertThat(cells[0]).isEqualTo(fact.id());
            for (int column = 0; column < Cause.values().length; column++) {
                Cause cause = Cause.values()[column];
                double expected = cells[column + 1].equals(".") ? 0 : Double.parseDouble(cells[column + 1]);
                assertThat(EvidenceRules.weight(fact, cause))
                        .as("W[%s][%s]", fact.id(), cause.id())
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void listsTheRulesInTableOrderWithTheReferenceThirtyOneFirst() {
        List<EvidenceRule> rules = EvidenceRules.all();

        assertThat(rules).hasSize(41);
        assertThat(rules.stream().filter(rule -> rule.fact().compareTo(Fact.COUNT_SHORTAGE) < 0))
                .hasSize(31);
        assertThat(rules)
                .isSortedAccordingTo((left, right) -> left.fact() != right.fact()
                        ? left.fact().compareTo(right.fact())
                        : left.cause().compareTo(right.cause()));
    }

    @Test
    void everyRuleExplainsItselfInOneDistinctLine() {
        Set<String> rationales =
                EvidenceRules.all().stream().map(EvidenceRule::rationale).collect(Collectors.toSet());

        assertThat(rationales).hasSize(EvidenceRules.all().size());
        assertThat(rationales).allSatisfy(line -> assertThat(line).doesNotContain("\n"));
        assertThat(EvidenceRules.rule(Fact.NEGATIVE_QTY, Cause.THEFT))
                .map(EvidenceRule::rationale)
                .contains("negative on-hand with no explanation is the classic sign of theft");
        assertThat(EvidenceRules.rule(Fact.RECENT_RECEIPT, Cause.THEFT))
                .map(EvidenceRule::rationale)
                .contains("recent receipt makes a receiving error more likely than theft");
    }

    @Test
    void blankCellHasNoRuleAndWeighsNothing() {
        assertThat(EvidenceRules.rule(Fact.NEGATIVE_RETAIL, Cause.THEFT)).isEmpty();
        assertThat(EvidenceRules.weight(Fact.NEGATIVE_RETAIL, Cause.THEFT)).isZero();
    }

    @Test
    void negativeWeightIsCounterEvidence() {
        assertThat(EvidenceRules.rule(Fact.DAMAGED, Cause.THEFT))
                .hasValueSatisfying(rule -> assertThat(rule.supports()).isFalse());
        assertThat(EvidenceRules.rule(Fact.DAMAGED, Cause.QUALITY_ISSUE))
                .hasValueSatisfying(rule -> assertThat(rule.supports()).isTrue());
    }

    @Test
    void ruleRejectsAZeroOrNonFiniteWeightAndABlankRationale() {
        assertThatThrownBy(() -> new EvidenceRule(Fact.DAMAGED, Cause.THEFT, 0, "why"))
                .hasMessage("weight must be finite and not 0: 0.0");
        assertThatThrownBy(() -> new EvidenceRule(Fact.DAMAGED, Cause.THEFT, Double.NaN, "why"))
                .hasMessage("weight must be finite and not 0: NaN");
        assertThatThrownBy(() -> new EvidenceRule(Fact.DAMAGED, Cause.THEFT, 0.5, " "))
                .hasMessage("rationale is blank");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "NEGATIVE_INVENTORY | negative_qty, zero_sales, high_cost, recent_receipt, old_receipt, damaged, on_order,"
                        + " count_shortage, unrecorded_receipt",
                "DEAD_STOCK         | zero_sales, old_receipt, recent_receipt, high_qty, seasonal, on_order, damaged",
                "MARGIN_EROSION     | low_margin, high_cost, cost_exceeds_retail, cost_increase, below_suggested_retail,"
                        + " seasonal, on_order",
                "BELOW_COST         | low_margin, high_cost, cost_exceeds_retail, cost_increase, below_suggested_retail,"
                        + " seasonal, on_order",
                "ZERO_COST          | zero_cost, negative_retail, recent_receipt, on_order",
                "PRICE_DISCREPANCY  | below_suggested_retail, low_margin, cost_exceeds_retail, zero_cost, cost_increase",
                "OVERSTOCK          | high_qty, zero_sales, old_receipt, recent_receipt, on_order, damaged",
                "LOW_STOCK          | on_order, vendor_short_shipped, old_receipt, seasonal",
                "SHRINKAGE          | count_shortage, negative_qty, high_cost, low_margin, zero_sales, damaged,"
                        + " recent_receipt, old_receipt",
                "RECEIVING_GAP      | unrecorded_receipt, negative_qty, on_order, recent_receipt",
                "VENDOR_SHORT_SHIP  | damaged, on_order, vendor_short_shipped, high_qty, cost_increase",
                "PURCHASING_LEAKAGE | high_cost, low_margin, cost_increase, cost_exceeds_retail, on_order",
                "PATRONAGE_MISS     | high_qty, seasonal, zero_sales, old_receipt, on_order",
                "DATA_QUALITY       | zero_cost, negative_retail, cost_exceeds_retail, negative_qty",
            })
    void usesOnlyTheFactsRelevantToTheLeakType(LeakType type, String facts) {
        Set<Fact> expected = EnumSet.noneOf(Fact.class);
        Arrays.stream(facts.split(",\\s*"))
                .map(id -> Fact.valueOf(id.toUpperCase(Locale.ROOT)))
                .forEach(expected::add);

        assertThat(EvidenceRules.usedBy(type)).containsExactlyElementsOf(expected);
    }

    @Test
    void legacyDiagnosisUsesAllEighteenFactsInTableOrder() {
        assertThat(EvidenceRules.allFacts()).containsExactly(Fact.values());
    }
}

package com.profitsentinel.app.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.profitsentinel.engine.finding.Fact;
import com.profitsentinel.engine.finding.LeakType;
import com.profitsentinel.engine.rootcause.Cause;
import com.profitsentinel.engine.rootcause.SkuFacts;
import com.profitsentinel.engine.rule.Parameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Explanations from evidence, and "why" goals (api.md §5.5). */
class ExplainerTest {
    /** The hammer of the Paladin sample: cost $24.63 above retail $21.99. */
    private static final Explanation HAMMER = Explainer.explain(
            LeakType.BELOW_COST,
            List.of(new SkuFacts(
                    "0070125",
                    Map.of(
                            Fact.LOW_MARGIN,
                            "-0.120055",
                            Fact.COST_EXCEEDS_RETAIL,
                            "unit_cost = 24.63, retail_price = 21.99"))),
            Parameters.standard());

    @Test
    void theEvidenceIsScoredAsAGroupAndTheProofTreeConcludesWithTheRootCause() {
        assertThat(HAMMER.diagnosis().rootCause()).contains(Cause.MARGIN_LEAK);
        assertThat(HAMMER.proofTree().statement()).isEqualTo("Root cause: Margin Leak");
        assertThat(HAMMER.proofTree().children().get(0).statement())
                .isEqualTo("#1 Margin Leak: score 0.6799 from 1 SKU(s)");
        assertThat(Explainer.node(HAMMER.proofTree()))
                .containsEntry("kind", "conclusion")
                .containsKey("children");
    }

    @Test
    void causesAreNamedByIdOrCamelCaseAndFactsByIdInAnyCase() {
        assertThat(Explainer.cause("margin_leak")).contains(Cause.MARGIN_LEAK);
        assertThat(Explainer.cause("MarginLeak")).contains(Cause.MARGIN_LEAK);
        assertThat(Explainer.cause("aliens")).isEmpty();
        assertThat(Explainer.fact("NEGATIVE_QTY")).contains(Fact.NEGATIVE_QTY);
        assertThat(Explainer.kind("BELOW_COST")).contains(LeakType.BELOW_COST);
        assertThat(Explainer.kind("dead_item")).isPresent();
        assertThat(Explainer.bare("qty_on_hand = -47")).isEqualTo("-47");
        assertThat(Explainer.bare("unit_cost = 24.63, retail_price = 21.99"))
                .isEqualTo("unit_cost = 24.63, retail_price = 21.99");
    }

    @Test
    void whyACauseHoldsListsItsRulesAndTheirObservedFacts() {
        Map<String, Object> answer = Explainer.why(HAMMER, "root_cause(MarginLeak)");

        assertThat(answer).containsEntry("goal", "cause(margin_leak)").containsEntry("holds", true);
        List<?> steps = (List<?>) answer.get("steps");
        assertThat(steps).hasSize(5);
        assertThat(step(steps, 1))
                .containsEntry("kind", "rule")
                .containsEntry("statement", "low_margin supports Margin Leak (+1)");
        assertThat(step(steps, 2)).containsEntry("value", "0070125 = -0.120055");
    }

    @Test
    void aFactThatHoldsForNoSkuDoesNotHoldAndStillListsTheRulesItFeeds() {
        Map<String, Object> answer = Explainer.why(HAMMER, "fact(negative_qty)");

        assertThat(answer).containsEntry("holds", false);
        List<?> steps = (List<?>) answer.get("steps");
        assertThat(step(steps, 0)).containsEntry("kind", "fact").doesNotContainKey("value");
        assertThat(steps.size()).isGreaterThan(1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> step(List<?> steps, int index) {
        return (Map<String, Object>) steps.get(index);
    }

    @Test
    void goalsThatDoNotParseOrNameUnknownThingsAreRefused() {
        assertThatThrownBy(() -> Explainer.why(HAMMER, "because"))
                .isInstanceOf(Explainer.UnknownGoalException.class)
                .hasMessageContaining("cause(<cause>) or fact(<fact>)");
        assertThatThrownBy(() -> Explainer.why(HAMMER, "cause(aliens)"))
                .isInstanceOf(Explainer.UnknownGoalException.class)
                .hasMessageContaining("aliens");
        assertThatThrownBy(() -> Explainer.why(HAMMER, "fact(tuesday)"))
                .isInstanceOf(Explainer.UnknownGoalException.class);
    }
}

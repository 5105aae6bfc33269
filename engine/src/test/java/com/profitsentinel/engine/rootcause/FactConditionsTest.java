package com.profitsentinel.engine.rootcause;

import static org.assertj.core.api.Assertions.assertThat;

import com.profitsentinel.engine.finding.Fact;
import com.profitsentinel.engine.rule.Parameters;
import com.profitsentinel.engine.rule.Preset;
import org.junit.jupiter.api.Test;

class FactConditionsTest {
    private static final Parameters STANDARD = Parameters.standard();

    @Test
    void writesEpsilonConditionsAsInTheSpecExample() {
        assertThat(FactConditions.condition(Fact.ZERO_SALES, STANDARD)).isEqualTo("sales_30d < 0.005");
        assertThat(FactConditions.condition(Fact.NEGATIVE_QTY, STANDARD)).isEqualTo("qty_on_hand ≤ -0.005");
        assertThat(FactConditions.condition(Fact.ON_ORDER, STANDARD)).isEqualTo("qty_on_order ≥ 0.005");
    }

    @Test
    void showsTheThresholdsInForceWithoutTrailingZeros() {
        assertThat(FactConditions.condition(Fact.HIGH_COST, STANDARD)).isEqualTo("unit_cost > 500");
        assertThat(FactConditions.condition(Fact.LOW_MARGIN, STANDARD)).isEqualTo("margin < 0.2");
        assertThat(FactConditions.condition(Fact.OLD_RECEIPT, STANDARD)).isEqualTo("days_since_receipt > 90");
        assertThat(FactConditions.condition(Fact.HIGH_QTY, STANDARD)).isEqualTo("qty_on_hand > 200");
        assertThat(FactConditions.condition(Fact.BELOW_SUGGESTED_RETAIL, STANDARD))
                .isEqualTo("(suggested_retail - retail_price) / suggested_retail > 0.2");
    }

    @Test
    void followsThePreset() {
        Parameters conservative = Parameters.of(Preset.CONSERVATIVE);

        assertThat(FactConditions.condition(Fact.LOW_MARGIN, conservative)).isEqualTo("margin < 0.15");
        assertThat(FactConditions.condition(Fact.OLD_RECEIPT, conservative)).isEqualTo("days_since_receipt > 180");
        assertThat(FactConditions.condition(Fact.UNRECORDED_RECEIPT, conservative))
                .isEqualTo("a PO line shipped 7 to 60 days ago has no receipt recorded");
    }

    @Test
    void everyFactHasACondition() {
        for (Fact fact : Fact.values()) {
            assertThat(FactConditions.condition(fact, STANDARD)).as(fact.id()).isNotBlank();
        }
    }
}

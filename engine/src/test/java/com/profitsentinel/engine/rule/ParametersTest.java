package com.profitsentinel.engine.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** engine.md §6.1: presets, overrides, resolution order and the validation of overrides. */
class ParametersTest {

    private static Parameters store(String name, double value) {
        return Parameters.of(Preset.STANDARD, Map.of(name, value), Map.of(), Map.of());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            conservative | dead_stock_days   | 180
            standard     | dead_stock_days   | 90
            aggressive   | dead_stock_days   | 60
            conservative | margin_floor      | 0.15
            aggressive   | safety_days       | 7
            standard     | negative_min_units | 0
            conservative | negative_min_units | 3
            """)
    void takesEachPresetsValues(String preset, String parameter, double expected) {
        Parameters parameters = Parameters.of(Preset.byId(preset).orElseThrow());
        assertThat(parameters.get(Parameter.byId(parameter).orElseThrow())).isEqualTo(expected);
        assertThat(parameters.preset().id()).isEqualTo(preset);
        assertThat(parameters.effective()).containsEntry(parameter, expected);
    }

    @Test
    void resolvesVendorThenCategoryThenStoreThenPreset() {
        Parameters parameters = Parameters.of(
                Preset.STANDARD,
                Map.of("dead_stock_days", 120.0, "lead_time_days", 10.0),
                Map.of("Lumber", Map.of("dead_stock_days", 200.0), "Paint", Map.of("safety_days", 0.0)),
                Map.of("Orgill", 4.0));

        assertThat(parameters.get(Parameter.DEAD_STOCK_DAYS)).isEqualTo(120);
        assertThat(parameters.get(Parameter.DEAD_STOCK_DAYS, " lumber ", "", ""))
                .isEqualTo(200);
        assertThat(parameters.get(Parameter.DEAD_STOCK_DAYS, "Tools", "LUMBER", ""))
                .isEqualTo(200);
        assertThat(parameters.get(Parameter.DEAD_STOCK_DAYS, "Tools", "Hand Tools", ""))
                .isEqualTo(120);
        assertThat(parameters.get(Parameter.SAFETY_DAYS, "paint", "", "")).isZero();
        assertThat(parameters.get(Parameter.DEAD_STOCK_DAYS, "Paint", "", "")).isEqualTo(120);
        assertThat(parameters.get(Parameter.LEAD_TIME_DAYS, "", "", "ORGILL")).isEqualTo(4);
        assertThat(parameters.get(Parameter.LEAD_TIME_DAYS, "", "", "Ace")).isEqualTo(10);
        assertThat(parameters.get(Parameter.LEAD_TIME_DAYS, "", "", "")).isEqualTo(10);
        assertThat(parameters.get(Parameter.MARGIN_MISMATCH_TOLERANCE, "Lumber", "", "Orgill"))
                .isEqualTo(0.05);
        assertThat(parameters.hasItemOverrides()).isTrue();
        assertThat(Parameters.standard().hasItemOverrides()).isFalse();
        assertThat(Parameters.standard().get(Parameter.DEAD_STOCK_DAYS, "Lumber", "", "Orgill"))
                .isEqualTo(90);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            no_such_threshold    | 1     | Parameter "no_such_threshold" is not a parameter.
            velocity_window_days | 14    | Parameter "velocity_window_days" is fixed and cannot be overridden.
            margin_floor         | 1.0   | Parameter "margin_floor" must be at least 0 and below 1, not 1.0.
            margin_floor         | -0.1  | Parameter "margin_floor" must be at least 0 and below 1, not -0.1.
            dead_stock_days      | 0     | Parameter "dead_stock_days" must be a whole number of days from 1 to 3650, not 0.0.
            dead_stock_days      | 90.5  | Parameter "dead_stock_days" must be a whole number of days from 1 to 3650, not 90.5.
            dead_stock_days      | 3651  | Parameter "dead_stock_days" must be a whole number of days from 1 to 3650, not 3651.0.
            safety_days          | -1    | Parameter "safety_days" must be a whole number of days from 0 to 3650, not -1.0.
            proxy_impact_cap     | -5    | Parameter "proxy_impact_cap" must be 0 or more, not -5.0.
            overstock_months     | -1    | Parameter "overstock_months" must be 0 or more, not -1.0.
            digest_top_k         | 101   | Parameter "digest_top_k" must be a whole number from 1 to 100, not 101.0.
            max_rejected_rows    | 0     | Parameter "max_rejected_rows" must be a whole number of at least 1, not 0.0.
            margin_floor         | 0.40  | Parameter "margin_floor" must be below target_margin (store: 0.4 ≥ 0.35).
            margin_critical      | 0.25  | Parameter "margin_critical" must be below margin_floor (store: 0.25 ≥ 0.2).
            dead_stock_action_days | 400 | Parameter "dead_stock_action_days" must not exceed dead_stock_write_off_days (store: 400.0 > 360.0).
            """)
    void rejectsAnInvalidOverrideNamingTheParameter(String name, double value, String message) {
        assertThatThrownBy(() -> store(name, value))
                .isInstanceOfSatisfying(ProfitSentinelException.class, error -> {
                    assertThat(error.code()).isEqualTo(ErrorCode.INVALID_PARAMETER);
                    assertThat(error.details()).containsEntry("parameter", name);
                })
                .hasMessage(message);
    }

    @Test
    void acceptsTheConservativeDeadStockDaysEqualToTheActionDays() {
        Parameters parameters = store("dead_stock_days", 180);
        assertThat(parameters.get(Parameter.DEAD_STOCK_DAYS))
                .isEqualTo(parameters.get(Parameter.DEAD_STOCK_ACTION_DAYS));
    }

    @Test
    void validatesCategoryOverridesAndVendorLeadTimes() {
        assertThatThrownBy(() -> Parameters.of(
                        Preset.STANDARD, Map.of(), Map.of("Lumber", Map.of("carrying_cost_monthly", 0.03)), Map.of()))
                .hasMessage("Parameter \"carrying_cost_monthly\" cannot be set per category.");
        assertThatThrownBy(() -> Parameters.of(
                        Preset.STANDARD, Map.of(), Map.of("Lumber", Map.of("margin_floor", 0.36)), Map.of()))
                .hasMessage(
                        "Parameter \"margin_floor\" must be below target_margin (category \"Lumber\": 0.36 ≥ 0.35).");
        assertThatThrownBy(() -> Parameters.of(Preset.STANDARD, Map.of(), Map.of(), Map.of("Orgill", 0.0)))
                .hasMessage("Parameter \"lead_time_days\" must be a whole number of days from 1 to 3650, not 0.0.");
    }
}

package com.profitsentinel.engine.rules.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The per-item impacts of engine.md §5.7 and their caps, both sides of every condition. */
class LegacyImpactTest {
    private static LegacyFields fields(double q, double c, double r, double s) {
        return new LegacyFields(q, c, r, s, 0, 0, 0, 0);
    }

    private static LegacyFields fields(double q, double c, double r, double s, double difference, double suggested) {
        return new LegacyFields(q, c, r, s, 0, 0, difference, suggested);
    }

    @Test
    void highMarginLeakChargesTheGapToThirtyPercentOnEveryUnitSold() {
        HighMarginLeakRule rule = new HighMarginLeakRule();

        assertThat(rule.cappedImpact(fields(10, 80, 60, 3))).isCloseTo(114.0, within(1e-9));
        assertThat(rule.cappedImpact(fields(20, 8.5, 10, 0))).isCloseTo(1.5, within(1e-9));
        assertThat(rule.cappedImpact(fields(20, 6, 10, 5))).isZero();
        assertThat(rule.cappedImpact(fields(20, 0, 10, 5))).isZero();
        assertThat(rule.cappedImpact(fields(20, 8, 0, 5))).isZero();
        assertThat(rule.cappedImpact(fields(20, 900, 1000, 1000))).isEqualTo(5000.0);
    }

    @Test
    void negativeInventoryIsTheValueAtCostWithoutACap() {
        NegativeInventoryRule rule = new NegativeInventoryRule();

        assertThat(rule.cappedImpact(fields(-47, 23.5, 31.73, 10))).isEqualTo(1104.5);
        assertThat(rule.cappedImpact(fields(-5000, 900, 1000, 0))).isEqualTo(4_500_000.0);
    }

    @Test
    void lowStockIsFiveTimesTheUnitMargin() {
        LowStockRule rule = new LowStockRule();

        assertThat(rule.cappedImpact(fields(2, 6, 10, 40))).isEqualTo(20.0);
        assertThat(rule.cappedImpact(fields(2, 12, 10, 40))).isEqualTo(15.0);
        assertThat(rule.cappedImpact(fields(0, 6, 10, 40))).isZero();
        assertThat(rule.cappedImpact(fields(10, 6, 10, 40))).isZero();
        assertThat(rule.cappedImpact(fields(2, 0, 1000, 40))).isEqualTo(2000.0);
    }

    @Test
    void deadItemIsAFifthOfTheValueAtCost() {
        DeadItemRule rule = new DeadItemRule();

        assertThat(rule.cappedImpact(fields(150, 3, 5, 0))).isEqualTo(90.0);
        assertThat(rule.cappedImpact(fields(0, 3, 5, 0))).isZero();
        assertThat(rule.cappedImpact(fields(3000, 20, 30, 0))).isEqualTo(5000.0);
    }

    @Test
    void overstockCarriesTheUnitsAboveThirty() {
        OverstockRule rule = new OverstockRule();

        assertThat(rule.cappedImpact(fields(100, 50, 52, 2))).isCloseTo(58.45, within(1e-9));
        assertThat(rule.cappedImpact(fields(20, 50, 52, 0))).isZero();
        assertThat(rule.cappedImpact(fields(3000, 20, 30, 0))).isCloseTo(991.98, within(1e-9));
        assertThat(rule.cappedImpact(fields(100_000, 20, 30, 0))).isEqualTo(2000.0);
    }

    @Test
    void shrinkagePatternValuesTheMissingUnits() {
        ShrinkagePatternRule rule = new ShrinkagePatternRule();

        assertThat(rule.cappedImpact(fields(100, 50, 52, 2, -4, 0))).isEqualTo(200.0);
        assertThat(rule.cappedImpact(fields(100, 50, 52, 2, 4, 0))).isZero();
        assertThat(rule.cappedImpact(fields(100, 50, 52, 2, -100, 0))).isEqualTo(2000.0);
    }

    @Test
    void marginErosionChargesTheGapToTwentyFivePercentOnce() {
        MarginErosionRule rule = new MarginErosionRule();

        assertThat(rule.cappedImpact(fields(10, 80, 60, 3))).isCloseTo(35.0, within(1e-9));
        assertThat(rule.cappedImpact(fields(10, 70, 100, 3))).isZero();
        assertThat(rule.cappedImpact(fields(10, 0, 100, 3))).isZero();
        assertThat(rule.cappedImpact(fields(10, 80, 0, 3))).isZero();
        assertThat(rule.cappedImpact(fields(10, 1_000_000, 10, 3))).isEqualTo(5000.0);
    }

    @Test
    void priceDiscrepancyUsesSuggestedRetail() {
        PriceDiscrepancyRule rule = new PriceDiscrepancyRule();

        assertThat(rule.cappedImpact(fields(10, 80, 60, 3, 0, 99))).isEqualTo(117.0);
        assertThat(rule.cappedImpact(fields(10, 80, 60, 0, 0, 99))).isEqualTo(39.0);
        assertThat(rule.cappedImpact(fields(10, 80, 60, 3, 0, 0))).isZero();
        assertThat(rule.cappedImpact(fields(10, 80, 0, 3, 0, 99))).isZero();
        assertThat(rule.cappedImpact(fields(10, 80, 99, 3, 0, 99))).isZero();
        assertThat(rule.cappedImpact(fields(10, 80, 60, 1000, 0, 99))).isEqualTo(2000.0);
    }

    @Test
    void zeroCostAnomalyIsATenthOfRetail() {
        ZeroCostAnomalyRule rule = new ZeroCostAnomalyRule();

        assertThat(rule.cappedImpact(fields(20, 0, 50, 5))).isEqualTo(5.0);
        assertThat(rule.cappedImpact(fields(20, 0, 30_000, 5))).isEqualTo(2000.0);
    }

    @Test
    void negativeProfitChargesTheLossOnEveryUnitSold() {
        NegativeProfitRule rule = new NegativeProfitRule();

        assertThat(rule.cappedImpact(fields(10, 80, 60, 3))).isEqualTo(60.0);
        assertThat(rule.cappedImpact(fields(10, 80, 60, 0))).isEqualTo(20.0);
        assertThat(rule.cappedImpact(fields(10, 60, 80, 3))).isZero();
        assertThat(rule.cappedImpact(fields(10, 10_000, 60, 3))).isEqualTo(5000.0);
    }

    @Test
    void severeInventoryDeficitChargesTheUnitMarginOnATenthOfSales() {
        SevereInventoryDeficitRule rule = new SevereInventoryDeficitRule();

        assertThat(rule.cappedImpact(fields(2, 6, 10, 60))).isCloseTo(24.0, within(1e-9));
        assertThat(rule.cappedImpact(fields(4, 0, 25, 101))).isCloseTo(252.5, within(1e-9));
        assertThat(rule.cappedImpact(fields(2, 6, 10, 10_000))).isEqualTo(200.0);
        assertThat(rule.cappedImpact(fields(2, 0, 1000, 10_000))).isEqualTo(2000.0);
    }
}

package com.profitsentinel.engine.rules.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The per-item context sentences of engine.md §5.5, one per template, with the exact formatting. */
class LegacyContextTest {
    private static LegacyFields fields(double q, double c, double r, double s, double mf, double st) {
        return new LegacyFields(q, c, r, s, mf, st, 0, 0);
    }

    @Test
    void highMarginLeakWithCostAndPrice() {
        assertThat(new HighMarginLeakRule().context(fields(20, 8.50, 10, 5, 15, 170)))
                .isEqualTo("Margin is only 15.0% (cost $8.50, retail $10.00). On hand: 20, sold: 5."
                        + " Consider repricing or reviewing vendor costs.");
    }

    @Test
    void highMarginLeakFromTheMarginField() {
        assertThat(new HighMarginLeakRule().context(fields(20, 0, 0, 5, 12, 0)))
                .isEqualTo("Low margin recorded (12.0%). On hand: 20, sold: 5.");
        assertThat(new HighMarginLeakRule().context(fields(20, 5, 0, 5, 12.25, 0)))
                .isEqualTo("Low margin recorded (12.2%). On hand: 20, sold: 5.");
    }

    @Test
    void negativeInventory() {
        assertThat(new NegativeInventoryRule().context(fields(-47, 23.50, 31.73, 10, 25.9, -1104.5)))
                .isEqualTo("System shows -47 units on hand (negative). Value at cost: $1,104.50. Possible"
                        + " overselling, theft, or an unrecorded receipt; count this item.");
    }

    @Test
    void lowStock() {
        assertThat(new LowStockRule().context(fields(2, 6, 10, 40, 40, 12)))
                .isEqualTo("Only 2 left and 40 sold recently. Stockout risk; reorder cost $6.00 per unit.");
    }

    @Test
    void deadItemWithoutSales() {
        assertThat(new DeadItemRule().context(fields(150, 3, 5, 0, 40, 450)))
                .isEqualTo("On hand: 150, sold: 0. No sales. $450.00 of capital tied up; consider clearance or a"
                        + " vendor return.");
    }

    @Test
    void deadItemWithSomeSales() {
        assertThat(new DeadItemRule().context(fields(60, 3, 5, 3, 40, 180)))
                .isEqualTo("On hand: 60, sold: 3. About 20+ months of supply. $180.00 of capital tied up;"
                        + " consider clearance or a vendor return.");
    }

    @Test
    void overstockWithSales() {
        assertThat(new OverstockRule().context(fields(130, 3, 5, 10, 40, 390)))
                .isEqualTo("On hand: 130 vs sold: 10 = 13+ months of inventory. Inventory value: $390.00."
                        + " Reduce the reorder quantity.");
    }

    @Test
    void overstockWithoutSales() {
        assertThat(new OverstockRule().context(fields(600, 3, 5, 0, 40, 1800)))
                .isEqualTo("On hand: 600 with no recorded sales. Inventory value: $1,800.00. Reduce the reorder"
                        + " quantity.");
    }

    @Test
    void shrinkagePattern() {
        assertThat(new ShrinkagePatternRule().context(fields(100, 50, 52, 2, 5, 5000)))
                .isEqualTo("High value ($5,000.00) with low margin (5.0%) and minimal sales (2). On hand: 100."
                        + " Investigate possible shrinkage.");
    }

    @Test
    void marginErosion() {
        assertThat(new MarginErosionRule().context(fields(10, 90, 100, 4, 10, 900)))
                .isEqualTo("Margin eroded to 10.0%: cost $90.00 is 90.0% of retail $100.00. On hand: 10, sold: 4."
                        + " Review pricing.");
    }

    @Test
    void priceDiscrepancyWithZeroCost() {
        assertThat(new PriceDiscrepancyRule().context(fields(10, 0, 25, 0, 100, 0)))
                .isEqualTo("Zero cost recorded but retail is $25.00. Enter the item's cost.");
    }

    @Test
    void priceDiscrepancyBelowCost() {
        assertThat(new PriceDiscrepancyRule().context(fields(10, 80, 60, 3, -33.3, 800)))
                .isEqualTo("Selling below cost: cost $80.00, retail $60.00. Fix the price or the cost.");
        assertThat(new PriceDiscrepancyRule().context(fields(10, 80, 60, 3, 100, 800)))
                .isEqualTo("Selling below cost: cost $80.00, retail $60.00. Fix the price or the cost.");
    }

    @Test
    void zeroCostAnomaly() {
        assertThat(new ZeroCostAnomalyRule().context(fields(20, 0, 50, 5, 0, 0)))
                .isEqualTo("Cost is $0.00 but selling at $50.00. On hand: 20, sold: 5. True margin cannot be"
                        + " calculated without cost.");
    }

    @Test
    void negativeProfit() {
        assertThat(new NegativeProfitRule().context(fields(10, 80, 60, 3, -33.3, 800)))
                .isEqualTo("Selling at a loss: cost $80.00 exceeds retail $60.00, losing $20.00 per unit. On hand:"
                        + " 10, sold: 3.");
    }

    @Test
    void severeInventoryDeficit() {
        assertThat(new SevereInventoryDeficitRule().context(fields(2, 6, 10, 60, 40, 12)))
                .isEqualTo("Only 2 left with 60 sold in the period; about 12 days until stockout. Reorder now.");
    }

    @Test
    void moneyIsRoundedHalfEvenOnTheBinaryValueAndNegativeAsMinusDollar() {
        assertThat(new OverstockRule().context(fields(600, 3, 5, 0, 40, -1234.565)))
                .contains("Inventory value: -$1,234.57.");
        assertThat(new OverstockRule().context(fields(600, 3, 5, 0, 40, -1.005)))
                .contains("Inventory value: -$1.00.");
        assertThat(new OverstockRule().context(fields(600, 3, 5, 0, 40, 0.125))).contains("Inventory value: $0.12.");
        assertThat(new OverstockRule().context(fields(600, 3, 5, 0, 40, 1_000_000.5)))
                .contains("Inventory value: $1,000,000.50.");
    }
}

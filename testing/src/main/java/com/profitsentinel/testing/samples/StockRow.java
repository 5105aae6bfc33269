package com.profitsentinel.testing.samples;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One item's stock and activity in one store on the samples' analysis date, from which every inventory layout takes
 * its columns.
 *
 * @param store the store name
 * @param item the catalogue item
 * @param cost the unit cost in this store (may be zero or above retail in anomaly rows)
 * @param averageCost the weighted average cost
 * @param retail the selling price
 * @param onHand the book quantity (negative in anomaly rows)
 * @param counted the quantity found at the last physical count
 * @param onOrder units on open purchase orders
 * @param committed units committed to open orders
 * @param reorderPoint the store's minimum
 * @param maximum the store's order-up-to level
 * @param monthlySold units sold in January to June of the analysis year
 * @param soldLastYear units sold in the previous calendar year
 * @param purchased units received this year
 * @param returns units returned by customers this year
 * @param lastSale the last sale date; empty when the item never sold
 * @param lastReceipt the last receipt date
 * @param added the date the item was created
 * @param lastCount the last physical count date
 * @param lastChanged the last maintenance date
 * @param status {@code A} active, {@code D} discontinued
 */
record StockRow(
        String store,
        CatalogItem item,
        BigDecimal cost,
        BigDecimal averageCost,
        BigDecimal retail,
        int onHand,
        int counted,
        int onOrder,
        int committed,
        int reorderPoint,
        int maximum,
        List<Integer> monthlySold,
        int soldLastYear,
        int purchased,
        int returns,
        Optional<LocalDate> lastSale,
        LocalDate lastReceipt,
        LocalDate added,
        LocalDate lastCount,
        LocalDate lastChanged,
        String status) {
    StockRow {
        requireNonNull(store, "store is null");
        requireNonNull(item, "item is null");
        requireNonNull(cost, "cost is null");
        requireNonNull(averageCost, "averageCost is null");
        requireNonNull(retail, "retail is null");
        monthlySold = List.copyOf(monthlySold);
        requireNonNull(lastSale, "lastSale is null");
        requireNonNull(lastReceipt, "lastReceipt is null");
        requireNonNull(added, "added is null");
        requireNonNull(lastCount, "lastCount is null");
        requireNonNull(lastChanged, "lastChanged is null");
        requireNonNull(status, "status is null");
        if (monthlySold.size() != 6) {
            throw new IllegalArgumentException("monthlySold covers January to June: " + monthlySold);
        }
    }

    /** Units sold this year (January to June). */
    int soldYearToDate() {
        return monthlySold.stream().mapToInt(Integer::intValue).sum();
    }

    /** Units sold in June, the last 30 days before the analysis date. */
    int soldLast30Days() {
        return monthlySold.getLast();
    }

    /** Units sold in a month of this year (1 = January); 0 after June. */
    int soldInMonth(int month) {
        return month <= monthlySold.size() ? monthlySold.get(month - 1) : 0;
    }

    /** Counted minus book quantity. */
    int difference() {
        return counted - onHand;
    }

    /** On hand that is never negative, as physical-quantity columns report it. */
    int onHandClamped() {
        return Math.max(0, onHand);
    }

    /** Gross margin on retail in percent, one decimal ({@code 38.4}); 0 without a retail price. */
    BigDecimal marginPercent() {
        if (retail.signum() == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return retail.subtract(cost).multiply(BigDecimal.valueOf(100)).divide(retail, 1, RoundingMode.HALF_UP);
    }

    /** Markup on cost in percent, two decimals; 0 without a cost. */
    BigDecimal markupPercent() {
        if (cost.signum() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return retail.subtract(cost).multiply(BigDecimal.valueOf(100)).divide(cost, 2, RoundingMode.HALF_UP);
    }

    /** {@code quantity × price}, rounded to cents. */
    static BigDecimal extended(int quantity, BigDecimal price) {
        return price.multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.HALF_UP);
    }
}

package com.profitsentinel.testing.synthetic;

import com.profitsentinel.engine.finding.LeakType;
import com.profitsentinel.engine.record.ItemStatus;
import com.profitsentinel.engine.record.PurchaseOrderStatus;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Injects one anomaly into a healthy stock item and states the ground truth: every leak type the spec says the changed
 * record must raise. Each variant changes only what its leak needs and is placed on items where the change cannot
 * cross another rule's threshold by accident (for example a below-critical margin only on items whose stock is worth
 * at most $900 or that sell at least 12 a month, so that the shrinkage pattern cannot apply). Where the spec makes two
 * types fire together by design (engine.md §6.5, §12.3), the variant does so on purpose and names both.
 */
final class Anomalies {
    /** Stock value and velocity that keep a low-margin item clear of the shrinkage pattern ($1,000, 10 a month). */
    private static final double PATTERN_SAFE_VALUE = 900;

    private static final int PATTERN_SAFE_SALES = 12;

    /** Above this stock value an overstock is drawn at 14 to 18 months of supply instead of 16 to 60. */
    private static final double OVERSTOCK_CAPITAL = 25_000;

    /** Dead stock is drawn worth at most about this much. */
    private static final double DEAD_STOCK_CAPITAL = 8_000;

    private Anomalies() {}

    /** Whether the variant can be injected into this healthy item. */
    static boolean fits(AnomalyVariant variant, StockItem item) {
        if (item.nonInventory()) {
            return false;
        }
        double cost = item.unitCost;
        double retail = item.retail;
        double onHand = item.onHand;
        boolean patternSafeAtRetail =
                onHand * retail <= PATTERN_SAFE_VALUE || item.salesPer30Days >= PATTERN_SAFE_SALES;
        return switch (variant) {
            case NEGATIVE_SHORT,
                    ZERO_COST_ZERO,
                    ZERO_COST_BLANK,
                    PRICE_BELOW_SUGGESTED,
                    PRICE_ABOVE_SUGGESTED,
                    PRICE_MARGIN_FIELD_MISMATCH,
                    RECEIVING_UNRECEIVED,
                    RECEIVING_UNRECEIVED_NEGATIVE,
                    SHORT_SHIP_PO,
                    SHORT_SHIP_DAMAGED_WITH_OPEN_PO,
                    SHORT_SHIP_DAMAGED_STOCK,
                    PURCHASING_PO_OVERPAY -> true;
            case NEGATIVE_DEEP -> cost <= 20;
            case NEGATIVE_ESTIMATED_COST -> item.salesPer30Days >= 1;
            case LOW_STOCK_IMMINENT, LOW_STOCK_RISK -> cost <= 150;
            case DEAD_LAST_SALE, DEAD_RECEIPT_FALLBACK -> !item.seasonal() && cost >= 0.5;
            case DEAD_ZERO_SALES_PILE, OVERSTOCK_ZERO_SALES -> !item.seasonal() && cost >= 0.2 && cost <= 5;
            case MARGIN_BELOW_FLOOR -> retail <= 500 && !longUnsold(item);
            case MARGIN_BELOW_CRITICAL -> retail <= 500 && patternSafeAtRetail && !longUnsold(item);
            case BELOW_COST_COST_INCREASE ->
                retail * 1.4 <= 500
                        && !longUnsold(item)
                        && (onHand * retail * 1.4 <= PATTERN_SAFE_VALUE || item.salesPer30Days >= PATTERN_SAFE_SALES);
            case BELOW_COST_PRICE_ERROR ->
                cost <= 500 && (onHand * cost <= PATTERN_SAFE_VALUE || item.salesPer30Days >= PATTERN_SAFE_SALES);
            case OVERSTOCK_MONTHS_OF_SUPPLY -> !item.seasonal();
            case SHRINKAGE_COUNT_VARIANCE -> onHand >= 8;
            case SHRINKAGE_PATTERN -> retail >= 65 && retail <= 450;
            case PURCHASING_HIGH_COST_LOW_MARGIN -> retail >= 700 && !longUnsold(item);
            case PATRONAGE_PAST_WINDOW, PATRONAGE_UNSOLD_FOR_A_YEAR -> item.seasonal() && cost >= 0.5 && cost <= 40;
        };
    }

    /**
     * A cheap, non-seasonal item unsold for more than 85 days: healthy only because its stock is worth at most $30 (the
     * dead-stock floor is $50), so an anomaly that raises its cost would make it dead stock as well.
     */
    private static boolean longUnsold(StockItem item) {
        return !item.seasonal() && item.daysSinceSale > 85;
    }

    /** Changes the item and returns the leak types its record must raise. */
    static Set<LeakType> inject(AnomalyVariant variant, StockItem item, Draws draws) {
        Set<LeakType> expected = EnumSet.of(variant.type());
        switch (variant) {
            case NEGATIVE_SHORT -> item.onHand = -units(item, 1, 40, draws);
            case NEGATIVE_DEEP -> item.onHand = -draws.between(55, 200);
            case NEGATIVE_ESTIMATED_COST -> {
                // §6.4.1 with c blank or $0: the cost is estimated, and the item (still selling) is ZERO_COST too
                item.onHand = -units(item, 1, 30, draws);
                missingCost(item, draws.chance(0.5));
                expected.add(LeakType.ZERO_COST);
            }
            case DEAD_LAST_SALE -> {
                deadStock(item, draws);
                item.daysSinceSale = draws.between(100, 720);
                item.daysSinceReceipt = item.daysSinceSale + draws.between(0, 200);
            }
            case DEAD_RECEIPT_FALLBACK -> {
                deadStock(item, draws);
                item.daysSinceSale = StockItem.UNKNOWN_DAYS;
                item.daysSinceReceipt = draws.between(100, 720);
            }
            case DEAD_ZERO_SALES_PILE -> {
                // §6.5: a zero-sales pile above 500 units is OVERSTOCK as well
                item.salesPer30Days = 0;
                item.onHand = draws.between(600, 1500);
                item.daysSinceSale = draws.between(100, 400);
                item.daysSinceReceipt = item.daysSinceSale + draws.between(0, 120);
                expected.add(LeakType.OVERSTOCK);
            }
            case MARGIN_BELOW_FLOOR -> item.unitCost = costAtMargin(item.retail, draws.uniform(0.11, 0.18));
            case MARGIN_BELOW_CRITICAL -> item.unitCost = costAtMargin(item.retail, draws.uniform(0.01, 0.08));
            case BELOW_COST_COST_INCREASE ->
                item.unitCost =
                        Math.max(CatalogEntry.cents(item.retail * draws.uniform(1.05, 1.40)), item.retail + 0.01);
            case BELOW_COST_PRICE_ERROR -> {
                // a price keyed below cost is also far below the suggested retail when the item has one (§6.4.6)
                item.retail =
                        Math.min(CatalogEntry.cents(item.unitCost * draws.uniform(0.60, 0.92)), item.unitCost - 0.01);
                if (!Double.isNaN(item.suggestedRetail)) {
                    expected.add(LeakType.PRICE_DISCREPANCY);
                }
            }
            case ZERO_COST_ZERO -> missingCost(item, false);
            case ZERO_COST_BLANK -> missingCost(item, true);
            case PRICE_BELOW_SUGGESTED ->
                item.suggestedRetail = CatalogEntry.cents(item.retail / (1 - draws.uniform(0.26, 0.45)));
            case PRICE_ABOVE_SUGGESTED ->
                item.suggestedRetail =
                        Math.max(0.01, CatalogEntry.cents(item.retail / (1 + draws.uniform(0.28, 0.70))));
            case PRICE_MARGIN_FIELD_MISMATCH -> {
                double margin = item.margin();
                double gap = draws.uniform(0.08, 0.20);
                double reported = margin + (draws.chance(0.5) ? gap : -gap);
                if (reported < 0 || reported > 0.95) {
                    reported = margin - (reported - margin);
                }
                item.reportedMarginOverride = Math.round(reported * 10_000) / 10_000.0;
            }
            case OVERSTOCK_MONTHS_OF_SUPPLY -> {
                if (item.salesPer30Days < 1) {
                    item.salesPer30Days = item.entry.soldByLength() ? draws.between(10, 60) : draws.between(1, 6);
                    item.daysSinceSale = draws.between(0, 30);
                }
                item.onHand = Math.ceil(item.salesPer30Days * draws.uniform(16, 60));
                if (item.onHand * item.unitCost > OVERSTOCK_CAPITAL) {
                    item.onHand = Math.ceil(item.salesPer30Days * draws.uniform(14, 18));
                }
                item.damaged = false;
                item.age = Math.max(item.age, draws.between(400, 3000));
            }
            case OVERSTOCK_ZERO_SALES -> {
                item.salesPer30Days = 0;
                item.onHand = draws.between(600, 2000);
                item.daysSinceSale = draws.between(35, 80);
                item.daysSinceReceipt = draws.between(60, 300);
                item.age = Math.max(item.age, draws.between(400, 3000));
            }
            case LOW_STOCK_IMMINENT -> {
                // at least 6 a month, under 6.5 days of cover (below the 7-day lead time), rounded down
                lowStock(item, draws.between(6, 60), draws);
                item.onHand = Math.floor(item.salesPer30Days / 30 * draws.uniform(0, 6.5));
            }
            case LOW_STOCK_RISK -> {
                // at least 15 a month (a unit is at most 2 days of cover), 7.5 to 8 days rounded up: under 10 days
                lowStock(item, draws.between(15, 90), draws);
                item.onHand = Math.ceil(item.salesPer30Days / 30 * draws.uniform(7.5, 8.0));
            }
            case SHRINKAGE_COUNT_VARIANCE -> {
                double rate = draws.uniform(0.08, 0.35);
                item.quantityDifference = -Math.max(3, Math.ceil(item.onHand * rate));
                item.daysSinceCount = draws.between(3, 60);
            }
            case SHRINKAGE_PATTERN -> {
                // §6.4.9 pattern: high value, margin under 10 %, under 10 sold a month; under the 20 % floor the
                // same item is MARGIN_EROSION too (§6.5)
                item.unitCost = costAtMargin(item.retail, draws.uniform(0.02, 0.08));
                item.onHand = Math.ceil(draws.uniform(1600, 4000) / item.unitCost);
                int sales = (int) Math.max(1, Math.min(9, Math.ceil(item.onHand / draws.uniform(2.5, 6))));
                while (item.onHand > 8 * sales && sales < 9) {
                    sales++;
                }
                item.salesPer30Days = sales;
                item.daysSinceSale = draws.between(0, 30);
                item.quantityDifference = Double.NaN;
                item.daysSinceCount = StockItem.UNKNOWN_DAYS;
                expected.add(LeakType.MARGIN_EROSION);
            }
            case RECEIVING_UNRECEIVED -> unreceived(item, draws);
            case RECEIVING_UNRECEIVED_NEGATIVE -> {
                // §6.4.10: the unrecorded receipt has already driven on-hand negative
                double shipped = unreceived(item, draws);
                item.onHand = -draws.between(1, (int) Math.min(shipped, 30));
                expected.add(LeakType.NEGATIVE_INVENTORY);
            }
            case SHORT_SHIP_PO -> shortShipped(item, draws);
            case SHORT_SHIP_DAMAGED_WITH_OPEN_PO -> {
                item.damaged = true;
                double ordered = units(item, 6, 48, draws);
                item.onOrder = ordered;
                item.orderLines.add(new PlannedOrderLine(
                        draws.between(0, 6), PurchaseOrderStatus.OPEN, ordered, Double.NaN, item.unitCost, false));
            }
            case SHORT_SHIP_DAMAGED_STOCK -> {
                item.damaged = true;
                item.onOrder = 0;
            }
            case PURCHASING_PO_OVERPAY -> overpaid(item, draws);
            case PURCHASING_HIGH_COST_LOW_MARGIN -> {
                // §12.3: a high-cost item under the margin floor is MARGIN_EROSION as well
                item.unitCost = costAtMargin(item.retail, draws.uniform(0.11, 0.18));
                expected.add(LeakType.MARGIN_EROSION);
            }
            case PATRONAGE_PAST_WINDOW -> {
                item.onHand = draws.between(220, 600);
                item.daysSinceReceipt = draws.between(100, 330);
                item.daysSinceSale = draws.between(5, Math.min(item.daysSinceReceipt - 1, 300));
                item.salesPer30Days = item.daysSinceSale <= 30 ? draws.between(1, 5) : 0;
            }
            case PATRONAGE_UNSOLD_FOR_A_YEAR -> {
                // §6.5: a seasonal item unsold beyond seasonal_dead_stock_days (365) is DEAD_STOCK as well
                item.onHand = draws.between(220, 600);
                item.salesPer30Days = 0;
                item.daysSinceSale = draws.between(380, 600);
                item.daysSinceReceipt = item.daysSinceSale + draws.between(0, 60);
                expected.add(LeakType.DEAD_STOCK);
            }
        }
        item.keepDatesAfterCreation();
        if (variant.type() == LeakType.DEAD_STOCK || variant.type() == LeakType.OVERSTOCK) {
            item.age = Math.max(item.age, 400);
        }
        return expected;
    }

    /** The cost that gives {@code margin} at {@code retail}, in cents, at least 5 cents and never above retail. */
    private static double costAtMargin(double retail, double margin) {
        return Math.min(retail, Math.max(0.05, CatalogEntry.cents(retail * (1 - margin))));
    }

    /** $0 (explicit zero) or blank cost. */
    private static void missingCost(StockItem item, boolean blank) {
        item.costBlank = blank;
        item.unitCost = blank ? Double.NaN : 0;
    }

    /**
     * No sales in 30 days and stock worth at least $100 (the floor is $50) and at most about $8,000 or 400 units, below
     * any overstock level.
     */
    private static void deadStock(StockItem item, Draws draws) {
        item.salesPer30Days = 0;
        double units = Math.min(draws.between(3, 60), Math.floor(DEAD_STOCK_CAPITAL / item.unitCost));
        item.onHand = Math.min(400, Math.max(units, Math.ceil(100 / item.unitCost)));
        item.onOrder = 0;
    }

    /**
     * A number of units from {@code low} to {@code high}, or 1 to 2–6 units of an item costing over $100: nobody orders
     * or loses 40 water heaters.
     */
    private static int units(StockItem item, int low, int high, Draws draws) {
        if (item.unitCost > 100) {
            return draws.between(Math.min(low, 2), Math.max(2, high / 8));
        }
        return draws.between(low, high);
    }

    /**
     * An active item selling at least {@code minimumSales} a month that just sold, with nothing on order; the caller
     * sets the on-hand to the days of cover it wants (lead time 7 + safety 3 = 10 days).
     */
    private static void lowStock(StockItem item, int minimumSales, Draws draws) {
        if (item.status == ItemStatus.DISCONTINUED || item.status == ItemStatus.INACTIVE) {
            item.status = ItemStatus.ACTIVE;
        }
        item.salesPer30Days = Math.max(item.salesPer30Days, minimumSales);
        item.daysSinceSale = draws.between(0, 2);
        item.onOrder = 0;
    }

    /** Shipped and invoiced 6 to 55 days ago; the last receipt posted is older than the PO. Returns the units shipped. */
    private static double unreceived(StockItem item, Draws draws) {
        int daysAgo = draws.between(6, 55);
        double shipped = units(item, 2, 48, draws);
        PurchaseOrderStatus status = List.of(
                        PurchaseOrderStatus.INVOICED,
                        PurchaseOrderStatus.SHIPPED,
                        PurchaseOrderStatus.RECEIVED,
                        PurchaseOrderStatus.CLOSED)
                .get(draws.weightedIndex(50, 20, 15, 15));
        item.orderLines.add(new PlannedOrderLine(daysAgo, status, shipped, shipped, item.unitCost, false));
        item.daysSinceReceipt = daysAgo + draws.between(7, 120);
        return shipped;
    }

    /** Delivered 5 to 80 days ago with 20 % to 100 % of the units missing; what arrived was received. */
    private static void shortShipped(StockItem item, Draws draws) {
        int daysAgo = draws.between(5, 80);
        double ordered = units(item, 6, 60, draws);
        boolean nothing = draws.chance(0.25);
        double missing =
                nothing ? ordered : draws.between((int) Math.max(1, Math.round(ordered * 0.2)), (int) ordered - 1);
        PurchaseOrderStatus status = draws.oneOf(
                List.of(PurchaseOrderStatus.INVOICED, PurchaseOrderStatus.RECEIVED, PurchaseOrderStatus.CLOSED));
        item.orderLines.add(new PlannedOrderLine(daysAgo, status, ordered, ordered - missing, item.unitCost, nothing));
        if (!nothing) {
            item.daysSinceReceipt = daysAgo - draws.between(1, 3);
        }
    }

    /** One to three recent deliveries at 12 % to 35 % above the recorded cost, all received. */
    private static void overpaid(StockItem item, Draws draws) {
        int lines = draws.between(1, 3);
        int latest = Integer.MAX_VALUE;
        for (int line = 0; line < lines; line++) {
            int daysAgo = draws.between(4, 85);
            double ordered = units(item, 2, 36, draws);
            double paid = Math.max(
                    CatalogEntry.cents(item.unitCost * draws.uniform(1.12, 1.35)),
                    CatalogEntry.cents(item.unitCost * 1.10) + 0.01);
            PurchaseOrderStatus status = draws.oneOf(
                    List.of(PurchaseOrderStatus.RECEIVED, PurchaseOrderStatus.CLOSED, PurchaseOrderStatus.INVOICED));
            item.orderLines.add(new PlannedOrderLine(daysAgo, status, ordered, ordered, paid, false));
            latest = Math.min(latest, daysAgo);
        }
        item.daysSinceReceipt = latest - draws.between(1, 3);
    }
}

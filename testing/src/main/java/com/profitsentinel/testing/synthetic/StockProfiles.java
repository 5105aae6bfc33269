package com.profitsentinel.testing.synthetic;

import com.profitsentinel.engine.record.ItemStatus;

/**
 * The healthy stock of one catalogue item in one store: sales, on-hand, dates and counts drawn so that the item stays
 * clear of every threshold of the standard preset (docs/quality.md lists the distributions and the margins kept):
 *
 * <ul>
 *   <li>sales per 30 days are Poisson around the item's typical sales times the store's size;
 *   <li>an item that sold in the last 30 days holds 0.8 to 6 months of supply (never above 8, the overstock limit is
 *       12) and at least 21 days of cover (the stockout test is 10);
 *   <li>an item without sales in the last 30 days holds a few units and last sold 31 to 85 days ago (dead stock starts
 *       after 90), or up to 400 days ago when its stock is worth at most $30 (the dead-stock floor is $50), or up to
 *       330 days ago when it is seasonal (seasonal items are dead after 365);
 *   <li>seasonal items hold at most 150 units (seasonal carryover starts above 200);
 *   <li>a third of the items were counted, with variances of 0, +1, +2 or −1 unit (shrinkage needs 2 missing units).
 * </ul>
 */
final class StockProfiles {
    /** Share of items added less than 60 days ago (the new-item grace period). */
    private static final double NEW_ITEM_SHARE = 0.03;

    private static final double DISCONTINUED_SHARE = 0.015;
    private static final double COUNTED_SHARE = 0.30;
    private static final int SEASONAL_MAXIMUM_UNITS = 150;

    private StockProfiles() {}

    /** The healthy stock of {@code entry} in a store whose sales are {@code storeSize} times the average. */
    static StockItem healthy(
            CatalogEntry entry, String storeId, double storeSize, boolean velocityFromSalesLines, Draws draws) {
        StockItem item = new StockItem(entry, storeId, velocityFromSalesLines);
        if (item.nonInventory()) {
            return service(item, storeSize, draws);
        }
        boolean isNew = draws.chance(NEW_ITEM_SHARE);
        item.age = isNew ? draws.between(14, 55) : 90 + (int) Math.floor(Math.pow(draws.uniform(0, 1), 1.5) * 4000);
        double expected = entry.monthlyUnits() * storeSize * draws.logNormal(1, 0.35);
        int sales = sales(entry, expected, draws);
        if (isNew) {
            sales = Math.max(sales, entry.soldByLength() ? 10 : 1);
        }
        item.salesPer30Days = sales;
        if (sales >= 1) {
            moving(item, draws);
        } else {
            resting(item, draws);
        }
        if (item.seasonal() && item.onHand > SEASONAL_MAXIMUM_UNITS) {
            item.onHand = SEASONAL_MAXIMUM_UNITS;
            item.salesPer30Days = Math.min(item.salesPer30Days, SEASONAL_MAXIMUM_UNITS);
        }
        if (isNew) {
            item.daysSinceSale = Math.min(item.daysSinceSale, item.age);
            item.daysSinceReceipt = draws.between(0, item.age);
        }
        if (!item.seasonal() && draws.chance(DISCONTINUED_SHARE)) {
            item.status = ItemStatus.DISCONTINUED;
        }
        if (!isNew && draws.chance(COUNTED_SHARE)) {
            item.daysSinceCount = draws.between(5, 330);
            item.quantityDifference = switch (draws.weightedIndex(70, 12, 6, 12)) {
                case 0 -> 0;
                case 1 -> 1;
                case 2 -> 2;
                default -> -1;
            };
        }
        if (!isNew) {
            item.keepDatesAfterCreation();
        }
        return item;
    }

    /** Units sold in 30 days: Poisson; items sold by the foot sell a Poisson number of cuts of 5 to 25 feet. */
    static int sales(CatalogEntry entry, double expected, Draws draws) {
        if (!entry.soldByLength()) {
            return draws.poisson(expected);
        }
        int cuts = draws.poisson(expected / 12);
        int feet = 0;
        for (int cut = 0; cut < cuts; cut++) {
            feet += draws.between(5, 25);
        }
        return feet;
    }

    /** Sold in the last 30 days: 0.8 to 6 months of supply, at least 21 days of cover, last sale recent. */
    private static void moving(StockItem item, Draws draws) {
        double sales = item.salesPer30Days;
        double onHand = sales * draws.uniform(0.8, 6.0);
        onHand = item.entry.soldByLength() ? Math.round(onHand * 2) / 2.0 : Math.round(onHand);
        onHand = Math.min(onHand, sales * 8);
        onHand = Math.max(onHand, Math.ceil(sales * 0.7));
        item.onHand = Math.max(onHand, 1);
        item.daysSinceSale = draws.between(0, (int) Math.min(30, Math.round(60 / sales)));
        item.daysSinceReceipt = draws.between(1, 150);
    }

    /** Nothing sold in the last 30 days: a few units, last sold 31 to 85 days ago (longer for cheap or seasonal stock). */
    private static void resting(StockItem item, Draws draws) {
        CatalogEntry entry = item.entry;
        if (entry.soldByLength()) {
            item.onHand = draws.between(10, 120) / 2.0;
        } else {
            item.onHand = draws.between(1, entry.cost() > 100 ? 3 : 12);
        }
        if (item.seasonal()) {
            item.daysSinceSale = draws.between(31, 330);
        } else if (item.onHand * entry.cost() <= 30 && draws.chance(0.4)) {
            item.daysSinceSale = draws.between(31, 400);
        } else {
            item.daysSinceSale = draws.between(31, 85);
        }
        item.daysSinceReceipt = item.daysSinceSale + draws.between(0, 200);
    }

    /** A fee or service: no cost, rung up often, on-hand at 0 or driven negative by the POS. */
    private static StockItem service(StockItem item, double storeSize, Draws draws) {
        item.unitCost = 0;
        item.age = draws.between(400, 4000);
        item.salesPer30Days = draws.poisson(item.entry.monthlyUnits() * storeSize);
        item.onHand = draws.chance(0.5) ? -draws.between(1, 400) : 0;
        item.daysSinceSale = item.salesPer30Days >= 1 ? draws.between(0, 3) : draws.between(31, 80);
        return item;
    }
}

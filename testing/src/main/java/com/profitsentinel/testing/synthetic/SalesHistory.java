package com.profitsentinel.testing.synthetic;

import com.profitsentinel.engine.record.SalesLine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The sales-detail export of a store whose inventory file has no units-sold column: 60 days of transaction lines, so
 * that the engine computes each item's 30-day velocity from them (engine.md §2.3.4, basis TRANSACTIONS). For every item
 * the lines of the last 31 days (ages 0 to 30) add up exactly to its sales per 30 days, and the newest line is on its
 * last-sale date; the 29 days before carry a similar volume. A few items have a return (−1) offset by one more sale,
 * and a few discontinued SKUs that are no longer in the inventory file still have old lines, as real exports do.
 */
final class SalesHistory {
    /** File name of the sales lines. */
    static final String SOURCE_FILE = "synthetic-sales.csv";

    /** Days of history: ages 0 to 59. */
    static final int HISTORY_DAYS = 60;

    private static final int WINDOW_DAYS = 30;
    private static final double RETURN_SHARE = 0.03;

    private SalesHistory() {}

    private record Sale(
            int daysAgo,
            int order,
            String storeId,
            String sku,
            String barcode,
            double quantity,
            double price,
            double cost) {}

    /** The lines of one store's items, oldest first; {@code items} in record order. */
    static List<SalesLine> lines(List<StockItem> items, int asOfDay, Draws draws) {
        List<Sale> sales = new ArrayList<>();
        String storeId = "";
        for (int index = 0; index < items.size(); index++) {
            StockItem item = items.get(index);
            storeId = item.storeId;
            item(item, index, sales, draws);
        }
        if (!storeId.isEmpty()) {
            for (int discontinued = 1; discontinued <= 3; discontinued++) {
                sales.add(new Sale(
                        draws.between(40, HISTORY_DAYS - 1),
                        items.size() + discontinued,
                        storeId,
                        "DISC-" + (90_000 + discontinued),
                        "",
                        draws.between(1, 3),
                        9.99,
                        Double.NaN));
            }
        }
        sales.sort(Comparator.comparingInt((Sale sale) -> -sale.daysAgo()).thenComparingInt(Sale::order));
        List<SalesLine> lines = new ArrayList<>(sales.size());
        for (Sale sale : sales) {
            long row = lines.size() + 2L;
            lines.add(new SalesLine(
                    SOURCE_FILE,
                    row,
                    sale.storeId(),
                    sale.sku(),
                    sale.barcode(),
                    asOfDay - sale.daysAgo(),
                    sale.quantity(),
                    CatalogEntry.cents(sale.quantity() * sale.price()),
                    Double.isNaN(sale.cost()) ? Double.NaN : CatalogEntry.cents(sale.quantity() * sale.cost()),
                    "T" + (asOfDay - sale.daysAgo()) + "-" + row));
        }
        return List.copyOf(lines);
    }

    private static void item(StockItem item, int order, List<Sale> sales, Draws draws) {
        int lastSale = item.daysSinceSale;
        if (lastSale == StockItem.UNKNOWN_DAYS || lastSale >= HISTORY_DAYS) {
            return;
        }
        int recent = (int) Math.round(item.salesPer30Days);
        if (recent > 0 && lastSale > WINDOW_DAYS) {
            throw new IllegalStateException(
                    item.key() + " sold " + recent + " in 30 days but last " + lastSale + " days ago");
        }
        if (recent > 0) {
            spread(item, order, recent, lastSale, WINDOW_DAYS, sales, draws);
            int earlier = draws.poisson(recent * draws.uniform(0.7, 1.3));
            if (earlier > 0) {
                spread(
                        item,
                        order,
                        earlier,
                        draws.between(WINDOW_DAYS + 1, HISTORY_DAYS - 1),
                        HISTORY_DAYS - 1,
                        sales,
                        draws);
            }
            if (recent >= 2 && draws.chance(RETURN_SHARE)) {
                sales.add(sale(item, order, draws.between(lastSale, WINDOW_DAYS), -1));
                sales.add(sale(item, order, draws.between(lastSale, WINDOW_DAYS), 1));
            }
        } else {
            int units = item.entry.soldByLength() ? draws.between(5, 25) : draws.between(1, 2);
            spread(item, order, units, lastSale, HISTORY_DAYS - 1, sales, draws);
        }
    }

    /** {@code units} in transactions of typical sizes, the first on {@code newest} days ago, the rest up to {@code oldest}. */
    private static void spread(
            StockItem item, int order, int units, int newest, int oldest, List<Sale> sales, Draws draws) {
        int remaining = units;
        boolean first = true;
        while (remaining > 0) {
            int size = Math.min(remaining, transactionSize(item, draws));
            int daysAgo = first ? newest : draws.between(newest, oldest);
            sales.add(sale(item, order, daysAgo, size));
            remaining -= size;
            first = false;
        }
    }

    private static int transactionSize(StockItem item, Draws draws) {
        if (item.entry.soldByLength()) {
            return draws.between(5, 25);
        }
        return switch (draws.weightedIndex(70, 20, 10)) {
            case 0 -> 1;
            case 1 -> 2;
            default -> draws.between(3, 6);
        };
    }

    private static Sale sale(StockItem item, int order, int daysAgo, double quantity) {
        return new Sale(
                daysAgo,
                order,
                item.storeId,
                item.sku(),
                item.entry.barcode(),
                quantity,
                item.retail,
                item.costBlank ? Double.NaN : item.unitCost);
    }
}

package com.profitsentinel.testing.synthetic;

import com.profitsentinel.engine.record.PurchaseOrderLine;
import com.profitsentinel.engine.record.PurchaseOrderStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Purchase orders: the healthy replenishment of healthy items (delivered in full at the recorded cost and received
 * within three days, or still open), and the lines the anomalies planned, grouped into numbered POs by store, vendor,
 * date and status, each PO now and then with a stop or freight charge (a service line no rule reads).
 */
final class PurchaseOrders {
    /** File name of the PO lines. */
    static final String SOURCE_FILE = "synthetic-purchase-orders.csv";

    private static final double REPLENISHED_SHARE = 0.18;
    private static final double OPEN_ORDER_SHARE = 0.30;
    private static final double SERVICE_LINE_SHARE = 0.30;

    private PurchaseOrders() {}

    /** Gives some healthy, selling items a recent delivery and some an open order. */
    static void replenish(StockItem item, Draws draws) {
        if (item.nonInventory() || item.salesPer30Days < 1 || !draws.chance(REPLENISHED_SHARE)) {
            return;
        }
        int daysAgo = draws.between(4, 85);
        double ordered = orderQuantity(item, draws);
        double cost = Math.min(item.unitCost, CatalogEntry.cents(item.unitCost * draws.uniform(0.97, 1.0)));
        PurchaseOrderStatus status = List.of(
                        PurchaseOrderStatus.RECEIVED, PurchaseOrderStatus.CLOSED, PurchaseOrderStatus.INVOICED)
                .get(draws.weightedIndex(50, 30, 20));
        item.orderLines.add(new PlannedOrderLine(daysAgo, status, ordered, ordered, cost, false));
        int received = daysAgo - draws.between(1, 3);
        if (item.daysSinceReceipt == StockItem.UNKNOWN_DAYS || item.daysSinceReceipt > received) {
            item.daysSinceReceipt = received;
        }
        if (draws.chance(OPEN_ORDER_SHARE)) {
            double open = orderQuantity(item, draws);
            item.orderLines.add(
                    new PlannedOrderLine(draws.between(0, 6), PurchaseOrderStatus.OPEN, open, Double.NaN, cost, false));
            item.onOrder += open;
        }
        item.keepDatesAfterCreation();
    }

    private static double orderQuantity(StockItem item, Draws draws) {
        double pack = item.entry.packageQuantity();
        double units = Math.round(item.salesPer30Days * draws.uniform(0.5, 2.0) / pack) * pack;
        return Math.max(pack, units);
    }

    /** A planned line with the item it is for and the item's position in record order. */
    private record Planned(int order, StockItem item, PlannedOrderLine line) {
        boolean samePurchaseOrder(Planned other) {
            return item.storeId.equals(other.item.storeId)
                    && line.daysAgo() == other.line.daysAgo()
                    && item.entry.vendor().equals(other.item.entry.vendor())
                    && line.status() == other.line.status();
        }
    }

    /** The PO lines of every item, grouped into numbered POs; {@code items} in record order. */
    static List<PurchaseOrderLine> lines(List<StockItem> items, int asOfDay, Draws draws) {
        List<Planned> planned = new ArrayList<>();
        for (int index = 0; index < items.size(); index++) {
            for (PlannedOrderLine line : items.get(index).orderLines) {
                planned.add(new Planned(index, items.get(index), line));
            }
        }
        planned.sort(Comparator.comparing((Planned p) -> p.item().storeId)
                .thenComparingInt(p -> -p.line().daysAgo())
                .thenComparing(p -> p.item().entry.vendor())
                .thenComparing(p -> p.line().status())
                .thenComparingInt(Planned::order));
        List<PurchaseOrderLine> lines = new ArrayList<>(planned.size() + planned.size() / 4);
        int poNumber = 40_000;
        int lineNumber = 0;
        for (int index = 0; index < planned.size(); index++) {
            Planned current = planned.get(index);
            if (index == 0 || !planned.get(index - 1).samePurchaseOrder(current)) {
                poNumber++;
                lineNumber = 0;
            }
            lines.add(line(current.item(), current.line(), poNumber, ++lineNumber, asOfDay, lines.size() + 2L));
            boolean lastOfOrder = index + 1 == planned.size() || !current.samePurchaseOrder(planned.get(index + 1));
            if (lastOfOrder && draws.chance(SERVICE_LINE_SHARE)) {
                lines.add(serviceLine(lines.getLast(), ++lineNumber, draws.chance(0.5), lines.size() + 2L));
            }
        }
        return List.copyOf(lines);
    }

    /** A stop or freight charge on the PO of {@code last}: SKU 0000000, never joined to inventory. */
    private static PurchaseOrderLine serviceLine(PurchaseOrderLine last, int lineNumber, boolean stop, long row) {
        double charge = stop ? 25.00 : 12.50;
        return new PurchaseOrderLine(
                SOURCE_FILE,
                row,
                last.storeId(),
                last.poNumber(),
                last.poDate(),
                last.status(),
                last.vendor(),
                lineNumber,
                "0000000",
                "",
                "",
                "",
                stop ? "STOP CHARGE" : "FREIGHT CHARGE",
                "",
                "EA",
                1,
                1,
                1,
                charge,
                charge,
                Double.NaN,
                false,
                false,
                true);
    }

    private static PurchaseOrderLine line(
            StockItem item, PlannedOrderLine planned, int poNumber, int lineNumber, int asOfDay, long row) {
        CatalogEntry entry = item.entry;
        double filled = planned.filled();
        return new PurchaseOrderLine(
                SOURCE_FILE,
                row,
                item.storeId,
                Integer.toString(poNumber),
                asOfDay - planned.daysAgo(),
                planned.status(),
                entry.vendor(),
                lineNumber,
                entry.sku(),
                entry.barcode(),
                entry.vendorSku(),
                "",
                entry.description(),
                entry.department().title(),
                entry.unit(),
                entry.packageQuantity(),
                planned.ordered(),
                filled,
                planned.unitCost(),
                Double.isNaN(filled) ? Double.NaN : CatalogEntry.cents(filled * planned.unitCost()),
                Double.isNaN(entry.suggestedRetail()) ? entry.retail() : entry.suggestedRetail(),
                planned.shortFlag(),
                false,
                false);
    }
}

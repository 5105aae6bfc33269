package com.profitsentinel.engine.analysis;

import com.profitsentinel.engine.record.FileFacts;
import com.profitsentinel.engine.record.ItemRecord;
import com.profitsentinel.engine.record.MarginInterpretation;
import com.profitsentinel.engine.record.PurchaseOrderLine;
import com.profitsentinel.engine.record.PurchaseOrderStatus;
import com.profitsentinel.engine.record.SalesLine;
import com.profitsentinel.engine.record.VelocityBasis;
import com.profitsentinel.engine.rule.Parameter;
import java.util.List;

/**
 * Builds the {@link Item} of each record (engine.md §2.3, §6.2) from the analysis date, the file's facts and the sales
 * and PO lines received so far. One factory per analysis; not thread-safe.
 */
public final class ItemFactory {
    private final AnalysisContext context;
    private final int asOfDay;
    private final SalesIndex sales;
    private final PurchaseIndex purchases;
    private FileFacts file = FileFacts.complete("", MarginInterpretation.FRACTION_MARGIN);

    public ItemFactory(AnalysisContext context) {
        this.context = context;
        this.asOfDay = context.asOfDay();
        this.sales = new SalesIndex(asOfDay, (int) context.parameters().get(Parameter.VELOCITY_WINDOW_DAYS));
        this.purchases = new PurchaseIndex(asOfDay, (int) context.parameters().get(Parameter.PURCHASE_LOOKBACK_DAYS));
    }

    /** The file whose records follow. */
    public void file(FileFacts facts) {
        this.file = facts;
    }

    public FileFacts file() {
        return file;
    }

    public void add(SalesLine line) {
        sales.add(line);
    }

    public void add(PurchaseOrderLine line) {
        purchases.add(line);
    }

    /** The item of a record of the current file, its sales and PO lines marked as matched. */
    public Item item(ItemRecord record, boolean negativeRetail) {
        Item item = item(record, negativeRetail, file);
        match(item);
        return item;
    }

    /** Marks the sales and PO lines of a record the rules skip (a non-inventory item) as matched (in record order). */
    public void matchRecord(ItemRecord record) {
        if (!sales.isEmpty()) {
            sales.match(record.storeId(), record.sku(), record.barcode());
        }
        if (!purchases.isEmpty()) {
            purchases.markMatched(
                    purchases.lines(record.storeId(), record.sku(), record.barcode(), record.vendorSku()));
        }
    }

    /** Marks the sales and PO lines an item joined as matched (in record order). */
    public void match(Item item) {
        ItemRecord record = item.record();
        if (!sales.isEmpty()) {
            sales.match(record.storeId(), record.sku(), record.barcode());
        }
        if (!item.purchaseLines().isEmpty()) {
            purchases.markMatched(item.purchaseLines());
        }
    }

    /**
     * The item of a record of {@code file}; read-only, so several threads may call it once every sales and PO line is
     * in. {@code negativeRetail}: the record's retail cell was negative.
     */
    public Item item(ItemRecord record, boolean negativeRetail, FileFacts file) {
        double s30 = record.salesPer30Days();
        VelocityBasis basis = record.velocityBasis();
        if (!sales.isEmpty()) {
            boolean[] transactions = new boolean[1];
            double fromLines = sales.velocity(record.storeId(), record.sku(), record.barcode(), transactions);
            if (!Double.isNaN(fromLines)) {
                s30 = fromLines;
                basis = transactions[0] ? VelocityBasis.TRANSACTIONS : VelocityBasis.DERIVED;
            }
        }
        List<PurchaseOrderLine> lines = purchases.isEmpty()
                ? List.of()
                : purchases.lines(record.storeId(), record.sku(), record.barcode(), record.vendorSku());
        double onOrder = record.onOrderQuantity();
        if (Double.isNaN(onOrder)) {
            onOrder = 0;
            for (PurchaseOrderLine line : lines) {
                if (line.status() == PurchaseOrderStatus.OPEN || line.status() == PurchaseOrderStatus.PENDING) {
                    double filled = Double.isNaN(line.filledQuantity()) ? 0 : line.filledQuantity();
                    onOrder += Math.max(0, line.orderedQuantity() - filled);
                }
            }
        }
        double c = record.unitCost();
        double r = record.retailPrice();
        double marginComputed = r >= Item.EPSILON && !Double.isNaN(c) && c >= 0 ? (r - c) / r : Double.NaN;
        boolean costBlank = file.costColumn() && Double.isNaN(record.basisCost()) && Double.isNaN(c);
        return new Item(
                record,
                record.onHandQuantity(),
                c,
                r,
                record.suggestedRetail(),
                s30,
                basis,
                onOrder,
                days(record.lastSaleDate()),
                days(record.lastReceiptDate()),
                days(record.dateAdded()),
                file.margin().margin(record.reportedMargin()),
                marginComputed,
                file.costColumn(),
                costBlank,
                negativeRetail,
                lines,
                !purchases.isEmpty() && purchases.hasStore(record.storeId()),
                file.lastReceiptDateColumn());
    }

    /** Days from a date to the analysis date; a date one day ahead counts as 0 (§2.3.5). */
    int days(int epochDay) {
        if (!ItemRecord.known(epochDay)) {
            return Item.UNKNOWN_DAYS;
        }
        int days = asOfDay - epochDay;
        return days < -1 ? Item.UNKNOWN_DAYS : Math.max(0, days);
    }

    /** The PO lines and vendor fill rates. */
    public PurchaseIndex purchases() {
        return purchases;
    }

    /** Whether any sales-detail line arrived. */
    public boolean hasSalesLines() {
        return !sales.isEmpty();
    }

    /** Whether any purchase-order line arrived. */
    public boolean hasPurchaseLines() {
        return !purchases.isEmpty();
    }

    /** Sales lines that matched no item (summary {@code sales_lines_unmatched}); final once every record is in. */
    public long salesLinesUnmatched() {
        return sales.unmatchedLines();
    }

    /** Product PO lines that matched no item ({@code PO_ITEM_NOT_FOUND}); final once every record is in. */
    public List<PurchaseOrderLine> unmatchedPurchaseLines() {
        return purchases.unmatched();
    }

    SalesIndex sales() {
        return sales;
    }

    AnalysisContext context() {
        return context;
    }
}

package com.profitsentinel.testing.synthetic;

import static java.util.Objects.requireNonNull;

import com.profitsentinel.engine.record.CostSource;
import com.profitsentinel.engine.record.ItemRecord;
import com.profitsentinel.engine.record.ItemStatus;
import com.profitsentinel.engine.record.QuantitySource;
import com.profitsentinel.engine.record.RetailSource;
import com.profitsentinel.engine.record.SkuSource;
import com.profitsentinel.engine.record.VelocityBasis;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * One catalogue item as one store stocks it, while it is being generated: a mutable builder (like {@link
 * ItemRecord.Builder}) that the stock profile fills, an anomaly may change and {@link #toRecord} turns into the
 * immutable record. Day counts are days before the analysis date; {@link #UNKNOWN_DAYS} means the date is unknown.
 */
final class StockItem {
    /** A day count whose date is unknown. */
    static final int UNKNOWN_DAYS = -1;

    final CatalogEntry entry;
    final String storeId;
    final boolean velocityFromSalesLines;

    double onHand;
    double unitCost;
    boolean costBlank;
    double retail;
    double suggestedRetail;
    /** The margin cell of the file when it is deliberately wrong; NaN means the POS wrote the computed margin. */
    double reportedMarginOverride = Double.NaN;

    double salesPer30Days;
    int daysSinceSale = UNKNOWN_DAYS;
    int daysSinceReceipt = UNKNOWN_DAYS;
    int age;
    double onOrder;
    double quantityDifference = Double.NaN;
    int daysSinceCount = UNKNOWN_DAYS;
    boolean damaged;
    ItemStatus status;
    final List<PlannedOrderLine> orderLines = new ArrayList<>(2);

    StockItem(CatalogEntry entry, String storeId, boolean velocityFromSalesLines) {
        this.entry = requireNonNull(entry, "entry is null");
        this.storeId = requireNonNull(storeId, "storeId is null");
        this.velocityFromSalesLines = velocityFromSalesLines;
        this.unitCost = entry.cost();
        this.retail = entry.retail();
        this.suggestedRetail = entry.suggestedRetail();
        this.status = entry.department().status();
    }

    String sku() {
        return entry.sku();
    }

    ItemKey key() {
        return new ItemKey(storeId, entry.sku());
    }

    boolean seasonal() {
        return entry.department().seasonal();
    }

    boolean nonInventory() {
        return entry.department().nonInventory();
    }

    /** The margin on retail of the current cost and retail, NaN when the cost is blank. */
    double margin() {
        return costBlank ? Double.NaN : (retail - unitCost) / retail;
    }

    /** Makes sure the item existed before every date it has (its age exceeds every day count). */
    void keepDatesAfterCreation() {
        int latest = Math.max(daysSinceSale, Math.max(daysSinceReceipt, daysSinceCount));
        for (PlannedOrderLine line : orderLines) {
            latest = Math.max(latest, line.daysAgo());
        }
        if (age <= latest) {
            age = latest + 30;
        }
    }

    /** The normalized record of the item, as ingestion would build it from the store's export. */
    ItemRecord toRecord(ItemRecord.Builder builder, String sourceFile, long sourceRow, int asOfDay) {
        builder.reset()
                .sourceFile(sourceFile)
                .sourceRow(sourceRow)
                .storeId(storeId)
                .sku(entry.sku(), SkuSource.SKU)
                .barcode(entry.barcode())
                .vendorSku(entry.vendorSku())
                .description(entry.description())
                .vendor(entry.vendor())
                .category(entry.category())
                .department(entry.department().title())
                .unitOfMeasure(entry.unit())
                .status(status)
                .onHandQuantity(onHand, QuantitySource.ON_HAND)
                .onOrderQuantity(onOrder)
                .packageQuantity(entry.packageQuantity())
                .retailPrice(retail, RetailSource.RETAIL)
                .suggestedRetail(suggestedRetail)
                .damaged(damaged)
                .seasonal(entry.department().seasonalSource())
                .nonInventory(nonInventory())
                .dateAdded(asOfDay - age);
        if (costBlank) {
            builder.unitCost(Double.NaN, CostSource.NONE).basisCost(Double.NaN);
        } else {
            builder.unitCost(unitCost, CostSource.UNIT_COST).basisCost(unitCost);
        }
        double margin = Double.isNaN(reportedMarginOverride) ? round4(margin()) : reportedMarginOverride;
        builder.reportedMargin(margin, false);
        if (!velocityFromSalesLines) {
            builder.unitsSold(salesPer30Days, 30).velocity(salesPer30Days, VelocityBasis.PERIOD_30);
        }
        if (salesPer30Days >= 1) {
            builder.reorderPoint(Math.ceil(salesPer30Days / 2)).maxQuantity(Math.ceil(salesPer30Days * 4));
        }
        if (daysSinceSale != UNKNOWN_DAYS) {
            builder.lastSaleDate(asOfDay - daysSinceSale);
        }
        if (daysSinceReceipt != UNKNOWN_DAYS) {
            builder.lastReceiptDate(asOfDay - daysSinceReceipt);
        }
        if (daysSinceCount != UNKNOWN_DAYS) {
            builder.lastCountDate(asOfDay - daysSinceCount);
            if (!Double.isNaN(quantityDifference)) {
                builder.quantityDifference(quantityDifference).countedQuantity(onHand + quantityDifference);
            }
        }
        return builder.build();
    }

    private static double round4(double value) {
        if (Double.isNaN(value)) {
            return value;
        }
        return new BigDecimal(value).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
    }
}

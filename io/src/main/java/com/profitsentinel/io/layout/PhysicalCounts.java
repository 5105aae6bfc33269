package com.profitsentinel.io.layout;

import com.profitsentinel.engine.record.CountLine;
import com.profitsentinel.engine.record.ItemRecord;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The counts of one or more count files, joined to inventory records by (store, SKU) (columns.md §7.5): a joined item
 * gets {@code qty_counted}, and when the inventory file has no difference column, {@code qty_difference = counted −
 * on hand}. Counts of one SKU in several bins add up.
 */
public final class PhysicalCounts {
    private final Map<String, Double> counted = new HashMap<>();

    /** Adds the lines of a count file. */
    public void addAll(List<CountLine> lines) {
        for (CountLine line : lines) {
            counted.merge(key(line.storeId(), line.sku()), line.countedQuantity(), Double::sum);
        }
    }

    public boolean isEmpty() {
        return counted.isEmpty();
    }

    /** The counted quantity of an item, if it was counted. */
    public Optional<Double> counted(String storeId, String sku) {
        return Optional.ofNullable(counted.get(key(storeId, sku)));
    }

    /** The record with its count joined in; the record itself when the item was not counted. */
    public ItemRecord join(ItemRecord record) {
        Double count = counted.get(key(record.storeId(), record.sku()));
        if (count == null) {
            return record;
        }
        double difference = record.quantityDifference();
        if (!ItemRecord.known(difference) && ItemRecord.known(record.onHandQuantity())) {
            difference = count - record.onHandQuantity();
        }
        return new ItemRecord(
                record.sourceFile(),
                record.sourceRow(),
                record.storeId(),
                record.sku(),
                record.skuSource(),
                record.barcode(),
                record.altSku(),
                record.vendorSku(),
                record.coopItemNumber(),
                record.posItemId(),
                record.description(),
                record.vendor(),
                record.vendorCode(),
                record.category(),
                record.department(),
                record.classCode(),
                record.binLocation(),
                record.unitOfMeasure(),
                record.status(),
                record.onHandQuantity(),
                record.quantitySource(),
                record.onOrderQuantity(),
                count,
                difference,
                record.reorderPoint(),
                record.maxQuantity(),
                record.packageQuantity(),
                record.unitCost(),
                record.basisCost(),
                record.costSource(),
                record.retailPrice(),
                record.retailSource(),
                record.suggestedRetail(),
                record.reportedMargin(),
                record.reportedMarginPercentSign(),
                record.inventoryValueCost(),
                record.inventoryValueRetail(),
                record.salesDollars(),
                record.unitsPurchased(),
                record.unitsSoldRaw(),
                record.unitsSoldPeriodDays(),
                record.salesPer30Days(),
                record.velocityBasis(),
                record.lastSaleDate(),
                record.lastReceiptDate(),
                record.dateAdded(),
                record.lastCountDate(),
                record.lastChangedDate(),
                record.damaged(),
                record.seasonal(),
                record.seasonalSource(),
                record.nonInventory());
    }

    private static String key(String storeId, String sku) {
        return storeId + '\u0000' + sku;
    }
}

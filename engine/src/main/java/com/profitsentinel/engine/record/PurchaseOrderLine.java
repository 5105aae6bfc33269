package com.profitsentinel.engine.record;

import static java.util.Objects.requireNonNull;

/**
 * One line of a purchase order (engine.md §2.6), e.g. from an Orgill PO file. Unknown numbers are NaN, unknown dates
 * {@link ItemRecord#NO_DATE}, unknown text empty.
 *
 * @param sourceFile the file the line came from
 * @param sourceRow the 1-based physical row of the line
 * @param storeId ship-to store
 * @param poNumber purchase-order number
 * @param poDate order date
 * @param status normalized PO status
 * @param vendor supplying vendor
 * @param lineNumber line number within the PO
 * @param sku the distributor's item number as written on the PO
 * @param barcode UPC
 * @param vendorSku the vendor's item number
 * @param altSku cross-reference item number
 * @param description line description
 * @param department retail department description
 * @param unitOfMeasure unit of the ordered quantity
 * @param packageQuantity shelf pack
 * @param orderedQuantity units ordered
 * @param filledQuantity units shipped
 * @param unitCost unit cost on the PO
 * @param extendedCost extended cost of the filled quantity
 * @param retail suggested retail on the PO
 * @param shortFlag the distributor marked the line short-shipped
 * @param specialPriceFlag the distributor marked a special price
 * @param serviceLine a service line (SKU 0000000 or a non-inventory description) that never joins inventory
 */
public record PurchaseOrderLine(
        String sourceFile,
        long sourceRow,
        String storeId,
        String poNumber,
        int poDate,
        PurchaseOrderStatus status,
        String vendor,
        int lineNumber,
        String sku,
        String barcode,
        String vendorSku,
        String altSku,
        String description,
        String department,
        String unitOfMeasure,
        double packageQuantity,
        double orderedQuantity,
        double filledQuantity,
        double unitCost,
        double extendedCost,
        double retail,
        boolean shortFlag,
        boolean specialPriceFlag,
        boolean serviceLine) {

    public PurchaseOrderLine {
        requireNonNull(sourceFile, "sourceFile is null");
        requireNonNull(storeId, "storeId is null");
        requireNonNull(poNumber, "poNumber is null");
        requireNonNull(status, "status is null");
        requireNonNull(vendor, "vendor is null");
        requireNonNull(sku, "sku is null");
        requireNonNull(barcode, "barcode is null");
        requireNonNull(vendorSku, "vendorSku is null");
        requireNonNull(altSku, "altSku is null");
        requireNonNull(description, "description is null");
        requireNonNull(department, "department is null");
        requireNonNull(unitOfMeasure, "unitOfMeasure is null");
        if (Double.isNaN(orderedQuantity) || Double.isInfinite(orderedQuantity)) {
            throw new IllegalArgumentException("orderedQuantity must be a finite number: " + orderedQuantity);
        }
    }

    /** Units ordered but not shipped: max(0, ordered − filled); ordered itself when nothing was filled. */
    public double shortQuantity() {
        double filled = Double.isNaN(filledQuantity) ? 0 : filledQuantity;
        return Math.max(0, orderedQuantity - filled);
    }

    /** Dollar value of the short quantity: short × unit cost (NaN when the cost is unknown). */
    public double shortValue() {
        return shortQuantity() * unitCost;
    }

    /** Filled over ordered; 1.0 when nothing was ordered (columns.md §7.2). */
    public double fillRate() {
        if (orderedQuantity <= 0) {
            return 1.0;
        }
        double filled = Double.isNaN(filledQuantity) ? 0 : filledQuantity;
        return filled / orderedQuantity;
    }
}

package com.profitsentinel.testing.samples;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One item of the sample store's catalogue: what every POS layout knows about it.
 *
 * @param sku the store's item number (the Orgill item number for items the store buys from Orgill)
 * @param upc the 12-digit UPC-A code, if the item has one (lumber and services do not)
 * @param description the full description, as on the shelf label
 * @param shortDescription the short (receipt) description
 * @param vendor the vendor (manufacturer) name
 * @param vendorCode the vendor's short code
 * @param vendorSku the vendor's part number
 * @param department the department name
 * @param departmentCode the two-digit department code
 * @param category the category name
 * @param classCode the four-digit class code
 * @param cost the unit cost
 * @param retail the selling price
 * @param suggestedRetail the manufacturer's suggested retail price
 * @param unit the selling unit (EA, BG, PK …)
 * @param pack units per pack
 * @param bin the bin (shelf) location
 * @param seasonal whether the item is seasonal
 */
record CatalogItem(
        String sku,
        Optional<String> upc,
        String description,
        String shortDescription,
        String vendor,
        String vendorCode,
        String vendorSku,
        String department,
        String departmentCode,
        String category,
        String classCode,
        BigDecimal cost,
        BigDecimal retail,
        BigDecimal suggestedRetail,
        String unit,
        int pack,
        String bin,
        boolean seasonal) {
    CatalogItem {
        requireNonNull(sku, "sku is null");
        requireNonNull(upc, "upc is null");
        requireNonNull(description, "description is null");
        requireNonNull(shortDescription, "shortDescription is null");
        requireNonNull(vendor, "vendor is null");
        requireNonNull(vendorCode, "vendorCode is null");
        requireNonNull(vendorSku, "vendorSku is null");
        requireNonNull(department, "department is null");
        requireNonNull(departmentCode, "departmentCode is null");
        requireNonNull(category, "category is null");
        requireNonNull(classCode, "classCode is null");
        requireNonNull(cost, "cost is null");
        requireNonNull(retail, "retail is null");
        requireNonNull(suggestedRetail, "suggestedRetail is null");
        requireNonNull(unit, "unit is null");
        requireNonNull(bin, "bin is null");
        if (!sku.matches("\\d{7}")) {
            throw new IllegalArgumentException("a catalogue SKU is 7 digits: " + sku);
        }
        if (upc.isPresent() && !Upc.isValid(upc.get())) {
            throw new IllegalArgumentException("invalid UPC for " + sku + ": " + upc.get());
        }
        if (pack < 1) {
            throw new IllegalArgumentException("pack must be at least 1: " + sku);
        }
    }

    /** Whether the item is a service (no stock, no cost). */
    boolean service() {
        return department.equals("SERVICES");
    }

    /** A seven-digit co-op catalogue number for this item (Do it Best, Ace); never a UPC. */
    String coopNumber() {
        long number = (Long.parseLong(sku) * 7919L + 3_100_000L) % 10_000_000L;
        return String.format("%07d", number);
    }
}

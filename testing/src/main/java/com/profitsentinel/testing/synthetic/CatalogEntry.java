package com.profitsentinel.testing.synthetic;

import static java.util.Objects.requireNonNull;

import com.profitsentinel.engine.record.ItemRecord;
import com.profitsentinel.testing.samples.Upc;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One item of the chain's catalogue, the same in every store that carries it: SKU, identifiers, description, chain-wide
 * cost and retail price (retail on a price point: .x9 under $20, .99 under $100, x9.99 above), suggested retail and
 * typical sales.
 *
 * @param sku the item number, department prefix and five digits ({@code PLB-10042})
 * @param barcode the UPC-A code, empty for items without one (lumber, services)
 * @param vendorSku the vendor's part number
 * @param description the shelf-label description
 * @param department the department
 * @param family the product family; absent only for services
 * @param category the category text
 * @param vendor the vendor name, empty for services
 * @param unit the selling unit
 * @param cost unit cost ($), 0 for services
 * @param retail selling price ($)
 * @param suggestedRetail the vendor's suggested retail, NaN when the vendor publishes none
 * @param monthlyUnits this item's expected units per 30 days in an average store
 * @param packageQuantity units per pack
 */
record CatalogEntry(
        String sku,
        String barcode,
        String vendorSku,
        String description,
        Department department,
        Optional<ProductFamily> family,
        String category,
        String vendor,
        String unit,
        double cost,
        double retail,
        double suggestedRetail,
        double monthlyUnits,
        double packageQuantity) {

    CatalogEntry {
        requireNonNull(sku, "sku is null");
        requireNonNull(barcode, "barcode is null");
        requireNonNull(vendorSku, "vendorSku is null");
        requireNonNull(description, "description is null");
        requireNonNull(department, "department is null");
        requireNonNull(family, "family is null");
        requireNonNull(category, "category is null");
        requireNonNull(vendor, "vendor is null");
        requireNonNull(unit, "unit is null");
        if (description.length() > ItemRecord.MAX_DESCRIPTION_LENGTH) {
            throw new IllegalArgumentException("description too long: " + description);
        }
        if (!(cost >= 0 && retail > 0)) {
            throw new IllegalArgumentException(sku + ": cost " + cost + ", retail " + retail);
        }
    }

    /** The healthy margin of the catalogue price, (retail − cost) / retail. */
    double margin() {
        return (retail - cost) / retail;
    }

    boolean soldByLength() {
        return family.map(ProductFamily::soldByLength).orElse(false);
    }

    /**
     * How far a healthy item's price may sit below its suggested retail (a relative gap; price discrepancy starts above
     * 0.20). The next price point of a cheap item can be 25 % away ($0.39 → $0.49), so such items keep the suggested
     * price.
     */
    static final double MAXIMUM_SUGGESTED_GAP = 0.10;

    /** A fee or service every store rings up, named with an engine.md §2.3.7 phrase. */
    private record Service(String description, double price) {}

    private static final List<Service> SERVICES = List.of(
            new Service("KEY CUTTING", 2.49),
            new Service("DELIVERY FEE LOCAL", 49.99),
            new Service("EQUIPMENT RENTAL HALF DAY", 35.00),
            new Service("GIFT CARD", 25.00),
            new Service("INSTALLATION WATER HEATER", 189.00),
            new Service("SCREEN REPAIR SERVICE", 24.99),
            new Service("BAG FEE", 0.10));

    /** Rounds a price up to the next price point: .x9 under $20, .99 under $100, x9.99 above. */
    static double pricePoint(double price) {
        double point;
        double step;
        if (price < 20) {
            point = Math.ceil(price * 10) / 10 - 0.01;
            step = 0.10;
        } else if (price < 100) {
            point = Math.floor(price) + 0.99;
            step = 1;
        } else {
            point = Math.floor(price / 10) * 10 + 9.99;
            step = 10;
        }
        if (point < price) {
            point += step;
        }
        return cents(point);
    }

    /** Rounded to cents, half up. */
    static double cents(double amount) {
        return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    /** The catalogue: {@code size} items drawn from the families by department share, plus the services. */
    static List<CatalogEntry> catalogue(int size, Draws draws) {
        double[] weights = new double[ProductFamily.ALL.size()];
        for (int index = 0; index < weights.length; index++) {
            ProductFamily family = ProductFamily.ALL.get(index);
            long inDepartment = ProductFamily.ALL.stream()
                    .filter(other -> other.department() == family.department())
                    .count();
            weights[index] = family.department().sharePercent() / inDepartment;
        }
        int services = Math.max(1, (int) Math.round(size * Department.SERVICES.sharePercent() / 100));
        Map<Department, Integer> numbers = new EnumMap<>(Department.class);
        Map<Vendor, Integer> vendorNumbers = new EnumMap<>(Vendor.class);
        List<CatalogEntry> entries = new ArrayList<>(size);
        for (int index = 0; index < size - services; index++) {
            ProductFamily family = ProductFamily.ALL.get(draws.weightedIndex(weights));
            entries.add(item(
                    family,
                    numbers.merge(family.department(), 1, Integer::sum),
                    vendorNumbers.merge(family.vendor(), 1, Integer::sum),
                    draws));
        }
        for (int index = 0; index < services; index++) {
            Service service = SERVICES.get(index % SERVICES.size());
            int number = numbers.merge(Department.SERVICES, 1, Integer::sum);
            entries.add(new CatalogEntry(
                    sku(Department.SERVICES, number),
                    "",
                    "",
                    service.description(),
                    Department.SERVICES,
                    Optional.empty(),
                    "SERVICES",
                    "",
                    "EA",
                    0,
                    service.price(),
                    Double.NaN,
                    draws.uniform(5, 80),
                    1));
        }
        return List.copyOf(entries);
    }

    /**
     * One item of a family. {@code vendorNumber} (1, 2, … per vendor) makes its barcode and vendor part number unique:
     * PO and sales lines join to records by barcode and vendor SKU too (engine.md §2.5, §2.6), so a shared code would
     * hand one item's orders to another.
     */
    private static CatalogEntry item(ProductFamily family, int number, int vendorNumber, Draws draws) {
        String size = draws.oneOf(family.sizes());
        String finish = family.finishes().isEmpty() ? "" : draws.oneOf(family.finishes());
        String description = (family.prefix() + " " + size + " " + finish).strip();
        double cost = cents(Math.max(0.05, draws.logUniform(family.minimumCost(), family.maximumCost())));
        double margin = draws.uniform(family.minimumMargin(), family.maximumMargin());
        double retail = pricePoint(cost / (1 - margin));
        double suggested = Double.NaN;
        if (draws.chance(0.65)) {
            suggested = retail;
            if (draws.chance(0.3)) {
                double above = pricePoint(retail * draws.uniform(1.0, 1.08));
                suggested = (above - retail) / above <= MAXIMUM_SUGGESTED_GAP ? above : retail;
            }
        }
        String prefix = family.vendor().barcodePrefix();
        String barcode = prefix.isEmpty() || vendorNumber >= 100_000
                ? ""
                : Upc.withCheckDigit(prefix + String.format("%05d", vendorNumber * 7_919L % 100_000));
        double monthlyUnits = draws.logNormal(family.monthlyUnits(), 0.8);
        double pack = family.soldByLength() ? 1 : draws.oneOf(List.of(1.0, 1.0, 1.0, 2.0, 4.0, 6.0, 12.0));
        return new CatalogEntry(
                sku(family.department(), number),
                barcode,
                family.vendor().code() + String.format("%07d", vendorNumber * 104_729L % 10_000_000),
                description,
                family.department(),
                Optional.of(family),
                family.category(),
                family.vendor().title(),
                family.unit(),
                cost,
                retail,
                suggested,
                monthlyUnits,
                pack);
    }

    private static String sku(Department department, int number) {
        return department.skuPrefix() + "-" + (10_000 + number);
    }
}

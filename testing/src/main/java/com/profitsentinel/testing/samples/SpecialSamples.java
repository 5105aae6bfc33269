package com.profitsentinel.testing.samples;

import static com.profitsentinel.testing.samples.SampleColumn.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Files that are not a POS inventory layout: the native format (engine.md §2.7), an Orgill purchase order (§7.2), a
 * sales-detail file (§7.4), a POSIM count file (§7.5) and an unbranded inventory CSV mapped by the generic aliases
 * (§10).
 */
final class SpecialSamples {
    private static final String GENERIC = "generic";
    private static final DateTimeFormatter SALE_TIME = DateTimeFormatter.ofPattern("M/d/yyyy h:mm a", Locale.US);

    private SpecialSamples() {}

    static List<SampleDefinition> definitions() {
        return List.of(nativeFormat(), OrgillOrder.definition(), salesDetail(), posimCount(), generic());
    }

    /** The native 11-column format (engine.md §2.7, columns.md §11.5). */
    private static SampleDefinition nativeFormat() {
        List<SampleColumn> columns = List.of(
                text("store_id", "store_id", row -> row.store().equals("default") ? "" : row.store()),
                text("sku", "sku", row -> row.item().sku()),
                text("qty_on_hand", "qty_on_hand", row -> Integer.toString(row.onHand())),
                text("unit_cost", "unit_cost", row -> Formats.money(row.cost())),
                text("margin_pct", "margin_pct", row -> nativeMarkup(row)
                        .map(BigDecimal::toPlainString)
                        .orElse("")),
                SampleColumn.sold("sales_last_30d", "30", row -> Integer.toString(row.soldLast30Days())),
                text(
                        "days_since_receipt",
                        "extended",
                        row -> Long.toString(ChronoUnit.DAYS.between(row.lastReceipt(), StockRows.AS_OF))),
                text("retail_price", "retail_price", row -> Formats.money(nativeRetail(row))),
                text("is_damaged", "is_damaged", row -> row.returns() > 0 ? "true" : "false"),
                text("on_order_qty", "qty_on_order", row -> Integer.toString(row.onOrder())),
                text(
                        "is_seasonal",
                        "is_seasonal",
                        row -> Boolean.toString(row.item().seasonal())));
        List<StockRow> rows = new ArrayList<>(StockRows.generate(2701L, "store-1", 0, 12));
        rows.addAll(StockRows.generate(2702L, "store-2", 12, 8));
        rows.addAll(StockRows.generate(2703L, "default", 30, 2));
        return SampleDefinition.inventoryText(
                "native.csv",
                "sentinel_native",
                "Profit Sentinel native format",
                "Exactly the 11 native headers: `margin_pct` as a markup fraction with retail = cost × (1 + margin),"
                        + " `days_since_receipt` in days, boolean flags, blank `store_id` meaning `default`.",
                TextLayout.CSV_LF,
                columns,
                List.copyOf(rows));
    }

    /** A Paladin sales-detail export (§7.4, §11.6). */
    private static SampleDefinition salesDetail() {
        List<String> headers = List.of("Date", "SKU", "Description", "Qty Sold", "Amount", "Cost", "Store ID");
        List<ExpectedColumn> expected = List.of(
                ExpectedColumn.mapped("Date", "txn_date"),
                ExpectedColumn.mapped("SKU", "sku"),
                ExpectedColumn.mapped("Description", "description"),
                ExpectedColumn.mapped("Qty Sold", "sale_qty"),
                ExpectedColumn.mapped("Amount", "sale_amount"),
                ExpectedColumn.mapped("Cost", "sale_cost"),
                ExpectedColumn.mapped("Store ID", "store_id"));
        SplittableRandom random = new SplittableRandom(7401L);
        List<CatalogItem> items = Catalog.items();
        List<LocalDateTime> times = new ArrayList<>();
        for (int index = 0; index < 32; index++) {
            times.add(LocalDate.of(2025, 6, 1)
                    .plusDays(random.nextInt(0, 30))
                    .atTime(8 + random.nextInt(0, 11), random.nextInt(0, 60)));
        }
        times.sort(Comparator.naturalOrder());
        List<List<String>> rows = new ArrayList<>();
        for (int index = 0; index < times.size(); index++) {
            CatalogItem item = items.get(random.nextInt(0, items.size()));
            int quantity = 1 + random.nextInt(0, 4);
            if (index == 9 || index == 23) {
                quantity = -quantity;
            }
            if (index == 17) {
                item = Catalog.item("0100111");
                quantity = 8;
            }
            rows.add(List.of(
                    SALE_TIME.format(times.get(index)),
                    item.sku(),
                    item.description(),
                    Integer.toString(quantity),
                    accounting(StockRow.extended(quantity, item.retail())),
                    accounting(StockRow.extended(quantity, item.cost())),
                    index % 3 == 0 ? "2" : "1"));
        }
        Sample sample = new Sample(
                "sales-detail.csv",
                GENERIC,
                "Paladin POS (sales detail)",
                FileType.SALES_DETAIL,
                "Sales lines `Date, SKU, Description, Qty Sold, Amount, Cost, Store ID` with `M/D/YYYY h:mm AM`"
                        + " timestamps, returns as negative quantities with amounts like `(20.97)`, and a quoted"
                        + " `1,359.92`.",
                expected,
                List.of());
        return new SampleDefinition(sample, () -> TextLayout.CSV_CRLF.render(Table.ofText(headers, rows)), List.of());
    }

    /** The POSIM physical-inventory import (§7.5, §9.8). */
    private static SampleDefinition posimCount() {
        List<SampleColumn> columns = List.of(
                text("SKU", "sku", row -> row.item().sku()),
                text("Quantity", "qty_counted", row -> Integer.toString(Math.max(0, row.counted()))),
                text("Location", "bin_location", row -> row.item().bin()),
                text("Who", "extended", row -> row.item().department().startsWith("L") ? "JMB" : "KLT"));
        List<StockRow> rows = StockRows.generate(5501L, "1", 0, 20);
        Sample sample = new Sample(
                "posim-count.csv",
                "posim_count",
                "POSIM (physical-inventory import)",
                FileType.COUNT,
                "A count file with exactly `SKU, Quantity, Location, Who`; SKUs keep their leading zeros (`0022913`).",
                SampleColumn.expectations(columns),
                List.of());
        return new SampleDefinition(
                sample, () -> TextLayout.CSV_CRLF.render(SampleColumn.table(columns, rows)), List.of());
    }

    /** An unbranded export: no profile is detected, every column maps by a generic alias or by its values. */
    private static SampleDefinition generic() {
        List<SampleColumn> columns = List.of(
                text("Item Code", "sku", row -> row.item().sku()),
                text("Item Description", "description", row -> row.item().description()),
                text(
                        "Supplier Name",
                        "vendor",
                        row -> CloudSamples.titleCase(row.item().vendor())),
                text(
                        "Item Category",
                        "category",
                        row -> CloudSamples.titleCase(row.item().category())),
                text(
                        "Department Name",
                        "department",
                        row -> CloudSamples.titleCase(row.item().department())),
                text("Scan Code", "barcode", row -> row.item().upc().orElseThrow()),
                text("Stock Qty", "qty_on_hand", row -> Integer.toString(row.onHand())),
                text("Cost Price", "unit_cost", row -> Formats.money(row.cost())),
                text("Sell Price", "retail_price", row -> Formats.money(row.retail())),
                SampleColumn.sold("Sold Last 30 Days", "30", row -> Integer.toString(row.soldLast30Days())),
                text("Last Sale Date", "last_sale_date", row -> Formats.us(row.lastSale())),
                text("Reorder Level", "reorder_point", row -> Integer.toString(row.reorderPoint())),
                text("Shelf Location", "bin_location", row -> row.item().bin()),
                SampleColumn.unmapped("Buyer Notes", SpecialSamples::buyerNote));
        List<StockRow> rows = StockRows.generate(9901L, "1", 14, 30).stream()
                .filter(row -> row.item().upc().isPresent())
                .toList();
        return SampleDefinition.inventoryText(
                "generic.csv",
                GENERIC,
                "Unbranded inventory export",
                "Headers no POS profile knows: mapped by generic aliases (`Item Code`, `Stock Qty`, `Sell Price`,"
                        + " `Sold Last 30 Days` with period 30), `Scan Code` by its valid UPC values (sniffing), and"
                        + " `Buyer Notes` left unmapped.",
                TextLayout.CSV_LF,
                columns,
                rows);
    }

    /** The native margin: markup on cost as a fraction with two decimals; empty without a cost. */
    private static Optional<BigDecimal> nativeMarkup(StockRow row) {
        if (row.cost().signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(
                row.retail().divide(row.cost(), 2, RoundingMode.HALF_UP).subtract(BigDecimal.ONE));
    }

    /** The native retail: cost × (1 + margin) as the reference fixtures build it, else the item's price. */
    private static BigDecimal nativeRetail(StockRow row) {
        return nativeMarkup(row)
                .map(markup -> row.cost().multiply(BigDecimal.ONE.add(markup)).setScale(2, RoundingMode.HALF_UP))
                .orElse(row.retail());
    }

    /** {@code 1,234.50}, or {@code (15.98)} for a negative amount. */
    private static String accounting(BigDecimal amount) {
        String digits = Formats.thousands(amount.abs());
        return amount.signum() < 0 ? "(" + digits + ")" : digits;
    }

    private static String buyerNote(StockRow row) {
        if (row.status().equals("D")) {
            return "discontinued by vendor";
        }
        return row.item().seasonal() ? "seasonal - review in August" : "";
    }
}

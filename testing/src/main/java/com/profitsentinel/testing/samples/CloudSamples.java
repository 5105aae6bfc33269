package com.profitsentinel.testing.samples;

import static com.profitsentinel.testing.samples.SampleColumn.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Cloud POS exports: Lightspeed R and X, Shopify product and inventory, Square and Clover (columns.md §7.1, §7.3,
 * §9.10, §9.11, §9.17–§9.19, §11.5).
 */
final class CloudSamples {
    private static final String ALPHANUMERIC = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private CloudSamples() {}

    static List<SampleDefinition> definitions() {
        return List.of(
                lightspeedR(), lightspeedX(), ShopifyProducts.definition(), shopifyInventory(), square(), clover());
    }

    /** Lightspeed R-Series (§9.10, §11.5) with one QOH and one reorder-point column per store. */
    private static SampleDefinition lightspeedR() {
        List<String> stores = List.of("Downtown", "Eastside");
        List<StockRow> downtown = StockRows.generate(1101L, stores.get(0), 3, 20);
        List<StockRow> eastside = StockRows.generate(1102L, stores.get(1), 3, 20);
        List<ExpectedColumn> expected = new ArrayList<>(List.of(
                ExpectedColumn.mapped("System ID", "pos_item_id"),
                ExpectedColumn.mapped("Custom SKU", "sku"),
                ExpectedColumn.mapped("Manufacturer SKU", "alt_sku"),
                ExpectedColumn.mapped("Item/Description", "description"),
                ExpectedColumn.mapped("UPC", "barcode"),
                ExpectedColumn.mapped("Default Cost", "unit_cost"),
                ExpectedColumn.mapped("Default Price", "retail_price"),
                ExpectedColumn.mapped("MSRP", "suggested_retail"),
                ExpectedColumn.mapped("Vendor", "vendor"),
                ExpectedColumn.mapped("Category", "category")));
        for (String store : stores) {
            expected.add(ExpectedColumn.mapped(store + " - QOH", "qty_on_hand"));
            expected.add(ExpectedColumn.mapped(store + " - Reorder Point", "reorder_point"));
        }
        List<List<String>> rows = new ArrayList<>();
        for (int index = 0; index < downtown.size(); index++) {
            StockRow row = downtown.get(index);
            StockRow other = eastside.get(index);
            CatalogItem item = row.item();
            rows.add(List.of(
                    "2100000" + item.sku().substring(2),
                    item.sku(),
                    item.vendorCode() + "-" + item.vendorSku(),
                    item.description(),
                    item.upc().orElse(""),
                    Formats.money(row.cost()),
                    Formats.money(row.retail()),
                    Formats.money(item.suggestedRetail()),
                    item.vendor(),
                    titleCase(item.department()) + "/" + titleCase(item.category()),
                    Integer.toString(row.onHand()),
                    Integer.toString(row.reorderPoint()),
                    index == 3 ? "" : Integer.toString(other.onHand()),
                    Integer.toString(other.reorderPoint())));
        }
        Sample sample = new Sample(
                "lightspeed-r.csv",
                "lightspeed_r",
                "Lightspeed Retail R-Series",
                FileType.INVENTORY,
                "Per-store columns `Downtown - QOH` / `Eastside - QOH` (unpivoted to one record per store; one blank"
                        + " Eastside quantity stays unknown, not 0), `System ID` as the POS id, `Manufacturer SKU` as"
                        + " the alternate SKU.",
                expected,
                stores);
        List<String> headers = expected.stream().map(ExpectedColumn::header).toList();
        return new SampleDefinition(sample, () -> TextLayout.CSV_LF.render(Table.ofText(headers, rows)), List.of());
    }

    /** Lightspeed X-Series (§9.11): one row per product and outlet. */
    private static SampleDefinition lightspeedX() {
        List<SampleColumn> columns = List.of(
                text("product_handle", "pos_item_id", row -> handle(row.item().description())),
                text("variant_sku", "sku", row -> row.item().sku()),
                text("product_name", "description", row -> titleCase(row.item().description())),
                text("variant_name", "description_alt", row -> ""),
                text("supply_price", "unit_cost", row -> Formats.money(row.cost())),
                text("retail_price", "retail_price", row -> Formats.money(row.retail())),
                text("markup", "markup_pct", row -> row.markupPercent().toPlainString()),
                text("brand_name", "extended", row -> titleCase(row.item().vendor())),
                text("supplier_name", "vendor", row -> titleCase(row.item().vendor())),
                text("supplier_code", "vendor_code", row -> row.item().vendorCode()),
                text("product_type", "category", row -> titleCase(row.item().category())),
                text("tags", "extended", row -> tags(row.item())),
                text("outlet_name", "store_id", StockRow::store),
                text("current_inventory", "qty_on_hand", row -> Integer.toString(row.onHand())),
                text("reorder_point", "reorder_point", row -> Integer.toString(row.reorderPoint())),
                text("reorder_amount", "extended", row -> Integer.toString(row.maximum() - row.reorderPoint())),
                text("variant_loyalty_value", "extended", row -> "0.00"),
                text("product_active", "status", row -> row.status().equals("A") ? "true" : "false"));
        return SampleDefinition.inventoryText(
                "lightspeed-x.csv",
                "lightspeed_x",
                "Lightspeed X-Series (Vend)",
                "Row-based multi-outlet (`outlet_name`), API-style lower-case headers, `markup` as markup on cost"
                        + " (not margin), quoted `tags` lists.",
                TextLayout.CSV_LF,
                columns,
                StockRows.generate(1201L, List.of("Main Street", "Riverside"), 24, 12));
    }

    /** Shopify inventory export (§9.17): one row per item and location. */
    private static SampleDefinition shopifyInventory() {
        List<SampleColumn> columns = List.of(
                text("Handle", "pos_item_id", row -> handle(row.item().description())),
                text("Title", "description", row -> titleCase(row.item().description())),
                text("Option1 Name", "extended", row -> "Title"),
                text("Option1 Value", "extended", row -> "Default Title"),
                text("Option2 Name", "extended", row -> ""),
                text("Option2 Value", "extended", row -> ""),
                text("Option3 Name", "extended", row -> ""),
                text("Option3 Value", "extended", row -> ""),
                text("SKU", "sku", row -> row.item().sku()),
                text("HS Code", "extended", row -> ""),
                text("COO", "extended", row -> row.item().vendor().startsWith("S") ? "CN" : "US"),
                text("Location", "store_id", StockRow::store),
                text("Bin name", "bin_location", row -> row.item().bin()),
                text("Incoming (not editable)", "qty_on_order", row -> Integer.toString(row.onOrder())),
                text("Unavailable (not editable)", "extended", row -> "0"),
                text("Committed (not editable)", "extended", row -> Integer.toString(row.committed())),
                text(
                        "Available (not editable)",
                        "qty_available",
                        row -> Integer.toString(row.onHand() - row.committed())),
                text("On hand (current)", "qty_on_hand", row -> Integer.toString(row.onHand())),
                text("On hand (new)", "extended", row -> Integer.toString(row.onHand())));
        return SampleDefinition.inventoryText(
                "shopify-inventory.csv",
                "shopify_inventory",
                "Shopify (inventory export)",
                "One row per item and `Location` (the store); `On hand (current)` is the quantity, `On hand (new)` an"
                        + " import column, `Available (not editable)` the available quantity.",
                TextLayout.CSV_LF,
                columns,
                StockRows.generate(1301L, List.of("Main Street Store", "Garden Center"), 0, 10));
    }

    /** Square item library (§9.18, §11.5) as XLSX with two locations. */
    private static SampleDefinition square() {
        List<String> locations = List.of("Main Street", "Warehouse");
        List<StockRow> main = StockRows.generate(1401L, locations.get(0), 4, 16);
        List<StockRow> warehouse = StockRows.generate(1402L, locations.get(1), 4, 16);
        List<ExpectedColumn> expected = new ArrayList<>(List.of(
                ExpectedColumn.mapped("Token", "pos_item_id"),
                ExpectedColumn.mapped("Item Name", "description"),
                ExpectedColumn.mapped("Variation Name", "description_alt"),
                ExpectedColumn.mapped("SKU", "sku"),
                ExpectedColumn.mapped("Description", "extended"),
                ExpectedColumn.mapped("Category", "category"),
                ExpectedColumn.mapped("GTIN", "barcode"),
                ExpectedColumn.mapped("Price", "retail_price"),
                ExpectedColumn.mapped("Default Unit Cost", "unit_cost"),
                ExpectedColumn.mapped("Default Vendor Name", "vendor"),
                ExpectedColumn.mapped("Default Vendor Code", "vendor_sku")));
        for (String location : locations) {
            expected.add(ExpectedColumn.mapped("Current Quantity " + location, "qty_on_hand"));
            expected.add(ExpectedColumn.mapped("New Quantity " + location, "extended"));
            expected.add(ExpectedColumn.mapped("Stock Alert Enabled " + location, "extended"));
            expected.add(ExpectedColumn.mapped("Stock Alert Count " + location, "reorder_point"));
        }
        List<List<CellValue>> rows = new ArrayList<>();
        for (int index = 0; index < main.size(); index++) {
            StockRow row = main.get(index);
            CatalogItem item = row.item();
            List<CellValue> cells = new ArrayList<>(List.of(
                    CellValue.text(token(item, 1403L, 24)),
                    CellValue.text(titleCase(item.description())),
                    CellValue.text("Regular"),
                    CellValue.text(item.sku()),
                    CellValue.text(titleCase(item.shortDescription()) + " from " + titleCase(item.vendor()) + "."),
                    CellValue.text(titleCase(item.category())),
                    item.upc().map(upc -> CellValue.number(Long.parseLong(upc))).orElse(CellValue.blank()),
                    CellValue.number(row.retail()),
                    row.cost().signum() == 0 ? CellValue.blank() : CellValue.number(row.cost()),
                    CellValue.text(titleCase(item.vendor())),
                    CellValue.text(item.vendorSku())));
            for (StockRow stock : List.of(row, warehouse.get(index))) {
                cells.add(CellValue.number(stock.onHand()));
                cells.add(CellValue.blank());
                cells.add(CellValue.text(stock.reorderPoint() > 1 ? "Y" : "N"));
                cells.add(CellValue.number(stock.reorderPoint()));
            }
            rows.add(cells);
        }
        Sample sample = new Sample(
                "square.xlsx",
                "square",
                "Square (item library)",
                FileType.INVENTORY,
                "An XLSX item library with two locations embedded in headers (`Current Quantity Main Street`,"
                        + " `Current Quantity Warehouse`); GTINs as numeric cells, so a UPC with a leading zero reads"
                        + " as 11 digits (`52860004124`); a blank `Default Unit Cost`.",
                expected,
                locations);
        List<String> headers = expected.stream().map(ExpectedColumn::header).toList();
        return new SampleDefinition(
                sample, () -> Workbooks.xlsx(new Table(headers, rows), "Items", "mm/dd/yyyy"), List.of());
    }

    /** Clover inventory export (§9.19) as XLSX. */
    private static SampleDefinition clover() {
        List<StockRow> stock = StockRows.generate(1502L, "1", 33, 15);
        List<SampleColumn> columns = new ArrayList<>();
        columns.add(SampleColumn.cell("Clover ID", "pos_item_id", row -> CellValue.text(token(row.item(), 1501L, 13))));
        columns.addAll(List.of(
                SampleColumn.cell(
                        "Name", "description", row -> CellValue.text(row.item().description())),
                SampleColumn.cell(
                        "Alternate Name",
                        "description_alt",
                        row -> CellValue.text(row.item().shortDescription())),
                SampleColumn.cell("Price", "retail_price", row -> CellValue.number(row.retail())),
                SampleColumn.cell(
                        "Price Type",
                        "extended",
                        row -> CellValue.text(row.item().service() ? "Variable" : "Fixed")),
                SampleColumn.cell("Price Unit", "extended", row -> CellValue.blank()),
                SampleColumn.cell("Tax Rates", "extended", row -> CellValue.text("DEFAULT")),
                SampleColumn.cell("Cost", "unit_cost", row -> CellValue.number(row.cost())),
                SampleColumn.cell(
                        "Product Code",
                        "barcode",
                        row -> row.item().upc().map(CellValue::text).orElse(CellValue.blank())),
                SampleColumn.cell("SKU", "sku", row -> CellValue.text(row.item().sku())),
                SampleColumn.cell("Modifier Groups", "extended", row -> CellValue.blank()),
                SampleColumn.cell("Quantity", "qty_on_hand", row -> CellValue.number(row.onHand())),
                SampleColumn.cell("Printer Labels", "extended", row -> CellValue.blank()),
                SampleColumn.cell(
                        "Hidden", "status", row -> CellValue.text(row.status().equals("A") ? "No" : "Yes")),
                SampleColumn.cell(
                        "Non-revenue item",
                        "non_inventory_flag",
                        row -> CellValue.text(row.item().service() ? "Yes" : "No")),
                SampleColumn.cell("Discountable", "extended", row -> CellValue.text("Yes")),
                SampleColumn.cell(
                        "Categories",
                        "category",
                        row -> CellValue.text(titleCase(row.item().category())))));
        Sample sample = new Sample(
                "clover.xlsx",
                "clover",
                "Clover",
                FileType.INVENTORY,
                "The Clover item export as XLSX (low-confidence profile): `Product Code` is the barcode, `Hidden` Yes"
                        + " marks inactive items, `Non-revenue item` Yes flags the key-cutting service as non-inventory.",
                SampleColumn.expectations(columns),
                List.of());
        return new SampleDefinition(
                sample, () -> Workbooks.xlsx(SampleColumn.table(columns, stock), "Items", "mm/dd/yyyy"), List.of());
    }

    /** A Shopify-style handle: lower-case words joined by hyphens ({@code hose-garden-5-8x50-ft}). */
    static String handle(String description) {
        StringBuilder handle = new StringBuilder(description.length());
        boolean hyphen = false;
        for (int index = 0; index < description.length(); index++) {
            char character = Character.toLowerCase(description.charAt(index));
            if ((character >= 'a' && character <= 'z') || (character >= '0' && character <= '9')) {
                if (hyphen && !handle.isEmpty()) {
                    handle.append('-');
                }
                handle.append(character);
                hyphen = false;
            } else {
                hyphen = true;
            }
        }
        return handle.toString();
    }

    /** {@code HOSE GARDEN 5/8X50 FT} → {@code Hose Garden 5/8x50 Ft}. */
    static String titleCase(String text) {
        StringBuilder title = new StringBuilder(text.length());
        boolean wordStart = true;
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            title.append(wordStart ? Character.toUpperCase(character) : Character.toLowerCase(character));
            wordStart = character == ' ' || character == '/' || character == '-';
        }
        return title.toString();
    }

    /** A random-looking upper-case token of the given length, fixed for an item and a salt. */
    static String token(CatalogItem item, long salt, int length) {
        SplittableRandom random = new SplittableRandom(Long.parseLong(item.sku()) * 31L + salt);
        StringBuilder token = new StringBuilder(length);
        for (int index = 0; index < length; index++) {
            token.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
        }
        return token.toString();
    }

    private static String tags(CatalogItem item) {
        String department = item.department().toLowerCase(Locale.ROOT);
        return item.seasonal() ? department + ", seasonal" : department;
    }
}

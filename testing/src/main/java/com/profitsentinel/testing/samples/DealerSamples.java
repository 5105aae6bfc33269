package com.profitsentinel.testing.samples;

import static com.profitsentinel.testing.samples.SampleColumn.cell;
import static com.profitsentinel.testing.samples.SampleColumn.sold;
import static com.profitsentinel.testing.samples.SampleColumn.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * On-premise dealer systems: Epicor Eagle and BisTrack, NCR Counterpoint, Spruce, POSIM, Retail Pro, Celerant,
 * MicroBiz, Rain, KORONA and Dynamics RMS (columns.md §9.4–§9.8, §9.12–§9.16, §9.20, §11.5).
 */
final class DealerSamples {
    private static final TextLayout PIPE_CRLF = new TextLayout('|', "\r\n", StandardCharsets.UTF_8, false);
    private static final TextLayout TAB_LF = new TextLayout('\t', "\n", StandardCharsets.UTF_8, false);

    private DealerSamples() {}

    static List<SampleDefinition> definitions() {
        return List.of(
                epicorEagle(),
                epicorBistrack(),
                counterpoint(),
                spruce(),
                posim(),
                retailPro(),
                celerant(),
                microbiz(),
                rainPos(),
                korona(),
                dynamicsRms());
    }

    /** Eagle Report Builder / DAFL export (§9.4, §11.5): pipe-delimited, commas in data written as {@code ?}. */
    private static SampleDefinition epicorEagle() {
        List<SampleColumn> columns = List.of(
                text("sku", "sku", row -> row.item().sku()),
                text("upc", "barcode", row -> row.item().upc().orElse("")),
                text("desc", "description", row -> dafl(row.item().description())),
                text("qty_oh", "qty_on_hand", row -> Integer.toString(row.onHand())),
                text("qty_on_ord", "qty_on_order", row -> Integer.toString(row.onOrder())),
                text("posting_cost", "unit_cost", row -> Formats.money(row.cost())),
                text("avg_cost", "avg_cost", row -> Formats.money(row.averageCost())),
                text("last_cost", "last_cost", row -> Formats.money(row.cost())),
                text("retail", "retail_price", row -> Formats.money(row.retail())),
                text("price_1", "extended", row -> Formats.money(scaled(row.retail(), "0.90"))),
                text(
                        "sug_retail",
                        "suggested_retail",
                        row -> Formats.money(row.item().suggestedRetail())),
                text("msrp", "extended", row -> Formats.money(row.item().suggestedRetail())),
                text("dept", "department", row -> row.item().departmentCode()),
                text("class", "class_code", row -> row.item().classCode()),
                sold("ytd_sold", "YTD", row -> daflCount(row.soldYearToDate() * bulk(row))),
                text("ly_sold", "extended", row -> daflCount(row.soldLastYear() * bulk(row))),
                text("last_sold", "last_sale_date", row -> Formats.iso(row.lastSale())),
                text("last_rcpt", "last_receipt_date", row -> row.lastReceipt().toString()),
                text("margin", "margin_pct", row -> row.marginPercent().toPlainString()),
                text("status", "status", StockRow::status));
        return SampleDefinition.inventoryText(
                "epicor-eagle.txt",
                "epicor_eagle",
                "Epicor Eagle",
                "A pipe-delimited Report Builder/DAFL export: `?` in place of commas (`TOMATO CAGE 42 IN? GALVANIZED`,"
                        + " `2?850` key blanks), `msrp` losing to `sug_retail`, `ly_sold` losing to `ytd_sold`.",
                PIPE_CRLF,
                columns,
                StockRows.generate(4401L, "1", 10, 35));
    }

    /** BisTrack lumber fields (§9.5); the item, description, price and receipt columns use generic aliases (§10). */
    private static SampleDefinition epicorBistrack() {
        List<String> headers = List.of(
                "item_code",
                "description",
                "species",
                "grade",
                "nominal_size",
                "thickness",
                "width",
                "length",
                "treatment",
                "pieces",
                "board_feet",
                "linear_feet",
                "tally",
                "selling_uom",
                "stocking_uom",
                "buying_uom",
                "cost_per_bf",
                "cost_per_mbf",
                "price",
                "bundle_qty",
                "yard_location",
                "last_received");
        Map<String, String> targets = Map.ofEntries(
                Map.entry("item_code", "sku"),
                Map.entry("description", "description"),
                Map.entry("pieces", "qty_on_hand"),
                Map.entry("selling_uom", "unit_of_measure"),
                Map.entry("cost_per_bf", "unit_cost"),
                Map.entry("price", "retail_price"),
                Map.entry("bundle_qty", "package_qty"),
                Map.entry("yard_location", "bin_location"),
                Map.entry("last_received", "last_receipt_date"));
        List<ExpectedColumn> expected = headers.stream()
                .map(header -> ExpectedColumn.mapped(header, targets.getOrDefault(header, "extended")))
                .toList();
        Sample sample = new Sample(
                "epicor-bistrack.csv",
                "epicor_bistrack",
                "Epicor BisTrack",
                FileType.INVENTORY,
                "Lumber: board, linear and tally columns (extended), `pieces` as the on-hand quantity and"
                        + " `cost_per_bf` as the cost, in the stocking unit as exported (no unit conversion).",
                expected,
                List.of());
        return new SampleDefinition(sample, () -> TextLayout.CSV_CRLF.render(Lumber.table(headers)), List.of());
    }

    /** Counterpoint IM_ITEM (§9.7, §11.5), tab-separated with SQL-style dates. */
    private static SampleDefinition counterpoint() {
        List<SampleColumn> columns = List.of(
                text("item_no", "sku", row -> row.item().sku()),
                text("descr", "description", row -> row.item().description()),
                text("barcod", "barcode", row -> row.item().upc().orElse("")),
                text("item_typ", "item_type", row -> row.item().service() ? "N" : "I"),
                text("categ_cod", "category", row -> letters(row.item().department(), 4)),
                text("subcat_cod", "class_code", row -> row.item().classCode()),
                text("qty_on_hnd", "qty_on_hand", row -> Integer.toString(row.onHand())),
                text("qty_avail", "qty_available", row -> Integer.toString(row.onHand() - row.committed())),
                text("qty_on_ord", "qty_on_order", row -> Integer.toString(row.onOrder())),
                text("min_qty", "reorder_point", row -> Integer.toString(row.reorderPoint())),
                text("max_qty", "max_qty", row -> Integer.toString(row.maximum())),
                text("prc_1", "retail_price", row -> Formats.money(row.retail())),
                text("prc_2", "extended", row -> Formats.money(scaled(row.retail(), "0.90"))),
                text("avg_cost", "avg_cost", row -> Formats.money(row.averageCost())),
                text("lst_cost", "unit_cost", row -> Formats.money(row.cost())),
                text("vend_no", "vendor_code", row -> row.item().vendorCode()),
                text("lst_recv_dat", "last_receipt_date", row -> row.lastReceipt()
                        .toString()),
                text("lst_sold_dat", "last_sale_date", row -> Formats.iso(row.lastSale())),
                text("lst_maint_dt", "last_changed_date", row -> row.lastChanged() + " 16:42:05"),
                text("stat", "status", StockRow::status),
                text("loc_id", "store_id", StockRow::store));
        return SampleDefinition.inventoryText(
                "ncr-counterpoint.tsv",
                "ncr_counterpoint",
                "NCR Counterpoint",
                "IM_ITEM columns as tab-separated text: `lst_cost` is the primary cost in this profile, `lst_maint_dt`"
                        + " is a maintenance timestamp (never the last sale), `item_typ` N marks the key-cutting"
                        + " service.",
                TAB_LF,
                columns,
                StockRows.generate(7311L, "MAIN", 18, 28));
    }

    /** Spruce (§9.6): two yards in the `Location` column, so the location rule makes it the store. */
    private static SampleDefinition spruce() {
        List<SampleColumn> columns = List.of(
                text("Item Number", "sku", row -> row.item().sku()),
                text("Description", "description", row -> row.item().description()),
                text("Department", "department", row -> row.item().department()),
                text("Category", "category", row -> row.item().category()),
                text("Vendor", "vendor", row -> row.item().vendor()),
                text("Vendor Item Number", "vendor_sku", row -> row.item().vendorSku()),
                text("On Hand Qty", "qty_on_hand", row -> Integer.toString(row.onHand())),
                text("Unit of Measure", "unit_of_measure", row -> row.item().unit()),
                text("Cost", "unit_cost", row -> Formats.money(row.cost())),
                text("Price", "retail_price", row -> Formats.money(row.retail())),
                text(
                        "Board Feet",
                        "extended",
                        row -> Lumber.boardFeet(row.item().sku())),
                text("Species", "extended", row -> Lumber.species(row.item().sku())),
                text("Grade", "extended", row -> Lumber.grade(row.item().sku())),
                text("Reorder Point", "reorder_point", row -> Integer.toString(row.reorderPoint())),
                text("Location", "store_id", StockRow::store),
                text("Last Received Date", "last_receipt_date", row -> Formats.us(row.lastReceipt())),
                text("Last Sold Date", "last_sale_date", row -> Formats.us(row.lastSale())));
        return SampleDefinition.inventoryText(
                "spruce.csv",
                "spruce",
                "Spruce POS",
                "A lumber-and-hardware export (low-confidence profile) whose `Location` holds two yards, each on ten"
                        + " rows, so the location rule (§6.3) maps it to store_id rather than bin_location.",
                TextLayout.CSV_CRLF,
                columns,
                StockRows.generate(5150L, List.of("MAIN YARD", "NORTH YARD"), 6, 10));
    }

    /** The POSIM export (§9.8); its `Location` is the bin. */
    private static SampleDefinition posim() {
        List<SampleColumn> columns = List.of(
                text("ItemNum", "sku", row -> row.item().sku()),
                text("Description", "description", row -> row.item().description()),
                text("Department", "department", row -> row.item().department()),
                text("Category", "category", row -> row.item().category()),
                text("Vendor", "vendor", row -> row.item().vendor()),
                text("UPC", "barcode", row -> row.item().upc().orElse("")),
                text("Quantity on Hand", "qty_on_hand", row -> Integer.toString(row.onHand())),
                text("Cost", "unit_cost", row -> Formats.money(row.cost())),
                text("Average Cost", "avg_cost", row -> Formats.money(row.averageCost())),
                text("MSRP", "suggested_retail", row -> Formats.money(row.item().suggestedRetail())),
                text("Price 1", "retail_price", row -> Formats.money(row.retail())),
                text("Price 2", "extended", row -> Formats.money(scaled(row.retail(), "0.92"))),
                text("Minimum Stock", "reorder_point", row -> Integer.toString(row.reorderPoint())),
                text("Maximum Stock", "max_qty", row -> Integer.toString(row.maximum())),
                text("Last Received", "last_receipt_date", row -> Formats.us(row.lastReceipt())),
                text("Last Sold", "last_sale_date", row -> Formats.us(row.lastSale())),
                text("Location", "bin_location", row -> row.item().bin()),
                text("Status", "status", row -> row.status().equals("A") ? "Active" : "Discontinued"));
        return SampleDefinition.inventoryText(
                "posim.csv",
                "posim",
                "POSIM",
                "The POSIM item export (low-confidence profile): `ItemNum`, `Price 1` as the price and `Price 2` as"
                        + " an extended level, `Location` as the bin.",
                TextLayout.CSV_CRLF,
                columns,
                StockRows.generate(6620L, "1", 25, 20));
    }

    /** Retail Pro (§9.12): one row per item and store (`Store Code`). */
    private static SampleDefinition retailPro() {
        List<SampleColumn> columns = List.of(
                text("SID", "pos_item_id", row -> "549821" + row.item().sku() + "00001"),
                text("ALU", "sku", row -> row.item().sku()),
                text("UPC", "barcode", row -> row.item().upc().orElse("")),
                text("Description 1", "description", row -> row.item().description()),
                text("Description 2", "description_alt", row -> row.item().shortDescription()),
                text(
                        "DCS",
                        "class_code",
                        row -> letters(row.item().department(), 3)
                                + letters(row.item().category(), 3)),
                text("Department Name", "department", row -> row.item().department()),
                text("Class Name", "category", row -> row.item().category()),
                text("Vendor Code", "vendor_code", row -> row.item().vendorCode()),
                text("Vendor Name", "vendor", row -> row.item().vendor()),
                text("Cost", "unit_cost", row -> Formats.money(row.cost())),
                text("Price 1", "retail_price", row -> Formats.money(row.retail())),
                text("Price 2", "extended", row -> Formats.money(scaled(row.retail(), "0.90"))),
                text("Qty OH", "qty_on_hand", row -> Integer.toString(row.onHand())),
                text("Qty OO", "qty_on_order", row -> Integer.toString(row.onOrder())),
                text("Min", "reorder_point", row -> Integer.toString(row.reorderPoint())),
                text("Max", "max_qty", row -> Integer.toString(row.maximum())),
                text("Last Sold", "last_sale_date", row -> Formats.us(row.lastSale())),
                text("Last Received", "last_receipt_date", row -> Formats.us(row.lastReceipt())),
                text("Store Code", "store_id", StockRow::store),
                text("Season Code", "season_code", row -> seasonCode(row.item())),
                text("Inventory Status", "status", row -> row.status().equals("A") ? "Active" : "Discontinued"));
        return SampleDefinition.inventoryText(
                "retail-pro.csv",
                "retail_pro",
                "Retail Pro",
                "Row-based multi-store: each item for stores 001 and 002 in `Store Code`; `ALU` is the SKU and `SID`"
                        + " the internal id; `Price 2` is an extended price level.",
                TextLayout.CSV_CRLF,
                columns,
                StockRows.generate(3105L, List.of("001", "002"), 28, 14));
    }

    /** Celerant Command Retail (§9.16). */
    private static SampleDefinition celerant() {
        List<SampleColumn> columns = List.of(
                text("Item Number", "sku", row -> row.item().sku()),
                text(
                        "Alt Item Number",
                        "alt_sku",
                        row -> row.item().vendorCode() + row.item().vendorSku()),
                text("UPC", "barcode", row -> row.item().upc().orElse("")),
                text("Description", "description", row -> row.item().description()),
                text("Description 2", "description_alt", row -> row.item().shortDescription()),
                text("Department", "department", row -> row.item().department()),
                text("Class", "class_code", row -> row.item().classCode()),
                text("Subclass", "extended", row -> row.item().category()),
                text("Vendor Code", "vendor_code", row -> row.item().vendorCode()),
                text("Vendor Name", "vendor", row -> row.item().vendor()),
                text("Vendor Item Number", "vendor_sku", row -> row.item().vendorSku()),
                text("Cost", "unit_cost", row -> Formats.money(row.cost())),
                text("Average Cost", "avg_cost", row -> Formats.money(row.averageCost())),
                text("Price", "retail_price", row -> Formats.money(row.retail())),
                text("MSRP", "suggested_retail", row -> Formats.money(row.item().suggestedRetail())),
                text("Qty On Hand", "qty_on_hand", row -> Integer.toString(row.onHand())),
                text("Qty Available", "qty_available", row -> Integer.toString(row.onHand() - row.committed())),
                text("Qty On Order", "qty_on_order", row -> Integer.toString(row.onOrder())),
                text("Qty Committed", "extended", row -> Integer.toString(row.committed())),
                text("Reorder Point", "reorder_point", row -> Integer.toString(row.reorderPoint())),
                text("Last Sold Date", "last_sale_date", row -> Formats.us(row.lastSale())),
                text("Last Received Date", "last_receipt_date", row -> Formats.us(row.lastReceipt())),
                text("Margin %", "margin_pct", row -> row.marginPercent().toPlainString()),
                text("Bin", "bin_location", row -> row.item().bin()),
                text("Status", "status", row -> row.status().equals("A") ? "Active" : "Discontinued"));
        return SampleDefinition.inventoryText(
                "celerant.csv",
                "celerant",
                "Celerant Command Retail",
                "`Qty Available` and `Qty Committed` beside `Qty On Hand`, `Subclass` kept as extended, `Margin %`"
                        + " in percent units.",
                TextLayout.CSV_CRLF,
                columns,
                StockRows.generate(2207L, "1", 30, 24));
    }

    /** MicroBiz (§9.15) as an XLSX workbook: numeric cells and date-formatted date cells. */
    private static SampleDefinition microbiz() {
        List<SampleColumn> columns = List.of(
                cell("Item Number", "sku", row -> CellValue.text(row.item().sku())),
                cell(
                        "Item Name",
                        "description",
                        row -> CellValue.text(row.item().description())),
                cell(
                        "Description",
                        "description_alt",
                        row -> CellValue.text(row.item().shortDescription())),
                cell(
                        "Department",
                        "department",
                        row -> CellValue.text(row.item().department())),
                cell("Category", "category", row -> CellValue.text(row.item().category())),
                cell("Vendor", "vendor", row -> CellValue.text(row.item().vendor())),
                cell(
                        "Vendor Item Number",
                        "vendor_sku",
                        row -> CellValue.text(row.item().vendorSku())),
                cell(
                        "UPC",
                        "barcode",
                        row -> row.item().upc().map(CellValue::text).orElse(CellValue.blank())),
                cell("Cost", "unit_cost", row -> CellValue.number(row.cost())),
                cell("Average Cost", "avg_cost", row -> CellValue.number(row.averageCost())),
                cell("Price", "retail_price", row -> CellValue.number(row.retail())),
                cell(
                        "MSRP",
                        "suggested_retail",
                        row -> CellValue.number(row.item().suggestedRetail())),
                cell(
                        "Compare At Price",
                        "extended",
                        row -> CellValue.number(row.item().suggestedRetail())),
                cell("Quantity On Hand", "qty_on_hand", row -> CellValue.number(row.onHand())),
                cell("Quantity Available", "qty_available", row -> CellValue.number(row.onHand() - row.committed())),
                cell("Quantity On Order", "qty_on_order", row -> CellValue.number(row.onOrder())),
                cell("Quantity Reserved", "extended", row -> CellValue.number(row.committed())),
                cell("Reorder Point", "reorder_point", row -> CellValue.number(row.reorderPoint())),
                cell(
                        "Bin Location",
                        "bin_location",
                        row -> CellValue.text(row.item().bin())),
                cell("Last Sale Date", "last_sale_date", row -> day(row.lastSale())),
                cell("Last Receipt Date", "last_receipt_date", row -> CellValue.day(row.lastReceipt())),
                cell(
                        "Track Inventory",
                        "tracks_inventory",
                        row -> CellValue.text(row.item().service() ? "No" : "Yes")),
                cell("Active", "status", row -> CellValue.text(row.status().equals("A") ? "Yes" : "No")));
        List<StockRow> rows = StockRows.generate(8080L, "1", 36, 20);
        Sample sample = new Sample(
                "microbiz.xlsx",
                "microbiz",
                "MicroBiz",
                FileType.INVENTORY,
                "An XLSX workbook with numeric quantity and money cells and date-formatted `Last Sale Date` /"
                        + " `Last Receipt Date` cells; `Compare At Price` loses to `MSRP`; `Track Inventory` No marks"
                        + " the service item.",
                SampleColumn.expectations(columns),
                List.of());
        return new SampleDefinition(
                sample, () -> Workbooks.xlsx(SampleColumn.table(columns, rows), "Items", "mm/dd/yyyy"), List.of());
    }

    /** Rain POS (§9.14). */
    private static SampleDefinition rainPos() {
        List<SampleColumn> columns = List.of(
                text("SKU", "sku", row -> row.item().sku()),
                text("Product ID", "pos_item_id", row -> "88" + row.item().sku().substring(2)),
                text("Barcode", "barcode", row -> row.item().upc().orElse("")),
                text("Product Name", "description", row -> row.item().description()),
                text("Brand", "extended", row -> firstWord(row.item().vendor())),
                text("Category", "category", row -> row.item().department()),
                text("Subcategory", "class_code", row -> row.item().category()),
                text("Vendor", "vendor", row -> row.item().vendor()),
                text("Vendor SKU", "vendor_sku", row -> row.item().vendorSku()),
                text("Cost", "unit_cost", row -> Formats.money(row.cost())),
                text("MSRP", "suggested_retail", row -> Formats.money(row.item().suggestedRetail())),
                text("Retail Price", "retail_price", row -> Formats.money(row.retail())),
                text("Online Price", "extended", row -> Formats.money(row.retail())),
                text("Quantity On Hand", "qty_on_hand", row -> Integer.toString(row.onHand())),
                text("Quantity On Order", "qty_on_order", row -> Integer.toString(row.onOrder())),
                text("Reorder Point", "reorder_point", row -> Integer.toString(row.reorderPoint())),
                text("Last Sold", "last_sale_date", row -> Formats.us(row.lastSale())),
                text("Last Received", "last_receipt_date", row -> Formats.us(row.lastReceipt())),
                text("Catalog ID", "extended", row -> "C" + row.item().classCode()),
                text("Serialized", "extended", row -> "No"),
                text("Season", "season_code", row -> seasonCode(row.item())),
                text("Active", "status", row -> row.status().equals("A") ? "Yes" : "No"));
        return SampleDefinition.inventoryText(
                "rain-pos.csv",
                "rain_pos",
                "Rain POS",
                "`Product ID` as the POS id beside `SKU`, `Online Price` and `Catalog ID` as extended, `Season` as"
                        + " the season code.",
                TextLayout.CSV_CRLF,
                columns,
                StockRows.generate(4242L, "1", 2, 18));
    }

    /** KORONA (§9.13, §11.5): one row per item and organizational unit. */
    private static SampleDefinition korona() {
        List<SampleColumn> columns = List.of(
                text("Number", "sku", row -> row.item().sku()),
                text("Name", "description", row -> row.item().description()),
                text("Commodity Group", "category", row -> row.item().category()),
                text("Supplier", "vendor", row -> row.item().vendor()),
                text("Purchase Price", "unit_cost", row -> Formats.money(row.cost())),
                text("Retail Price", "retail_price", row -> Formats.money(row.retail())),
                text("Sales Price", "extended", row -> Formats.money(row.retail())),
                text("Current Stock", "qty_on_hand", row -> Integer.toString(row.onHand())),
                text("Min Stock", "reorder_point", row -> Integer.toString(row.reorderPoint())),
                text("Max Stock", "max_qty", row -> Integer.toString(row.maximum())),
                text("Optimal Stock", "extended", row -> Integer.toString((row.reorderPoint() + row.maximum()) / 2)),
                text("Sold Quantity", "units_sold", row -> Integer.toString(row.soldYearToDate())),
                text(
                        "Revenue",
                        "sales_dollars",
                        row -> Formats.money(StockRow.extended(row.soldYearToDate(), row.retail()))),
                text(
                        "Profit",
                        "extended",
                        row -> Formats.money(StockRow.extended(
                                row.soldYearToDate(), row.retail().subtract(row.cost())))),
                text("Margin", "margin_pct", row -> row.marginPercent().toPlainString()),
                text("Organizational Unit", "store_id", StockRow::store),
                text("Inventory Difference", "qty_difference", row -> Integer.toString(row.difference())));
        return SampleDefinition.inventoryText(
                "korona.csv",
                "korona",
                "KORONA POS",
                "Two organizational units as rows; `Revenue` is sales dollars (not a price) and `Profit` dollars (not"
                        + " a margin); `Sales Price` loses to `Retail Price`.",
                TextLayout.CSV_LF,
                columns,
                StockRows.generate(9090L, List.of("Main Store", "Garden Center"), 0, 12));
    }

    /** Dynamics RMS item table (§9.20) as a legacy XLS workbook. */
    private static SampleDefinition dynamicsRms() {
        List<SampleColumn> columns = List.of(
                cell("ItemLookupCode", "sku", row -> CellValue.text(row.item().sku())),
                cell(
                        "Description",
                        "description",
                        row -> CellValue.text(row.item().description())),
                cell(
                        "ExtendedDescription",
                        "description_alt",
                        row -> CellValue.text(row.item().shortDescription())),
                cell(
                        "DepartmentID",
                        "department",
                        row -> CellValue.number(Long.parseLong(row.item().departmentCode()))),
                cell(
                        "CategoryID",
                        "category",
                        row -> CellValue.number(Long.parseLong(row.item().classCode()))),
                cell("SupplierID", "vendor_code", row -> CellValue.number(supplierId(row.item()))),
                cell("ItemType", "item_type", row -> CellValue.number(row.item().service() ? 6 : 0)),
                cell("Price", "retail_price", row -> CellValue.number(row.retail())),
                cell("PriceA", "extended", row -> CellValue.number(row.retail())),
                cell("PriceB", "extended", row -> CellValue.number(scaled(row.retail(), "0.90"))),
                cell("PriceC", "extended", row -> CellValue.number(scaled(row.retail(), "0.85"))),
                cell("SalePrice", "extended", row -> CellValue.number(BigDecimal.ZERO)),
                cell(
                        "MSRP",
                        "suggested_retail",
                        row -> CellValue.number(row.item().suggestedRetail())),
                cell("Cost", "unit_cost", row -> CellValue.number(row.cost())),
                cell("LastCost", "last_cost", row -> CellValue.number(row.cost())),
                cell("Quantity", "qty_on_hand", row -> CellValue.number(row.onHand())),
                cell("QuantityCommitted", "extended", row -> CellValue.number(row.committed())),
                cell("ReorderPoint", "reorder_point", row -> CellValue.number(row.reorderPoint())),
                cell("RestockLevel", "max_qty", row -> CellValue.number(row.maximum())),
                cell("LastSold", "last_sale_date", row -> day(row.lastSale())),
                cell("LastReceived", "last_receipt_date", row -> CellValue.day(row.lastReceipt())),
                cell("DateCreated", "date_added", row -> CellValue.day(row.added())),
                cell("Inactive", "status", row -> CellValue.number(row.status().equals("A") ? 0 : 1)),
                cell(
                        "BinLocation",
                        "bin_location",
                        row -> CellValue.text(row.item().bin())));
        List<StockRow> rows = StockRows.generate(2005L, "1", 15, 20);
        Sample sample = new Sample(
                "dynamics-rms.xls",
                "dynamics_rms",
                "Microsoft Dynamics RMS",
                FileType.INVENTORY,
                "A legacy Excel 97–2003 workbook of the Item table: numeric ID columns, date cells, `PriceA` losing to"
                        + " `Price`, `Inactive` 1 for discontinued items, `RestockLevel` as the maximum.",
                SampleColumn.expectations(columns),
                List.of());
        return new SampleDefinition(
                sample, () -> Workbooks.xls(SampleColumn.table(columns, rows), "Item", "m/d/yyyy"), List.of());
    }

    private static CellValue day(Optional<LocalDate> date) {
        return date.map(CellValue::day).orElse(CellValue.blank());
    }

    /** Eagle DAFL text: commas become {@code ?}; descriptions are at most 30 characters. */
    private static String dafl(String text) {
        String replaced = text.replace(',', '?');
        return replaced.length() > 30 ? replaced.substring(0, 30).strip() : replaced;
    }

    /** A count with {@code ?} as the thousands separator, as DAFL files write it. */
    private static String daflCount(int count) {
        return String.format(Locale.US, "%,d", count).replace(',', '?');
    }

    /** Fasteners and key blanks sell by the piece in bulk. */
    private static int bulk(StockRow row) {
        return row.item().pack() >= 50 ? 25 : 1;
    }

    private static BigDecimal scaled(BigDecimal price, String factor) {
        return price.multiply(new BigDecimal(factor)).setScale(2, RoundingMode.HALF_UP);
    }

    /** The first {@code count} letters of a name, upper case ({@code LAWN & GARDEN} → {@code LAWN}). */
    static String letters(String name, int count) {
        StringBuilder letters = new StringBuilder(count);
        for (int index = 0; index < name.length() && letters.length() < count; index++) {
            char character = name.charAt(index);
            if (Character.isLetter(character)) {
                letters.append(Character.toUpperCase(character));
            }
        }
        return letters.toString();
    }

    static String seasonCode(CatalogItem item) {
        if (!item.seasonal()) {
            return "";
        }
        return switch (item.category()) {
            case "WINTER" -> "WIN";
            case "GRILLING" -> "SUM";
            default -> "SPR";
        };
    }

    private static String firstWord(String name) {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }

    private static long supplierId(CatalogItem item) {
        List<String> codes = new ArrayList<>();
        for (CatalogItem each : Catalog.items()) {
            if (!codes.contains(each.vendorCode())) {
                codes.add(each.vendorCode());
            }
        }
        return 100L + codes.indexOf(item.vendorCode());
    }
}

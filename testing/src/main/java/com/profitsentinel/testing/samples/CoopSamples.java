package com.profitsentinel.testing.samples;

import static com.profitsentinel.testing.samples.SampleColumn.sold;
import static com.profitsentinel.testing.samples.SampleColumn.text;

import java.util.List;

/** Co-op member files: Do it Best, Ace Hardware and True Value (columns.md §9.21–§9.23, §11.5). */
final class CoopSamples {
    private CoopSamples() {}

    static List<SampleDefinition> definitions() {
        return List.of(doItBest(), ace(), trueValue());
    }

    /** Do it Best member file (§9.21, §11.5): 7-digit co-op item numbers, co-op warehouse codes. */
    private static SampleDefinition doItBest() {
        List<SampleColumn> columns = List.of(
                text("Member_Number", "extended", row -> "4417"),
                text("Item_Number", "sku", row -> row.item().coopNumber()),
                text("UPC", "barcode", row -> row.item().upc().orElse("")),
                text("Description", "description", row -> row.item().description()),
                text("Vendor_Name", "vendor", row -> row.item().vendor()),
                text("Vendor_Item_Number", "vendor_sku", row -> row.item().vendorSku()),
                text("Department", "extended", row -> row.item().departmentCode()),
                text("Department_Name", "department", row -> row.item().department()),
                text("Qty_On_Hand", "qty_on_hand", row -> Integer.toString(row.onHand())),
                text("Unit_Cost", "unit_cost", row -> Formats.money(row.cost())),
                text("Retail_Price", "retail_price", row -> Formats.money(row.retail())),
                text(
                        "Suggested_Retail",
                        "suggested_retail",
                        row -> Formats.money(row.item().suggestedRetail())),
                text("Margin_Pct", "margin_pct", row -> row.marginPercent().toPlainString()),
                text("Qty_On_Order", "qty_on_order", row -> Integer.toString(row.onOrder())),
                text("Last_Receipt_Date", "last_receipt_date", row -> Formats.us(row.lastReceipt())),
                text("Last_Sale_Date", "last_sale_date", row -> Formats.us(row.lastSale())),
                sold("YTD_Sales_Units", "YTD", row -> Integer.toString(row.soldYearToDate())),
                text(
                        "YTD_Sales_Dollars",
                        "sales_dollars",
                        row -> Formats.money(StockRow.extended(row.soldYearToDate(), row.retail()))),
                text("Whse_Code", "extended", row -> row.item().seasonal() ? "MT" : "IN"),
                text("Velocity_Code", "extended", CoopSamples::velocityCode));
        return SampleDefinition.inventoryText(
                "do-it-best.csv",
                "do_it_best",
                "Do it Best (member file)",
                "7-digit co-op `Item_Number` as the SKU (not a UPC), `Department` code beside `Department_Name`,"
                        + " `Whse_Code` (a co-op warehouse, not a store) and `Velocity_Code` as extended.",
                TextLayout.CSV_CRLF,
                columns,
                StockRows.generate(6101L, "1", 12, 26));
    }

    /** Ace ARS (§9.22, §11.5): two stores as rows. */
    private static SampleDefinition ace() {
        List<SampleColumn> columns = List.of(
                text("Store_Number", "store_id", StockRow::store),
                text("SKU", "sku", row -> row.item().sku()),
                text("Ace_Item_Number", "coop_item_number", row -> row.item().coopNumber()),
                text("UPC", "barcode", row -> row.item().upc().orElse("")),
                text("Description", "description", row -> row.item().description()),
                text("Dept", "extended", row -> row.item().departmentCode()),
                text("Dept_Description", "department", row -> row.item().department()),
                text("Vendor_Name", "vendor", row -> row.item().vendor()),
                text("On_Hand", "qty_on_hand", row -> Integer.toString(row.onHand())),
                text("On_Order", "qty_on_order", row -> Integer.toString(row.onOrder())),
                text("Unit_Cost", "unit_cost", row -> Formats.money(row.cost())),
                text("Retail", "retail_price", row -> Formats.money(row.retail())),
                text("Last_Sold_Date", "last_sale_date", row -> Formats.us(row.lastSale())),
                text("Last_Received_Date", "last_receipt_date", row -> Formats.us(row.lastReceipt())),
                sold("YTD_Sold_Qty", "YTD", row -> Integer.toString(row.soldYearToDate())),
                text("Min", "reorder_point", row -> Integer.toString(row.reorderPoint())),
                text("Max", "max_qty", row -> Integer.toString(row.maximum())),
                text("Season_Code", "season_code", row -> DealerSamples.seasonCode(row.item())),
                text("Status", "status", CoopSamples::aceStatus));
        return SampleDefinition.inventoryText(
                "ace.csv",
                "ace",
                "Ace Hardware (ARS)",
                "Two stores as rows in `Store_Number`; `Ace_Item_Number` as the co-op number beside the store `SKU`;"
                        + " `Dept` code as extended beside `Dept_Description`; SEASONAL and DISCONTINUED statuses.",
                TextLayout.CSV_CRLF,
                columns,
                StockRows.generate(7201L, List.of("10452", "10453"), 0, 12));
    }

    /** True Value (§9.23, §11.5). */
    private static SampleDefinition trueValue() {
        List<SampleColumn> columns = List.of(
                text("Store_Number", "store_id", StockRow::store),
                text("Item_Number", "sku", row -> row.item().sku()),
                text("TV_SKU", "alt_sku", row -> row.item().coopNumber().substring(1)),
                text("UPC", "barcode", row -> row.item().upc().orElse("")),
                text("Description", "description", row -> row.item().description()),
                text("Dept_Name", "department", row -> row.item().department()),
                text("Category", "category", row -> row.item().category()),
                text("Qty_On_Hand", "qty_on_hand", row -> Integer.toString(row.onHand())),
                text("Unit_Cost", "unit_cost", row -> Formats.money(row.cost())),
                text("Retail_Price", "retail_price", row -> Formats.money(row.retail())),
                text(
                        "Sug_Retail",
                        "suggested_retail",
                        row -> Formats.money(row.item().suggestedRetail())),
                text("Min_Level", "reorder_point", row -> Integer.toString(row.reorderPoint())),
                text("Max_Level", "max_qty", row -> Integer.toString(row.maximum())),
                text("Last_Sale", "last_sale_date", row -> Formats.us(row.lastSale())),
                text("Last_Receipt", "last_receipt_date", row -> Formats.us(row.lastReceipt())),
                sold("Sales_YTD_Units", "YTD", row -> Integer.toString(row.soldYearToDate())),
                text("Status", "status", row -> row.status().equals("A") ? "Active" : "Discontinued"));
        return SampleDefinition.inventoryText(
                "true-value.csv",
                "true_value",
                "True Value",
                "`TV_SKU` as the alternate SKU beside the store `Item_Number`, `Min_Level`/`Max_Level`, year-to-date"
                        + " units in `Sales_YTD_Units`.",
                TextLayout.CSV_CRLF,
                columns,
                StockRows.generate(8301L, "7731", 20, 22));
    }

    private static String velocityCode(StockRow row) {
        int sold = row.soldYearToDate();
        if (sold == 0) {
            return "F";
        }
        if (sold < 12) {
            return "D";
        }
        if (sold < 40) {
            return "C";
        }
        return sold < 100 ? "B" : "A";
    }

    private static String aceStatus(StockRow row) {
        if (!row.status().equals("A")) {
            return "DISCONTINUED";
        }
        return row.item().seasonal() ? "SEASONAL" : "ACTIVE";
    }
}

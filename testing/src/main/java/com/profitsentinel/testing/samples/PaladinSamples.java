package com.profitsentinel.testing.samples;

import static com.profitsentinel.testing.samples.SampleColumn.sold;
import static com.profitsentinel.testing.samples.SampleColumn.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Paladin POS and IdoSoft exports (columns.md §9.1–§9.3, §9.9, §11.1, §11.2, §11.5). */
final class PaladinSamples {
    private static final TextLayout WINDOWS_CRLF = new TextLayout(',', "\r\n", TextLayout.WINDOWS_1252, false);
    private static final TextLayout UTF8_BOM_CRLF = new TextLayout(',', "\r\n", StandardCharsets.UTF_8, true);
    private static final TextLayout TAB_CRLF = new TextLayout('\t', "\r\n", StandardCharsets.UTF_8, false);
    private static final String PALADIN = "Paladin POS";

    private PaladinSamples() {}

    static List<SampleDefinition> definitions() {
        return List.of(report29(), report(), nativeExport(), idosoftCustom1(), idosoftShlp());
    }

    /** The verified 29-column report (§9.3), in file order with the trailing space of {@code Description }. */
    private static SampleDefinition report29() {
        List<SampleColumn> columns = List.of(
                text("SKU", "sku", row -> row.item().sku()),
                text("Vendor SKU", "vendor_sku", row -> row.item().vendorSku()),
                text("Description ", "description", row -> row.item().description()),
                text("Description Short", "description_alt", row -> row.item().shortDescription()),
                text(
                        "Pkg. Qty.",
                        "package_qty",
                        row -> Integer.toString(row.item().pack())),
                text("Inventoried Qty.", "qty_counted", row -> Integer.toString(row.counted())),
                text("In Stock Qty.", "qty_on_hand", row -> Integer.toString(row.onHand())),
                text("Qty. Difference", "qty_difference", row -> Integer.toString(row.difference())),
                text("Cost", "unit_cost", row -> Formats.money(row.cost())),
                text(
                        "Sub Total",
                        "inventory_value_cost",
                        row -> Formats.money(StockRow.extended(row.onHand(), row.cost()))),
                text("Changed", "last_changed_date", row -> Formats.compact(row.lastChanged())),
                text(
                        "Sug. Retail",
                        "suggested_retail",
                        row -> Formats.money(row.item().suggestedRetail())),
                text("Retail", "retail_price", row -> Formats.money(row.retail())),
                text("Profit Margin %", "margin_pct", row -> row.marginPercent().toPlainString()),
                text(
                        "Allow Retail Edit",
                        "extended",
                        row -> row.item().department().equals("LUMBER") ? "Y" : "N"),
                text("Last Perpetual Inventory Date", "last_count_date", row -> Formats.compact(row.lastCount())),
                text("Real Perpetual Inventory Date", "extended", row -> Formats.compact(row.lastCount())),
                text("Barcode", "barcode", row -> row.item().upc().orElse("")),
                text("Vendor", "vendor", row -> row.item().vendor()),
                text("Category", "category", row -> row.item().category()),
                text("Dpt.", "department", row -> row.item().department()),
                text("BIN", "bin_location", row -> row.item().bin()),
                text("Status", "status", StockRow::status),
                sold("Sold", "ASSUMED", row -> Integer.toString(row.soldLastYear())),
                text("Last Sale", "last_sale_date", row -> Formats.compact(row.lastSale())),
                text("Pur.", "units_purchased", row -> Integer.toString(row.purchased())),
                text("Last Pur.", "last_receipt_date", row -> Formats.compact(row.lastReceipt())),
                text("Sku Was Added", "date_added", row -> Formats.compact(row.added())),
                text("Formula", "extended", PaladinSamples::formula));
        return SampleDefinition.inventoryText(
                "paladin-report-29.csv",
                "paladin_report_29",
                PALADIN,
                "The verified 29-column inventory report: header `Description ` with a trailing space, `Sug. Retail`"
                        + " beside `Retail`, `Vendor SKU` beside `Vendor`; Windows-1252 (`90°` is not UTF-8) with CRLF;"
                        + " YYYYMMDD dates; negative `In Stock Qty.`, zero cost, cost above retail, 2023 last sales.",
                WINDOWS_CRLF,
                columns,
                StockRows.generate(29L, "1", 0, 40));
    }

    /** The report-style export (§9.2, §11.2). */
    private static SampleDefinition report() {
        return SampleDefinition.inventoryText(
                "paladin-report.csv",
                "paladin_report",
                PALADIN,
                "Reports > Inventory: `Qty.` (with negatives) beside the clamped `Qty On Hand`, `Margin @Cost`,"
                        + " `Inventory @Cost` that is dollars not a quantity, `$ Sold` with thousands commas;"
                        + " UTF-8 with a byte-order mark and CRLF.",
                UTF8_BOM_CRLF,
                reportColumns(false),
                StockRows.generate(102L, "1", 4, 30));
    }

    /** IdoSoft custom_1: the report-style headers plus two IdoSoft columns (§11.2). */
    private static SampleDefinition idosoftCustom1() {
        return SampleDefinition.inventoryText(
                "idosoft-custom1.csv",
                "idosoft_custom1",
                "IdoSoft (custom_1 export)",
                "The Paladin report headers plus `Alt. Vendor/Mfgr.` and `Mfgr. SKU`, which switch detection to"
                        + " idosoft_custom1 (medium confidence); Windows-1252 with CRLF.",
                WINDOWS_CRLF,
                reportColumns(true),
                StockRows.generate(161L, "1", 20, 25));
    }

    private static List<SampleColumn> reportColumns(boolean idosoft) {
        List<SampleColumn> columns = new ArrayList<>();
        columns.add(text("SKU", "sku", row -> row.item().sku()));
        columns.add(text("Vendor SKU", "vendor_sku", row -> row.item().vendorSku()));
        columns.add(text("Vendor", "vendor", row -> row.item().vendor()));
        if (idosoft) {
            columns.add(text("Alt. Vendor/Mfgr.", "extended", row -> "ORGILL INC"));
            columns.add(text(
                    "Mfgr. SKU",
                    "alt_sku",
                    row -> row.item().vendorCode() + "-" + row.item().vendorSku()));
        }
        columns.add(text("Cat.", "category", row -> row.item().category()));
        columns.add(text("Dpt.", "department", row -> row.item().department()));
        columns.add(text("BIN", "bin_location", row -> row.item().bin()));
        columns.add(text("Description Full", "description", row -> row.item().description()));
        columns.add(
                text("Description Short", "description_alt", row -> row.item().shortDescription()));
        columns.add(text("Qty.", "qty_on_hand", row -> Integer.toString(row.onHand())));
        columns.add(text("Qty On Hand", "qty_on_hand_secondary", row -> Integer.toString(row.onHandClamped())));
        columns.add(text("Std. Cost", "unit_cost", row -> Formats.money(row.cost())));
        columns.add(text("Avg. Cost", "avg_cost", row -> Formats.money(row.averageCost())));
        columns.add(text("Retail", "retail_price", row -> Formats.money(row.retail())));
        columns.add(text(
                "Sug. Retail",
                "suggested_retail",
                row -> Formats.money(row.item().suggestedRetail())));
        columns.add(
                text("Margin @Cost", "margin_pct", row -> row.marginPercent().toPlainString()));
        columns.add(text(
                "Inventory @Cost",
                "inventory_value_cost",
                row -> Formats.money(StockRow.extended(row.onHand(), row.cost()))));
        columns.add(text(
                "Inventory @Retail",
                "inventory_value_retail",
                row -> Formats.money(StockRow.extended(row.onHand(), row.retail()))));
        columns.add(text(
                "Inventory @AvgCost",
                "extended",
                row -> Formats.money(StockRow.extended(row.onHand(), row.averageCost()))));
        columns.add(sold("Sales", "ASSUMED", row -> Integer.toString(row.soldLastYear())));
        columns.add(text(
                "$ Sold",
                "sales_dollars",
                row -> Formats.thousands(StockRow.extended(row.soldLastYear(), row.retail()))));
        columns.add(text("Last Sale", "last_sale_date", row -> Formats.compact(row.lastSale())));
        columns.add(text("Last Purchase", "last_receipt_date", row -> Formats.compact(row.lastReceipt())));
        columns.add(text("On Order", "qty_on_order", row -> Integer.toString(row.onOrder())));
        columns.add(text("Min.", "reorder_point", row -> Integer.toString(row.reorderPoint())));
        columns.add(text("Max.", "max_qty", row -> Integer.toString(row.maximum())));
        columns.add(
                text("Pkg.", "package_qty", row -> Integer.toString(row.item().pack())));
        columns.add(text("Barcode", "barcode", row -> row.item().upc().orElse("")));
        columns.add(text("Returns", "extended", row -> Integer.toString(row.returns())));
        columns.add(text(
                "Retail Dif.",
                "extended",
                row -> Formats.money(row.retail().subtract(row.item().suggestedRetail()))));
        return List.copyOf(columns);
    }

    /** The native export, Utilities > Export (§9.1), tab-separated. */
    private static SampleDefinition nativeExport() {
        List<SampleColumn> columns = List.of(
                text("partnumber", "sku", row -> row.item().sku()),
                text(
                        "altpartnumber",
                        "alt_sku",
                        row -> row.item().vendorCode() + row.item().vendorSku()),
                text("mfgpartnumber", "vendor_sku", row -> row.item().vendorSku()),
                text("upccode", "barcode", row -> row.item().upc().orElse("")),
                text("description1", "description", row -> row.item().description()),
                text("description2", "description_alt", row -> row.item().shortDescription()),
                text("stockonhand", "qty_on_hand", row -> Integer.toString(row.onHand())),
                text("onorderqty", "qty_on_order", row -> Integer.toString(row.onOrder())),
                text("minorderqty", "reorder_point", row -> Integer.toString(row.reorderPoint())),
                text("maxorderqty", "max_qty", row -> Integer.toString(row.maximum())),
                text("mktcost", "unit_cost", row -> Formats.money(row.cost())),
                text("avgcost", "avg_cost", row -> Formats.money(row.averageCost())),
                text("netprice", "retail_price", row -> Formats.money(row.retail())),
                text("plvl_price1", "extended", row -> Formats.money(row.retail())),
                text("plvl_price2", "extended", row -> Formats.money(priceLevel(row, "0.90"))),
                text("plvl_price3", "extended", row -> Formats.money(priceLevel(row, "0.85"))),
                text("supplier_number1", "vendor_code", row -> row.item().vendorCode()),
                text("deptid", "department", row -> row.item().departmentCode()),
                text("classid", "class_code", row -> row.item().classCode()),
                text("fineline", "extended", row -> row.item().classCode() + "1"),
                text("binlocation", "bin_location", row -> row.item().bin()),
                text("lastsaledate", "last_sale_date", row -> Formats.compact(row.lastSale())),
                text("lastreceiveddate", "last_receipt_date", row -> Formats.compact(row.lastReceipt())),
                sold("qtysold_ytd", "YTD", row -> Integer.toString(row.soldYearToDate())),
                text("qtysold_mtd", "extended", row -> Integer.toString(row.soldLast30Days())),
                text("status", "status", StockRow::status),
                text("margin", "margin_pct", row -> row.marginPercent().toPlainString()),
                text("taxable", "extended", row -> row.item().service() ? "N" : "Y"));
        return SampleDefinition.inventoryText(
                "paladin-native.txt",
                "paladin_native",
                PALADIN,
                "Utilities > Export as tab-separated text: `plvl_price1` loses to `netprice` and becomes extended,"
                        + " `qtysold_ytd` is units sold year to date and `qtysold_mtd` its extended alternative.",
                TAB_CRLF,
                columns,
                StockRows.generate(91L, "1", 8, 24));
    }

    /** The SHLP-YTD report (§9.9, §11.5): monthly units, `Mon DD,YY` last-sale dates, no retail price. */
    private static SampleDefinition idosoftShlp() {
        List<SampleColumn> columns = new ArrayList<>(List.of(
                text("SKU", "sku", row -> row.item().sku()),
                text("Description", "description", row -> row.item().description()),
                text("Vendor", "vendor", row -> row.item().vendor()),
                text("Vendor SKU", "vendor_sku", row -> row.item().vendorSku()),
                text("Stock", "qty_on_hand", row -> Integer.toString(row.onHand())),
                text("Avg. Cost", "avg_cost", row -> Formats.money(row.averageCost())),
                text(
                        "Gross Sales",
                        "sales_dollars",
                        row -> Formats.thousands(StockRow.extended(row.soldYearToDate(), row.retail()))),
                text("Last Sale", "last_sale_date", row -> Formats.monthDayYear(row.lastSale())),
                text("Real Date", "last_receipt_date", row -> Formats.compact(row.lastReceipt())),
                sold("Year Total", "YTD", row -> Integer.toString(row.soldYearToDate()))));
        List<String> months =
                List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");
        for (int index = 0; index < months.size(); index++) {
            int month = index + 1;
            columns.add(text(months.get(index), "extended", row -> Integer.toString(row.soldInMonth(month))));
        }
        return SampleDefinition.inventoryText(
                "idosoft-shlp.csv",
                "idosoft_shlp",
                "IdoSoft / Paladin (SHLP-YTD report)",
                "Monthly units `Jan` … `Dec` (extended), `Year Total` as year-to-date units, `Last Sale` as quoted"
                        + " `\"Jun 02,25\"`, `Real Date` as YYYYMMDD, and no retail price column.",
                WINDOWS_CRLF,
                List.copyOf(columns),
                StockRows.generate(1931L, "1", 14, 22));
    }

    private static String formula(StockRow row) {
        return row.retail().compareTo(row.item().suggestedRetail()) == 0 ? "SUG" : "C/.60";
    }

    private static BigDecimal priceLevel(StockRow row, String factor) {
        return row.retail().multiply(new BigDecimal(factor)).setScale(2, RoundingMode.HALF_UP);
    }
}

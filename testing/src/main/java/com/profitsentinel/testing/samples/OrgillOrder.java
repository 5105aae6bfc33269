package com.profitsentinel.testing.samples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The Orgill purchase order of engine.md §12.3 as Orgill writes it (columns.md §7.2, §11.6): a 14-line header block,
 * the column headers on line 15, the {@code STOP CHARGE} service line on line 16 and four product lines, comma-separated
 * and space-padded, read by position.
 */
final class OrgillOrder {
    private static final List<String> HEADERS = List.of(
            "Line",
            "Retail",
            "Item",
            "",
            "Ord Qty",
            "Unit",
            "Description",
            "Unit Cost",
            "Spc",
            "Ext Cost",
            "Prod Care",
            "Qty Fill",
            "Out",
            "Shelf Pk",
            "UPC Code",
            "POS",
            "Crd Inv",
            "Retail Dept Description",
            "Dept",
            "Vendor Item Num",
            "PickLne",
            "Country of Origin",
            "Resvd Qty",
            "Xref Item",
            "Itm Weight",
            "French Description",
            "Cust Item Desc",
            "Velocity Code",
            "Rtl Sens Code");

    /** The PO field of each position (§7.2). */
    private static final List<String> TARGETS = List.of(
            "line_no",
            "po_retail",
            "sku",
            "extended",
            "ordered_qty",
            "unit_of_measure",
            "description",
            "po_unit_cost",
            "special_price_flag",
            "po_ext_cost",
            "extended",
            "filled_qty",
            "short_flag",
            "package_qty",
            "barcode",
            "extended",
            "extended",
            "department",
            "extended",
            "vendor_sku",
            "extended",
            "extended",
            "extended",
            "alt_sku",
            "extended",
            "extended",
            "extended",
            "extended",
            "extended");

    /** Field widths: each field is padded to its width, numbers to the right, text to the left. */
    private static final List<Integer> WIDTHS =
            List.of(6, 8, 7, 1, 6, 4, 30, 9, 1, 9, 1, 6, 1, 5, 12, 1, 8, 25, 3, 15, 5, 20, 5, 7, 7, 30, 20, 1, 1);

    private static final List<Integer> NUMERIC = List.of(0, 1, 4, 7, 9, 11, 13, 20, 22, 24);

    private record Line(
            String sku,
            String flag,
            int ordered,
            int filled,
            String unitCost,
            String retail,
            boolean specialPrice,
            String pickLine,
            String origin,
            String crossReference,
            String weight,
            String french,
            String velocity) {}

    private OrgillOrder() {}

    static SampleDefinition definition() {
        List<ExpectedColumn> expected = new ArrayList<>();
        for (int index = 0; index < HEADERS.size(); index++) {
            String header = HEADERS.get(index).isEmpty() ? "Column D" : HEADERS.get(index);
            expected.add(ExpectedColumn.mapped(header, TARGETS.get(index)));
        }
        Sample sample = new Sample(
                "orgill-po.csv",
                "orgill_po",
                "Orgill (purchase order)",
                FileType.PURCHASE_ORDERS,
                "PO 4512 of engine.md §12.3: the 14-line header block, headers on line 15 (position 3 has none),"
                        + " a `0000000 STOP CHARGE` service line, then four space-padded product lines with `*` in"
                        + " `Spc` and `Out`; `0102129` is short 4 (36.68) and `0231456` short 2 (4.20).",
                expected,
                List.of());
        List<JsonText.Member> extra = List.of(
                new JsonText.Member(
                        "po_header",
                        JsonText.object(List.of(
                                new JsonText.Member("po_number", JsonText.string("4512")),
                                new JsonText.Member("po_date", JsonText.string("2025-06-02")),
                                new JsonText.Member("po_status", JsonText.string("INVOICED")),
                                new JsonText.Member("vendor", JsonText.string("Orgill")),
                                new JsonText.Member("ship_to", JsonText.string("31057"))))),
                new JsonText.Member("service_lines", "1"),
                new JsonText.Member("product_lines", productLinesJson()),
                new JsonText.Member("fill_rate", "0.8125"),
                new JsonText.Member("filled_value", "152.34"));
        return new SampleDefinition(sample, () -> TextLayout.CSV_CRLF.renderLines(lines()), extra);
    }

    private static List<Line> productLines() {
        return List.of(
                new Line(
                        "0022913",
                        "",
                        6,
                        6,
                        "4.25",
                        "7.99",
                        true,
                        "12",
                        "CHINA",
                        "",
                        "0.45",
                        "BUSE D'ARROSAGE 7 JETS",
                        "A"),
                new Line(
                        "0102129",
                        "",
                        4,
                        0,
                        "9.17",
                        "14.99",
                        false,
                        "31",
                        "CHINA",
                        "",
                        "1.60",
                        "RATEAU A FEUILLES 24 PO",
                        "C"),
                new Line(
                        "0102130",
                        "Y",
                        12,
                        12,
                        "9.17",
                        "14.99",
                        false,
                        "31",
                        "CHINA",
                        "",
                        "1.25",
                        "ARROSEUR OSCILLANT",
                        "B"),
                new Line(
                        "0231456",
                        "",
                        10,
                        8,
                        "2.10",
                        "3.99",
                        false,
                        "47",
                        "PAKISTAN",
                        "4020",
                        "0.20",
                        "GANTS JERSEY COTON G",
                        "A"));
    }

    private static List<String> lines() {
        List<String> lines = new ArrayList<>(List.of(
                "Shipto: 31057 ,Billto: 31057 ,Order: 4512",
                "Customer: SAMPLE HARDWARE AND GARDEN",
                "Date: 06/02/2025",
                "Status: INVOICED",
                "Ship Via: ORGILL TRUCK ROUTE 114",
                "Terms: NET 30 DAYS",
                "USD Amount: 152.34",
                "Invoice: 88314512",
                "Invoice Date: 06/03/2025",
                "Distribution Center: SIKESTON MO",
                "Customer PO: SPRING-0602",
                "Ordered By: WEB ORDER",
                "Lines: 5",
                "Comments: DELIVER TO REAR DOOR",
                String.join(",", HEADERS)));
        lines.add(padded(List.of(
                "1",
                "0.00",
                "0000000",
                "",
                "1",
                "EA",
                "STOP CHARGE",
                "0.00",
                "",
                "0.00",
                "",
                "1",
                "",
                "1",
                "",
                "N",
                "",
                "",
                "",
                "",
                "1",
                "",
                "0",
                "",
                "0.00",
                "FRAIS D'ARRET",
                "",
                "",
                "")));
        int lineNumber = 2;
        for (Line line : productLines()) {
            CatalogItem item = Catalog.item(line.sku());
            BigDecimal extended = StockRow.extended(line.filled(), new BigDecimal(line.unitCost()));
            lines.add(padded(List.of(
                    Integer.toString(lineNumber),
                    line.retail(),
                    line.sku(),
                    line.flag(),
                    Integer.toString(line.ordered()),
                    item.unit(),
                    item.description(),
                    line.unitCost(),
                    line.specialPrice() ? "*" : "",
                    extended.toPlainString(),
                    "",
                    Integer.toString(line.filled()),
                    line.filled() == 0 ? "*" : "",
                    Integer.toString(item.pack()),
                    item.upc().orElse(""),
                    "Y",
                    "",
                    item.department(),
                    item.departmentCode(),
                    item.vendorSku(),
                    line.pickLine(),
                    line.origin(),
                    "0",
                    line.crossReference(),
                    line.weight(),
                    line.french(),
                    "",
                    line.velocity(),
                    "")));
            lineNumber++;
        }
        return List.copyOf(lines);
    }

    private static String padded(List<String> fields) {
        StringBuilder line = new StringBuilder(256);
        for (int index = 0; index < fields.size(); index++) {
            if (index > 0) {
                line.append(',');
            }
            String field = fields.get(index);
            int padding = Math.max(0, WIDTHS.get(index) - field.length());
            if (NUMERIC.contains(index)) {
                line.repeat(' ', padding).append(field);
            } else {
                line.append(field).repeat(' ', padding);
            }
        }
        return line.toString();
    }

    private static String productLinesJson() {
        List<String> objects = new ArrayList<>();
        for (Line line : productLines()) {
            int shortQuantity = Math.max(0, line.ordered() - line.filled());
            BigDecimal shortValue = new BigDecimal(line.unitCost())
                    .multiply(BigDecimal.valueOf(shortQuantity))
                    .setScale(2, RoundingMode.HALF_UP);
            objects.add(JsonText.object(List.of(
                    new JsonText.Member("sku", JsonText.string(line.sku())),
                    new JsonText.Member("ordered_qty", Integer.toString(line.ordered())),
                    new JsonText.Member("filled_qty", Integer.toString(line.filled())),
                    new JsonText.Member("short", Integer.toString(shortQuantity)),
                    new JsonText.Member("short_value", shortValue.toPlainString()),
                    new JsonText.Member("special_price_flag", Boolean.toString(line.specialPrice())),
                    new JsonText.Member("short_flag", Boolean.toString(line.filled() == 0)))));
        }
        return "[\n    " + String.join(",\n    ", objects) + "\n  ]";
    }
}

package com.profitsentinel.testing.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SampleExportsTest {
    /** The canonical fields of columns.md §6.1. */
    private static final Set<String> CANONICAL = Set.of(
            "sku",
            "qty_on_hand",
            "unit_cost",
            "retail_price",
            "units_sold",
            "last_sale_date",
            "last_receipt_date",
            "qty_difference",
            "store_id",
            "description",
            "vendor",
            "category",
            "department",
            "suggested_retail",
            "margin_pct",
            "markup_pct",
            "qty_on_order",
            "avg_cost",
            "last_cost",
            "qty_counted",
            "reorder_point",
            "max_qty",
            "inventory_value_cost",
            "inventory_value_retail",
            "sales_dollars",
            "units_purchased",
            "date_added",
            "last_count_date",
            "last_changed_date",
            "barcode",
            "alt_sku",
            "vendor_sku",
            "coop_item_number",
            "pos_item_id",
            "vendor_code",
            "description_alt",
            "class_code",
            "bin_location",
            "status",
            "item_type",
            "tracks_inventory",
            "non_inventory_flag",
            "is_damaged",
            "is_seasonal",
            "season_code",
            "qty_available",
            "qty_on_hand_secondary",
            "package_qty",
            "unit_of_measure");

    /** Sales-detail fields (§7.4) and the Orgill PO positions' fields (§7.2). */
    private static final Set<String> SALES = Set.of(
            "sku", "barcode", "txn_date", "txn_id", "sale_qty", "sale_amount", "sale_cost", "store_id", "description");

    private static final Set<String> PURCHASE_ORDER = Set.of(
            "line_no",
            "po_retail",
            "sku",
            "ordered_qty",
            "unit_of_measure",
            "description",
            "po_unit_cost",
            "special_price_flag",
            "po_ext_cost",
            "filled_qty",
            "short_flag",
            "package_qty",
            "barcode",
            "department",
            "vendor_sku",
            "alt_sku",
            "extended");

    /** The profile ids of columns.md §8. */
    private static final Set<String> PROFILES = Set.of(
            "sentinel_native",
            "orgill_po",
            "posim_count",
            "paladin_report_29",
            "paladin_native",
            "idosoft_custom1",
            "paladin_report",
            "idosoft_shlp",
            "epicor_eagle",
            "epicor_bistrack",
            "ncr_counterpoint",
            "retail_pro",
            "korona",
            "lightspeed_r",
            "lightspeed_x",
            "microbiz",
            "rain_pos",
            "celerant",
            "shopify_product",
            "shopify_inventory",
            "square",
            "clover",
            "dynamics_rms",
            "do_it_best",
            "ace",
            "true_value",
            "spruce",
            "posim");

    static List<Named<Sample>> samples() {
        return SampleExports.all().stream()
                .map(sample -> Named.of(sample.fileName(), sample))
                .toList();
    }

    static List<Named<Sample>> textSamples() {
        return SampleExports.all().stream()
                .filter(SampleText::isText)
                .map(sample -> Named.of(sample.fileName(), sample))
                .toList();
    }

    @Test
    void coversEveryPosProfileAndTheGenericCase() {
        Set<String> covered = new HashSet<>();
        for (Sample sample : SampleExports.all()) {
            covered.add(sample.posId());
        }

        assertThat(covered).containsAll(PROFILES).contains(SampleExports.GENERIC);
        assertThat(SampleExports.all()).hasSize(30);
    }

    @Test
    void providesTwoOrMoreWorkbooksAndOneLegacyWorkbook() {
        List<String> names = SampleExports.all().stream().map(Sample::fileName).toList();

        assertThat(names.stream().filter(name -> name.endsWith(".xlsx"))).contains("square.xlsx", "microbiz.xlsx");
        assertThat(names).contains("dynamics-rms.xls");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void writesTheSameBytesEveryTime(Sample sample) {
        byte[] first = SampleExports.content(sample);
        byte[] second = SampleExports.content(sample);

        assertThat(first).isNotEmpty().isEqualTo(second);
        assertThat(SampleExports.expectation(sample)).isEqualTo(SampleExports.expectation(sample));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void namesOnlyKnownProfilesAndTargets(Sample sample) {
        Set<String> allowed =
                switch (sample.fileType()) {
                    case SALES_DETAIL -> SALES;
                    case PURCHASE_ORDERS -> PURCHASE_ORDER;
                    case INVENTORY, COUNT -> union(CANONICAL, Set.of("extended"));
                };

        assertThat(sample.posId()).isIn(union(PROFILES, Set.of(SampleExports.GENERIC)));
        for (ExpectedColumn column : sample.columns()) {
            column.target()
                    .ifPresent(target -> assertThat(target).as(column.header()).isIn(allowed));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void mapsNoFieldTwiceExceptPerStoreColumns(Sample sample) {
        Map<String, String> seen = new HashMap<>();
        for (ExpectedColumn column : sample.columns()) {
            String target = column.target().orElse("extended");
            boolean perStore = sample.storesDetected().stream()
                    .anyMatch(store -> column.header().contains(store));
            if (!target.equals("extended") && !perStore) {
                String previous = seen.put(target, column.header());

                assertThat(previous)
                        .as("%s and %s both map to %s", previous, column.header(), target)
                        .isNull();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textSamples")
    void writesTheExpectedHeaderRowAndTenToFortyRowsOfEqualWidth(Sample sample) {
        List<List<String>> records = SampleText.records(sample);
        if (sample.posId().equals("orgill_po")) {
            records = records.subList(14, records.size());
        }
        List<String> headers = records.getFirst().stream()
                .map(header -> header.isEmpty() ? "Column D" : header)
                .toList();
        List<List<String>> rows = records.subList(1, records.size());

        assertThat(headers).isEqualTo(sample.headers());
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSameSizeAs(headers));
        if (!sample.posId().equals("orgill_po")) {
            assertThat(rows.size()).isBetween(10, 40);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textSamples")
    void writesOnlyValidBarcodes(Sample sample) {
        List<List<String>> records = SampleText.records(sample);
        if (sample.posId().equals("orgill_po")) {
            records = records.subList(14, records.size());
        }
        List<String> headers = records.getFirst();
        List<Integer> barcodeColumns = new ArrayList<>();
        for (ExpectedColumn column : sample.columns()) {
            if (column.target().equals(Optional.of("barcode"))) {
                barcodeColumns.add(sample.headers().indexOf(column.header()));
            }
        }
        for (List<String> row : records.subList(1, records.size())) {
            for (int column : barcodeColumns) {
                String barcode = row.get(column).strip();

                assertThat(barcode.isEmpty() || Upc.isValid(barcode))
                        .as("%s: %s", headers.get(column), barcode)
                        .isTrue();
            }
        }
    }

    @Test
    void givesEveryCatalogueItemAValidUpcOrNone() {
        assertThat(Catalog.items()).hasSizeGreaterThanOrEqualTo(40).allSatisfy(item -> assertThat(
                        item.upc().map(Upc::isValid).orElse(true))
                .isTrue());
        assertThat(Catalog.items().stream().map(CatalogItem::sku)).doesNotHaveDuplicates();
    }

    @Test
    void writesThePaladinReportAsWindows1252WithCrlfAndTheVerifiedHeaders() {
        Sample sample = SampleExports.byFileName("paladin-report-29.csv");
        byte[] bytes = SampleExports.content(sample);
        String text = new String(bytes, SampleText.WINDOWS_1252);

        assertThat(text).startsWith(String.join(",", sample.headers()) + "\r\n").contains("90°");
        assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("90°");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n");
        assertThat(sample.headers())
                .hasSize(29)
                .startsWith("SKU", "Vendor SKU", "Description ", "Description Short")
                .endsWith("Last Pur.", "Sku Was Added", "Formula");
    }

    @Test
    void putsTheAnomaliesInThePaladinReport() {
        Sample sample = SampleExports.byFileName("paladin-report-29.csv");
        List<List<String>> rows = SampleText.records(sample).subList(1, 41);
        int onHand = sample.headers().indexOf("In Stock Qty.");
        int cost = sample.headers().indexOf("Cost");
        int retail = sample.headers().indexOf("Retail");
        int lastSale = sample.headers().indexOf("Last Sale");

        assertThat(rows)
                .anySatisfy(row -> assertThat(Integer.parseInt(row.get(onHand))).isNegative());
        assertThat(rows).anySatisfy(row -> assertThat(row.get(cost)).isEqualTo("0.00"));
        assertThat(rows).anySatisfy(row -> assertThat(new BigDecimal(row.get(cost)))
                .isGreaterThan(new BigDecimal(row.get(retail))));
        assertThat(rows).anySatisfy(row -> assertThat(row.get(lastSale)).startsWith("2023"));
        assertThat(rows).anySatisfy(row -> assertThat(row.get(lastSale)).isEmpty());
    }

    @Test
    void writesTheOrgillOrderOfTheEngineExample() {
        List<List<String>> records = SampleText.records(SampleExports.byFileName("orgill-po.csv"));
        List<List<String>> lines = records.subList(15, records.size()).stream()
                .map(line -> line.stream().map(String::strip).toList())
                .toList();

        assertThat(records.getFirst().getFirst()).startsWith("Shipto: 31057 ");
        assertThat(records.get(2)).containsExactly("Date: 06/02/2025");
        assertThat(records.get(3)).containsExactly("Status: INVOICED");
        assertThat(records.get(6)).containsExactly("USD Amount: 152.34");
        assertThat(records.get(14).getFirst()).isEqualTo("Line");
        assertThat(lines.getFirst()).startsWith("1", "0.00", "0000000");
        assertThat(lines.getFirst().get(6)).isEqualTo("STOP CHARGE");
        assertThat(lines.subList(1, 5))
                .extracting(line -> line.get(2))
                .containsExactly("0022913", "0102129", "0102130", "0231456");
        BigDecimal filledValue = BigDecimal.ZERO;
        int ordered = 0;
        int filled = 0;
        List<String> shortValues = new ArrayList<>();
        for (List<String> line : lines.subList(1, 5)) {
            int lineOrdered = Integer.parseInt(line.get(4));
            int lineFilled = Integer.parseInt(line.get(11));
            ordered += lineOrdered;
            filled += lineFilled;
            filledValue = filledValue.add(new BigDecimal(line.get(9)));
            shortValues.add(new BigDecimal(line.get(7))
                    .multiply(BigDecimal.valueOf(Math.max(0, lineOrdered - lineFilled)))
                    .toPlainString());
        }
        assertThat(shortValues).containsExactly("0.00", "36.68", "0.00", "4.20");
        assertThat(filled).isEqualTo(26);
        assertThat(ordered).isEqualTo(32);
        assertThat(filledValue).isEqualByComparingTo("152.34");
        assertThat(lines.get(1).get(8)).isEqualTo("*");
        assertThat(lines.get(2).get(12)).isEqualTo("*");
    }

    @Test
    void continuesShopifyProductsOnVariantRowsWithOneBlankSkuAndOneImageRow() {
        Sample sample = SampleExports.byFileName("shopify-product.csv");
        List<List<String>> rows =
                SampleText.records(sample).subList(1, SampleText.records(sample).size());
        int title = sample.headers().indexOf("Title");
        int variantSku = sample.headers().indexOf("Variant SKU");
        int price = sample.headers().indexOf("Variant Price");
        int image = sample.headers().indexOf("Image Src");
        int quantity = sample.headers().indexOf("Variant Inventory Qty");

        List<List<String>> hose = rows.stream()
                .filter(row -> row.getFirst().equals("garden-hose-5-8-inch"))
                .toList();
        assertThat(hose).hasSize(4);
        assertThat(hose.get(0).get(title)).isEqualTo("Garden Hose 5/8 in");
        assertThat(hose.get(1).get(title)).isEmpty();
        assertThat(hose.get(2).get(variantSku)).isEmpty();
        assertThat(hose.get(2).get(price)).isEqualTo("49.99");
        assertThat(hose.get(3).get(variantSku)).isEmpty();
        assertThat(hose.get(3).get(price)).isEmpty();
        assertThat(hose.get(3).get(image)).endsWith("garden-hose-black.jpg");
        assertThat(rows).anySatisfy(row -> assertThat(row.get(quantity)).startsWith("-"));
    }

    @Test
    void writesSquareNumbersAndGtinsAsNumericCells() throws IOException {
        String sheet =
                zipEntry(SampleExports.content(SampleExports.byFileName("square.xlsx")), "xl/worksheets/sheet1.xml");

        assertThat(sheet).contains("<c r=\"G2\" t=\"n\"><v>52860004124</v>");
        assertThat(sheet).containsPattern("<c r=\"H2\" t=\"n\"><v>29\\.99</v>");
        assertThat(sheet).containsPattern("<c r=\"L2\" t=\"n\"><v>-?\\d+</v>");
    }

    @Test
    void writesMicrobizDatesAsDateFormattedCells() throws IOException {
        byte[] workbook = SampleExports.content(SampleExports.byFileName("microbiz.xlsx"));
        String sheet = zipEntry(workbook, "xl/worksheets/sheet1.xml");
        String styles = zipEntry(workbook, "xl/styles.xml");

        assertThat(sheet).containsPattern("<c r=\"U2\" s=\"\\d+\" t=\"n\"><v>\\d{5}\\.0</v>");
        assertThat(styles).contains("formatCode=\"mm/dd/yyyy\"");
        assertThat(zipEntry(workbook, "docProps/core.xml")).contains("2025-07-01T08:00:00.000Z");
    }

    @Test
    void writesDynamicsRmsAsALegacyWorkbookWithDateCells() throws IOException {
        Sample sample = SampleExports.byFileName("dynamics-rms.xls");
        try (HSSFWorkbook workbook = new HSSFWorkbook(new ByteArrayInputStream(SampleExports.content(sample)))) {
            HSSFSheet sheet = workbook.getSheetAt(0);
            HSSFRow header = sheet.getRow(0);
            List<String> headers = new ArrayList<>();
            for (int column = 0; column < header.getLastCellNum(); column++) {
                headers.add(header.getCell(column).getStringCellValue());
            }
            int received = headers.indexOf("LastReceived");

            assertThat(headers).isEqualTo(sample.headers());
            assertThat(sheet.getLastRowNum()).isEqualTo(20);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).hasSize(7);
            assertThat(sheet.getRow(1).getCell(received).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(received)))
                    .isTrue();
            assertThat(sheet.getRow(1)
                            .getCell(received)
                            .getLocalDateTimeCellValue()
                            .toLocalDate())
                    .isBefore(LocalDate.of(2025, 7, 1));
        }
    }

    @Test
    void describesEverySampleInTheReadme() {
        String readme = SampleExports.readme();

        for (Sample sample : SampleExports.all()) {
            assertThat(readme).contains("| `" + sample.fileName() + "` | " + sample.system() + " | `" + sample.posId());
        }
    }

    @Test
    void writesExpectationsWithNullForUnmappedColumnsAndPeriods() {
        String generic = SampleExports.expectation(SampleExports.byFileName("generic.csv"));
        String eagle = SampleExports.expectation(SampleExports.byFileName("epicor-eagle.txt"));

        assertThat(generic)
                .startsWith("{\n  \"pos\": \"generic\",\n  \"file_type\": \"inventory\",\n  \"columns\": {\n")
                .contains("\"Buyer Notes\": null")
                .contains("\"units_sold_period\": {\"Sold Last 30 Days\": \"30\"}");
        assertThat(eagle).contains("\"msrp\": \"extended\"", "\"ytd_sold\": \"units_sold\"", "{\"ytd_sold\": \"YTD\"}");
        assertThat(SampleExports.expectation(SampleExports.byFileName("square.xlsx")))
                .contains("\"stores_detected\": [\"Main Street\", \"Warehouse\"]");
    }

    private static String zipEntry(byte[] archive, String name) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no entry " + name);
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> union = new HashSet<>(first);
        union.addAll(second);
        return union;
    }
}

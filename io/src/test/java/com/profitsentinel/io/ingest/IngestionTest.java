package com.profitsentinel.io.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import com.profitsentinel.engine.finding.DataQualityCode;
import com.profitsentinel.engine.record.ItemRecord;
import com.profitsentinel.engine.record.PurchaseOrderLine;
import com.profitsentinel.engine.record.PurchaseOrderStatus;
import com.profitsentinel.engine.record.QuantitySource;
import com.profitsentinel.engine.record.SalesLine;
import com.profitsentinel.engine.record.SkuSource;
import com.profitsentinel.engine.record.VelocityBasis;
import com.profitsentinel.io.detect.FileFormat;
import com.profitsentinel.io.layout.FileType;
import com.profitsentinel.io.table.Notice;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingestion pipeline end to end on files: columns.md §11.6 and the file rows of §11.8, limits, error budget. */
class IngestionTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 7, 1);
    private static final String ORGILL_HEADER = "Line,Retail,Item,,Ord Qty,Unit,Description,Unit Cost,Spc,Ext Cost,"
            + "Prod Care,Qty Fill,Out,Shelf Pk,UPC Code,POS,Crd Inv,Retail Dept Description,Dept,Vendor Item Num,"
            + "PickLne,Country of Origin,Resvd Qty,Xref Item,Itm Weight,French Description,Cust Item Desc,"
            + "Velocity Code,Rtl Sens Code";

    @TempDir
    Path directory;

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] content) throws IOException {
        Path file = directory.resolve(name);
        Files.write(file, content);
        return file;
    }

    private static IngestRequest.Builder request(Path file) {
        return IngestRequest.builder(file, AS_OF);
    }

    private static long day(int year, int month, int day) {
        return LocalDate.of(year, month, day).toEpochDay();
    }

    /** An Orgill PO file: PO 4512's header block on lines 1–14, the column headers on line 15, then the items. */
    private static String orgill(String... itemLines) {
        List<String> lines = new ArrayList<>(List.of(
                "Shipto: 31057 ,Billto: 31057 ,Order: 4512",
                "Ship Via: TRUCK",
                "Date: 06/02/2025",
                "Status: INVOICED",
                "Terms: NET 30",
                "Terms: NET 30",
                "USD Amount: 152.34",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                ORGILL_HEADER));
        lines.addAll(List.of(itemLines));
        lines.add("");
        return String.join("\n", lines);
    }

    @Test
    void readsPipeDelimitedFiles() throws IOException {
        CollectingSink sink = new CollectingSink();

        IngestionReport report = Ingestion.ingest(
                request(write("items.txt", "SKU|Qty|Cost\nA|1|2.50\n")).build(), sink);

        assertThat(report.delimiter()).isEqualTo("|");
        assertThat(sink.record("A").onHandQuantity()).isEqualTo(1.0);
        assertThat(sink.record("A").unitCost()).isEqualTo(2.5);
    }

    @Test
    void readsSemicolonFilesWithDecimalCommas() throws IOException {
        CollectingSink sink = new CollectingSink();

        IngestionReport report = Ingestion.ingest(
                request(write("eu.csv", "SKU;Qty;Cost\nA;1,5;2,25\n")).build(), sink);

        assertThat(report.delimiter()).isEqualTo(";");
        assertThat(sink.record("A").onHandQuantity()).isEqualTo(1.5);
        assertThat(sink.record("A").unitCost()).isEqualTo(2.25);
    }

    @Test
    void keepsPhysicalRowNumbersAcrossQuotedLineBreaks() throws IOException {
        String content =
                "SKU,Desc,Qty\nA,one,1\nB,two,1\nC,three,1\nD,four,1\nE,five,1\nF,\"six\nmore\",1\nG,seven,1\n";
        CollectingSink sink = new CollectingSink();

        Ingestion.ingest(request(write("rows.csv", content)).build(), sink);

        assertThat(sink.record("F").sourceRow()).isEqualTo(7);
        assertThat(sink.record("F").description()).isEqualTo("six\nmore");
        assertThat(sink.record("G").sourceRow()).isEqualTo(9);
    }

    @Test
    void fallsBackToWindows1252AndSaysSo() throws IOException {
        byte[] content = {
            'S',
            'K',
            'U',
            ',',
            'D',
            'e',
            's',
            'c',
            ',',
            'Q',
            't',
            'y',
            '\n',
            'A',
            ',',
            'C',
            'a',
            'f',
            (byte) 0xE9,
            ',',
            '1',
            '\n'
        };
        CollectingSink sink = new CollectingSink();

        IngestionReport report =
                Ingestion.ingest(request(write("cafe.csv", content)).build(), sink);

        assertThat(report.encoding()).isEqualTo("windows-1252");
        assertThat(sink.record("A").description()).isEqualTo("Café");
        assertThat(sink.restarts).isEqualTo(1);
        assertThat(report.notices())
                .contains(new Notice(
                        DataQualityCode.ENCODING_FALLBACK,
                        "\"cafe.csv\" is not valid UTF-8; it was read as windows-1252."));
    }

    @Test
    void byteUndefinedInWindows1252IsReadAsLatin1() throws IOException {
        byte[] content = {'S', 'K', 'U', ',', 'Q', 't', 'y', '\n', 'A', (byte) 0x81, ',', '1', '\n'};

        IngestionReport report =
                Ingestion.ingest(request(write("latin.csv", content)).build(), new CollectingSink());

        assertThat(report.encoding()).isEqualTo("iso-8859-1");
    }

    @Test
    void stripsTheByteOrderMarkFromTheFirstHeader() throws IOException {
        IngestionReport report = Ingestion.ingest(
                request(write("bom.csv", "\uFEFFSKU,Qty\nA,1\n")).build(), new CollectingSink());

        assertThat(report.headers()).containsExactly("SKU", "Qty");
    }

    @Test
    void readsCsvTextSavedWithAnXlsxExtension() throws IOException {
        CollectingSink sink = new CollectingSink();

        IngestionReport report =
                Ingestion.ingest(request(write("items.xlsx", "SKU,Qty\nA,3\n")).build(), sink);

        assertThat(report.format()).isEqualTo(FileFormat.CSV);
        assertThat(report.notices()).extracting(Notice::code).contains(DataQualityCode.EXTENSION_MISMATCH);
        assertThat(sink.record("A").onHandQuantity()).isEqualTo(3.0);
    }

    @Test
    void rejectsBinaryContent() throws IOException {
        byte[] content = new byte[1000];
        for (int index = 0; index < content.length; index++) {
            content[index] = (byte) (index % 10 < 3 ? 1 : 'a');
        }
        Path file = write("binary.csv", content);

        assertThatThrownBy(() -> Ingestion.ingest(request(file).build(), new CollectingSink()))
                .extracting(error -> ((ProfitSentinelException) error).code())
                .isEqualTo(ErrorCode.BINARY_CONTENT);
    }

    @Test
    void keepsTitleLinesAsPreamble() throws IOException {
        IngestionReport report = Ingestion.ingest(
                request(write("report.csv", "Inventory Report - All SKUs\n\nSKU,Qty,Cost\nA,1,2\n"))
                        .build(),
                new CollectingSink());

        assertThat(report.preamble()).containsExactly("Inventory Report - All SKUs");
        assertThat(report.headerRow()).isEqualTo(3);
        assertThat(report.rowsRead()).isEqualTo(1);
    }

    @Test
    void sevenBytesIsAnEmptyFile() throws IOException {
        Path file = write("tiny.csv", "SKU,Qt\n");

        assertThatThrownBy(() -> Ingestion.ingest(request(file).build(), new CollectingSink()))
                .hasMessage("The file \"tiny.csv\" is empty or has no data rows.")
                .extracting(error -> ((ProfitSentinelException) error).code())
                .isEqualTo(ErrorCode.EMPTY_FILE);
    }

    @Test
    void headerWithoutDataRowsIsAnEmptyFile() throws IOException {
        Path file = write("header.csv", "SKU,Qty,Cost\n");

        assertThatThrownBy(() -> Ingestion.ingest(request(file).build(), new CollectingSink()))
                .extracting(error -> ((ProfitSentinelException) error).code())
                .isEqualTo(ErrorCode.EMPTY_FILE);
    }

    @Test
    void stopsAtTheFirstRowBeyondTheLimit() throws IOException {
        StringBuilder content = new StringBuilder("SKU,Qty\n");
        for (int row = 0; row < 500_001; row++) {
            content.append('S').append(row).append(",1\n");
        }
        Path file = write("big.csv", content.toString());

        assertThatThrownBy(() -> Ingestion.ingest(request(file).build(), new CollectingSink()))
                .hasMessage("The file \"big.csv\" has more than 500000 data rows. Split it by store or department, or"
                        + " use a plan with a higher limit.")
                .extracting(error -> ((ProfitSentinelException) error).code())
                .isEqualTo(ErrorCode.TOO_MANY_ROWS);
    }

    @Test
    void scientificNotationSkuIsKeptWithANote() throws IOException {
        CollectingSink sink = new CollectingSink();

        Ingestion.ingest(request(write("upc.csv", "SKU,Qty\n1.23457E+11,1\n")).build(), sink);

        assertThat(sink.record("1.23457E+11")).isNotNull();
        assertThat(sink.notes(DataQualityCode.SCIENTIFIC_NOTATION_ID)).hasSize(1);
    }

    @Test
    void errorBudgetStopsTheAnalysisWithTheRowsListed() throws IOException {
        StringBuilder content = new StringBuilder("SKU,Qty\n");
        for (int row = 0; row < 20; row++) {
            content.append(row % 4 == 0 ? "" : "S" + row).append(",1\n");
        }
        Path file = write("bad.csv", content.toString());

        assertThatThrownBy(() -> Ingestion.ingest(request(file).build(), new CollectingSink()))
                .hasMessage("5 of 20 data rows (25.0%) could not be read; the limit is 5%. First problems: row 2: no"
                        + " SKU in column \"SKU\" nor any barcode, alternate SKU, co-op number or POS id; row 6: no SKU"
                        + " in column \"SKU\" nor any barcode, alternate SKU, co-op number or POS id; row 10: no SKU in"
                        + " column \"SKU\" nor any barcode, alternate SKU, co-op number or POS id; row 14: no SKU in"
                        + " column \"SKU\" nor any barcode, alternate SKU, co-op number or POS id; row 18: no SKU in"
                        + " column \"SKU\" nor any barcode, alternate SKU, co-op number or POS id")
                .extracting(error -> ((ProfitSentinelException) error).code())
                .isEqualTo(ErrorCode.ERROR_BUDGET_EXCEEDED);
    }

    @Test
    void rejectedRowsWithinTheBudgetAreReportedAndSkipped() throws IOException {
        StringBuilder content = new StringBuilder("SKU,Qty,Cost\n");
        for (int row = 0; row < 40; row++) {
            content.append(row == 5 ? "" : "S" + row)
                    .append(",1,")
                    .append(row == 7 ? "12..5" : "2.00")
                    .append('\n');
        }
        CollectingSink sink = new CollectingSink();

        IngestionReport report =
                Ingestion.ingest(request(write("ok.csv", content.toString())).build(), sink);

        assertThat(report.rowsRead()).isEqualTo(40);
        assertThat(report.rowsRejected()).isEqualTo(1);
        assertThat(report.records()).isEqualTo(39);
        assertThat(report.rejections()).singleElement().satisfies(note -> assertThat(note.sourceRow())
                .isEqualTo(7));
        assertThat(report.noteCounts()).containsEntry(DataQualityCode.UNPARSEABLE_NUMBER, 1L);
        assertThat(sink.notes(DataQualityCode.UNPARSEABLE_NUMBER))
                .singleElement()
                .satisfies(note -> {
                    assertThat(note.message())
                            .isEqualTo("\"ok.csv\" row 9, column \"Cost\": \"12..5\" is not a number");
                    assertThat(note.column()).isEqualTo("Cost");
                    assertThat(note.value()).isEqualTo("12..5");
                });
        assertThat(sink.record("S7").unitCost()).isNaN();
        assertThat(sink.record("S7").onHandQuantity()).isEqualTo(1.0);
    }

    @Test
    void malformedRowsAreRejected() throws IOException {
        CollectingSink sink = new CollectingSink();
        String content = "SKU,Qty\nA,1\nB,2,extra\nC,3,\nD,\"open\nE,5\n";

        IngestionReport report = Ingestion.ingest(
                request(write("malformed.csv", content))
                        .limits(IngestLimits.DEFAULTS.withErrorBudget(1.0, 100))
                        .build(),
                sink);

        assertThat(sink.records).extracting(ItemRecord::sku).containsExactly("A", "C");
        assertThat(report.rowsRejected()).isEqualTo(2);
        assertThat(sink.notes(DataQualityCode.REJECTED_MALFORMED_ROW))
                .extracting(note -> note.sourceRow())
                .containsExactly(3L, 5L);
    }

    @Test
    void orgillPurchaseOrderIsReadByPosition() throws IOException {
        String content = orgill(
                "  1 ,    0.00 ,0000000 ,  ,    1 ,EA ,STOP CHARGE ,    0.00 ,  ,    0.00 ,  ,    1 ,  ,  1 ,  ,,,,,,,,,,,,,,",
                "  2 ,    7.99 ,0022913 ,Y ,    6 ,EA ,HOSE NOZZLE ,    4.25 ,* ,   25.50 ,  ,    6 ,  ,  6 ,"
                        + "071234500017 ,,,GARDEN ,12 ,NZ-1 ,,US ,0 ,X22913 ,0.3 ,,,B ,",
                "  3 ,   14.99 ,0102129 ,  ,    4 ,EA ,SPRINKLER ,    9.17 ,  ,    0.00 ,  ,    0 ,* ,  1 ,"
                        + ",,,GARDEN ,12 ,SP-4 ,,US ,0 ,,1.1 ,,,C ,",
                "  4 ,   14.99 ,0102130 ,  ,   12 ,EA ,SPRINKLER HEAD ,    9.17 ,  ,  110.04 ,  ,   12 ,  ,  1 ,"
                        + ",,,GARDEN ,12 ,SP-5 ,,US ,0 ,,1.1 ,,,C ,",
                "  5 ,    3.99 ,0231456 ,  ,   10 ,EA ,HOSE WASHER ,    2.10 ,  ,   16.80 ,  ,    8 ,  , 10 ,"
                        + ",,,GARDEN ,12 ,HW-1 ,,US ,0 ,,0.1 ,,,A ,");
        CollectingSink sink = new CollectingSink();

        IngestionReport report =
                Ingestion.ingest(request(write("orgill-4512.csv", content)).build(), sink);

        assertThat(report.fileType()).isEqualTo(FileType.PURCHASE_ORDERS);
        assertThat(report.pos()).isEqualTo("orgill_po");
        assertThat(sink.purchaseOrders).hasSize(5);
        PurchaseOrderLine service = sink.purchaseOrders.get(0);
        assertThat(service.serviceLine()).isTrue();
        PurchaseOrderLine shortShipped = sink.purchaseOrders.get(2);
        assertThat(shortShipped.sku()).isEqualTo("0102129");
        assertThat(shortShipped.orderedQuantity()).isEqualTo(4.0);
        assertThat(shortShipped.filledQuantity()).isEqualTo(0.0);
        assertThat(shortShipped.shortFlag()).isTrue();
        assertThat(shortShipped.shortQuantity()).isEqualTo(4.0);
        assertThat(shortShipped.shortValue()).isCloseTo(36.68, within(1e-9));
        assertThat(shortShipped.poNumber()).isEqualTo("4512");
        assertThat(shortShipped.poDate()).isEqualTo((int) day(2025, 6, 2));
        assertThat(shortShipped.status()).isEqualTo(PurchaseOrderStatus.INVOICED);
        assertThat(shortShipped.vendor()).isEqualTo("Orgill");
        PurchaseOrderLine washer = sink.purchaseOrders.get(4);
        assertThat(washer.shortQuantity()).isEqualTo(2.0);
        assertThat(washer.shortValue()).isCloseTo(4.20, within(1e-9));
        assertThat(sink.purchaseOrders.get(1).specialPriceFlag()).isTrue();
        double ordered = 0;
        double filled = 0;
        double filledValue = 0;
        for (PurchaseOrderLine line : sink.purchaseOrders) {
            if (!line.serviceLine()) {
                ordered += line.orderedQuantity();
                filled += line.filledQuantity();
                filledValue += line.extendedCost();
            }
        }
        assertThat(filled / ordered).isEqualTo(0.8125);
        assertThat(filledValue).isCloseTo(152.34, within(1e-9));
    }

    @Test
    void orgillFileShorterThanSixteenLinesHasNoLines() throws IOException {
        StringBuilder content = new StringBuilder("Shipto: 31057 ,Billto: 31057 ,Order: 4512\n");
        for (int line = 2; line <= 15; line++) {
            content.append("Line ").append(line).append('\n');
        }
        CollectingSink sink = new CollectingSink();

        Ingestion.ingest(request(write("short-po.csv", content.toString())).build(), sink);

        assertThat(sink.purchaseOrders).isEmpty();
    }

    @Test
    void salesDetailFileBecomesSalesLines() throws IOException {
        String content = "Date,SKU,Description,Qty Sold,Amount,Cost,Store ID\n"
                + "\"2025-06-15\",A1,HOSE,2,\"1,234.56\",5,1\n"
                + "06/15/2025,A2,HOSE,1,$99.99,5,1\n"
                + "06/15/25,A3,HOSE,-1,(15.00),5,1\n"
                + "20250615,A4,HOSE,1,,5,1\n"
                + "\"Jun 15,25\",A5,HOSE,1,-,5,1\n"
                + "15-Jun-2025,A6,HOSE,1,N/A,5,1\n";
        CollectingSink sink = new CollectingSink();

        IngestionReport report =
                Ingestion.ingest(request(write("sales.csv", content)).build(), sink);

        assertThat(report.fileType()).isEqualTo(FileType.SALES_DETAIL);
        assertThat(sink.sales).extracting(SalesLine::transactionDate).containsOnly((int) day(2025, 6, 15));
        assertThat(sink.sales)
                .extracting(SalesLine::amount)
                .containsExactly(1234.56, 99.99, -15.0, Double.NaN, Double.NaN, Double.NaN);
        assertThat(sink.sales.get(2).quantity()).isEqualTo(-1.0);
        assertThat(report.columns())
                .extracting(column -> column.header() + "=" + column.field().orElse("null"))
                .containsExactly(
                        "Date=txn_date",
                        "SKU=sku",
                        "Description=description",
                        "Qty Sold=sale_qty",
                        "Amount=sale_amount",
                        "Cost=sale_cost",
                        "Store ID=store_id");
    }

    @Test
    void orgillLineWithANonInventoryDescriptionIsAServiceLine() throws IOException {
        String content = orgill(
                "  1 ,    0.00 ,0999999 ,  ,    1 ,EA ,FREIGHT CHARGE ,   12.00 ,  ,   12.00 ,  ,    1 ,  ,  1 ,"
                        + "  ,,,,,,,,,,,,,,",
                "  2 ,    7.99 ,0022913 ,Y ,    6 ,EA ,HOSE NOZZLE ,    4.25 ,* ,   25.50 ,  ,    6 ,  ,  6 ,"
                        + "071234500017 ,,,GARDEN ,12 ,NZ-1 ,,US ,0 ,X22913 ,0.3 ,,,B ,");
        CollectingSink sink = new CollectingSink();

        Ingestion.ingest(request(write("orgill-freight.csv", content)).build(), sink);

        assertThat(sink.purchaseOrders)
                .extracting(line -> line.sku() + " " + line.serviceLine())
                .containsExactly("0999999 true", "0022913 false");
    }

    @Test
    void genericPurchaseOrderFileBecomesPurchaseOrderLines() throws IOException {
        Path file = write(
                "purchase-orders.csv",
                "PO Number,PO Date,Status,Vendor,SKU,Qty Ordered,Qty Shipped,Unit Cost\n"
                        + "PO-1001,06/02/2025,Invoiced,Acme Tools,0012345,6,4,4.25\n"
                        + "PO-1001,06/02/2025,Invoiced,Acme Tools,0012346,2,2,\"1,234.50\"\n"
                        + "PO-1002,06/20/2025,Open,Bolt Supply,0020001,10,,3.10\n");
        CollectingSink sink = new CollectingSink();

        IngestionReport report = Ingestion.ingest(request(file).build(), sink);

        assertThat(report.fileType()).isEqualTo(FileType.PURCHASE_ORDERS);
        assertThat(report.fileType().id()).isEqualTo("purchase_orders");
        assertThat(Ingestion.fileType(request(file).build())).isEqualTo(FileType.PURCHASE_ORDERS);
        assertThat(report.pos()).isEqualTo("generic");
        assertThat(report.rowsRead()).isEqualTo(3);
        assertThat(report.rowsRejected()).isZero();
        assertThat(report.records()).isEqualTo(3);
        assertThat(report.missing()).isEmpty();
        assertThat(report.columns())
                .extracting(column -> column.header() + "=" + column.field().orElse("null"))
                .containsExactly(
                        "PO Number=po_number",
                        "PO Date=po_date",
                        "Status=po_status",
                        "Vendor=vendor",
                        "SKU=sku",
                        "Qty Ordered=ordered_qty",
                        "Qty Shipped=filled_qty",
                        "Unit Cost=po_unit_cost");
        assertThat(sink.records).isEmpty();
        assertThat(sink.purchaseOrders)
                .extracting(PurchaseOrderLine::sku)
                .containsExactly("0012345", "0012346", "0020001");
        PurchaseOrderLine first = sink.purchaseOrders.get(0);
        assertThat(first.sourceRow()).isEqualTo(2);
        assertThat(first.storeId()).isEqualTo("default");
        assertThat(first.poNumber()).isEqualTo("PO-1001");
        assertThat(first.poDate()).isEqualTo((int) day(2025, 6, 2));
        assertThat(first.status()).isEqualTo(PurchaseOrderStatus.INVOICED);
        assertThat(first.vendor()).isEqualTo("Acme Tools");
        assertThat(first.orderedQuantity()).isEqualTo(6.0);
        assertThat(first.filledQuantity()).isEqualTo(4.0);
        assertThat(first.unitCost()).isEqualTo(4.25);
        assertThat(first.shortValue()).isEqualTo(8.5);
        assertThat(sink.purchaseOrders.get(1).unitCost()).isEqualTo(1234.5);
        PurchaseOrderLine open = sink.purchaseOrders.get(2);
        assertThat(open.status()).isEqualTo(PurchaseOrderStatus.OPEN);
        assertThat(open.vendor()).isEqualTo("Bolt Supply");
        assertThat(open.filledQuantity()).isNaN();
    }

    @Test
    void purchaseOrderFileWithoutDateOrCostSaysWhatIsMissing() throws IOException {
        Path file = write("orders.csv", "PO,Item,Ordered\n77,A1,3\n");

        IngestionReport report = Ingestion.ingest(request(file).build(), new CollectingSink());

        assertThat(report.fileType()).isEqualTo(FileType.PURCHASE_ORDERS);
        assertThat(report.missing()).containsExactly("po_date", "po_unit_cost");
    }

    @Test
    void purchaseOrderFileWithoutSkuColumnIsBlocking() throws IOException {
        Path file = write("orders.csv", "PO Number,Qty Ordered,Unit Cost\n77,2,3.00\n");

        assertThatThrownBy(() -> Ingestion.ingest(request(file).build(), new CollectingSink()))
                .hasMessage("No item-number column was found in \"orders.csv\" (looked for SKU, item number, part"
                        + " number, UPC/barcode). Map one column to \"sku\".")
                .extracting(error -> ((ProfitSentinelException) error).code())
                .isEqualTo(ErrorCode.NO_SKU_COLUMN);
    }

    @Test
    void ingestAllDeliversPurchaseOrderLinesBeforeTheFirstInventoryRecord() throws IOException {
        Path inventory = write("inventory.csv", "SKU,Qty,Cost\n0012345,3,4.00\n0020001,0,3.00\n");
        Path orders = write(
                "orders.csv",
                "PO Number,PO Date,Status,Vendor,SKU,Qty Ordered,Qty Shipped,Unit Cost\n"
                        + "PO-1001,06/02/2025,Invoiced,Acme Tools,0012345,6,4,4.25\n"
                        + "PO-1002,06/20/2025,Open,Bolt Supply,0020001,10,,3.10\n");
        CollectingSink sink = new CollectingSink();

        List<IngestionReport> reports = Ingestion.ingestAll(
                List.of(request(inventory).build(), request(orders).build()), sink);

        assertThat(reports)
                .extracting(IngestionReport::fileType)
                .containsExactly(FileType.INVENTORY, FileType.PURCHASE_ORDERS);
        assertThat(sink.arrivals).containsExactly("po 0012345", "po 0020001", "record 0012345", "record 0020001");
    }

    @Test
    void countFileJoinsInventoryByStoreAndSku() throws IOException {
        Path counts = write("count.csv", "SKU,Quantity,Location,Who\n00123,7,A1,JO\n00124,2,B2,JO\n");
        Path inventory = write("inventory.csv", "SKU,Qty,Cost\n00123,10,2.00\n00125,1,1.00\n");
        CollectingSink sink = new CollectingSink();

        List<IngestionReport> reports = Ingestion.ingestAll(
                List.of(request(inventory).build(), request(counts).build()), sink);

        assertThat(reports.get(1).fileType()).isEqualTo(FileType.COUNT);
        assertThat(sink.counts).extracting(line -> line.sku()).containsExactly("00123", "00124");
        ItemRecord counted = sink.record("00123");
        assertThat(counted.countedQuantity()).isEqualTo(7.0);
        assertThat(counted.quantityDifference()).isEqualTo(-3.0);
        assertThat(sink.record("00125").countedQuantity()).isNaN();
    }

    @Test
    void unknownFileIsNotAnInventoryFile() throws IOException {
        Path file = write("notes.csv", "Name,Phone\nJo,555\n");

        assertThatThrownBy(() -> Ingestion.ingest(request(file).build(), new CollectingSink()))
                .hasMessage("The file \"notes.csv\" was not recognized as an inventory, sales, purchase-order or count"
                        + " file.")
                .extracting(error -> ((ProfitSentinelException) error).code())
                .isEqualTo(ErrorCode.NOT_AN_INVENTORY_FILE);
    }

    @Test
    void inventoryWithoutSkuColumnIsBlocking() throws IOException {
        Path file = write("nosku.csv", "Description,Qty,Cost,Price\nHOSE,1,2,3\n");

        assertThatThrownBy(() -> Ingestion.ingest(request(file).build(), new CollectingSink()))
                .extracting(error -> ((ProfitSentinelException) error).code())
                .isEqualTo(ErrorCode.NO_SKU_COLUMN);
    }

    @Test
    void nativeFormatIsReadAsIs() throws IOException {
        String content = "store_id,sku,qty_on_hand,unit_cost,margin_pct,sales_last_30d,days_since_receipt,"
                + "retail_price,is_damaged,on_order_qty,is_seasonal\n"
                + ",A,5,10,0.25,3,40,12.5,false,2,1\n"
                + "7,B,-2,4,0.5,,-3,6,yes,,no\n";
        CollectingSink sink = new CollectingSink();

        IngestionReport report =
                Ingestion.ingest(request(write("native.csv", content)).build(), sink);

        assertThat(report.pos()).isEqualTo("sentinel_native");
        ItemRecord first = sink.record("A");
        assertThat(first.storeId()).isEqualTo("default");
        assertThat(first.salesPer30Days()).isEqualTo(3.0);
        assertThat(first.velocityBasis()).isEqualTo(VelocityBasis.PERIOD_30);
        assertThat(first.lastReceiptDate()).isEqualTo((int) AS_OF.minusDays(40).toEpochDay());
        assertThat(first.reportedMargin()).isEqualTo(0.25);
        assertThat(first.onOrderQuantity()).isEqualTo(2.0);
        assertThat(first.seasonal()).isTrue();
        ItemRecord second = sink.record("B");
        assertThat(second.storeId()).isEqualTo("7");
        assertThat(second.damaged()).isTrue();
        assertThat(second.lastReceiptDate()).isEqualTo((int) AS_OF.toEpochDay());
        assertThat(second.seasonal()).isFalse();
    }

    @Test
    void perStoreColumnsBecomeOneRecordPerStore() throws IOException {
        String content = "Token,Item Name,SKU,Price,Default Unit Cost,Current Quantity Main Street,"
                + "Stock Alert Count Main Street,Current Quantity Warehouse,Stock Alert Count Warehouse\n"
                + "T1,HOSE,A1,9.99,5.00,3,2,,4\n";
        CollectingSink sink = new CollectingSink();

        IngestionReport report =
                Ingestion.ingest(request(write("square.csv", content)).build(), sink);

        assertThat(report.storesDetected()).containsExactly("Main Street", "Warehouse");
        assertThat(sink.records).hasSize(2);
        ItemRecord main = sink.records.get(0);
        assertThat(main.storeId()).isEqualTo("Main Street");
        assertThat(main.onHandQuantity()).isEqualTo(3.0);
        assertThat(main.reorderPoint()).isEqualTo(2.0);
        ItemRecord warehouse = sink.records.get(1);
        assertThat(warehouse.storeId()).isEqualTo("Warehouse");
        assertThat(warehouse.onHandQuantity()).isNaN();
        assertThat(warehouse.reorderPoint()).isEqualTo(4.0);
        assertThat(warehouse.unitCost()).isEqualTo(5.0);
    }

    @Test
    void shopifyVariantsInheritProductColumnsAndSynthesizeSkus() throws IOException {
        String content = "Handle,Title,Vendor,Type,Option1 Name,Option1 Value,Variant SKU,Variant Inventory Qty,"
                + "Variant Price,Cost per item,Image Src\n"
                + "garden-hose,Garden Hose,Acme,Hose,Length,50 ft,GH-50,4,29.99,12.00,a.jpg\n"
                + "garden-hose,,,,,100 ft,,2,49.99,20.00,\n"
                + "garden-hose,,,,,,,,,,b.jpg\n";
        CollectingSink sink = new CollectingSink();

        IngestionReport report =
                Ingestion.ingest(request(write("shopify.csv", content)).build(), sink);

        assertThat(report.pos()).isEqualTo("shopify_product");
        assertThat(sink.records).extracting(ItemRecord::sku).containsExactly("GH-50", "garden-hose/100 ft");
        ItemRecord variant = sink.record("garden-hose/100 ft");
        assertThat(variant.description()).isEqualTo("Garden Hose");
        assertThat(variant.vendor()).isEqualTo("Acme");
        assertThat(variant.category()).isEqualTo("Hose");
        assertThat(sink.notes(DataQualityCode.SKU_SYNTHESIZED)).hasSize(1);
    }

    @Test
    void mappingOverridesComeThroughTheRequest() throws IOException {
        CollectingSink sink = new CollectingSink();
        Path file = write("overrides.csv", "SKU,Qty,Cost,Sug. Retail,Retail\nA,1,2,5,4\n");

        Ingestion.ingest(
                request(file)
                        .overrides(Map.of("Sug. Retail", Optional.of("retail_price"), "Retail", Optional.empty()))
                        .build(),
                sink);

        assertThat(sink.record("A").retailPrice()).isEqualTo(5.0);
    }

    @Test
    void quantityFallsBackToTheSecondaryColumnPerFile() throws IOException {
        CollectingSink sink = new CollectingSink();
        Path file = write("secondary.csv", "SKU,Qty Available,Cost\nA,4,2\n");

        Ingestion.ingest(request(file).build(), sink);

        assertThat(sink.record("A").onHandQuantity()).isEqualTo(4.0);
        assertThat(sink.record("A").quantitySource()).isEqualTo(QuantitySource.AVAILABLE);
    }

    @Test
    void skuFallsBackToTheBarcodeRowByRow() throws IOException {
        CollectingSink sink = new CollectingSink();
        Path file = write("barcodes.csv", "SKU,UPC,Qty\nA,012345678905,1\n,036000291452,2\n");

        Ingestion.ingest(request(file).build(), sink);

        assertThat(sink.record("036000291452").skuSource()).isEqualTo(SkuSource.BARCODE);
        assertThat(sink.record("A").skuSource()).isEqualTo(SkuSource.SKU);
    }
}

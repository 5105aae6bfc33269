package com.profitsentinel.io.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.profitsentinel.engine.finding.DataQualityCode;
import com.profitsentinel.engine.record.CostBasis;
import com.profitsentinel.engine.record.DataQualityNote;
import com.profitsentinel.engine.record.ItemRecord;
import com.profitsentinel.engine.record.PurchaseOrderLine;
import com.profitsentinel.engine.record.PurchaseOrderStatus;
import com.profitsentinel.io.mapping.PurchaseOrderField;
import com.profitsentinel.io.normalize.RecordSink;
import com.profitsentinel.io.normalize.StoreSettings;
import com.profitsentinel.io.table.SampleRow;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Generic purchase-order files (columns.md §7.2, last paragraph; engine.md §2.6). */
class GenericPurchaseOrderTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 7, 1);
    private static final String FILE = "po.csv";
    private static final StoreSettings DEFAULTS = StoreSettings.defaults(AS_OF);

    /** What a file gave: the lines and notes in arrival order, and which rows were rejected. */
    private static final class Lines implements RecordSink {
        final List<PurchaseOrderLine> lines = new ArrayList<>();
        final List<DataQualityNote> notes = new ArrayList<>();
        final List<Long> rejectedRows = new ArrayList<>();

        @Override
        public void record(ItemRecord record) {
            throw new AssertionError("a PO file makes no inventory records");
        }

        @Override
        public void note(DataQualityNote note) {
            notes.add(note);
        }

        @Override
        public void purchaseOrderLine(PurchaseOrderLine line) {
            lines.add(line);
        }

        @Override
        public void restart() {
            throw new AssertionError("no restart expected");
        }

        PurchaseOrderLine only() {
            assertThat(lines).hasSize(1);
            return lines.get(0);
        }
    }

    /** Plans and reads a file given as its header row and data rows; the header is row 1. */
    private static Lines read(StoreSettings settings, char delimiter, String header, String... rows) {
        Pattern split = Pattern.compile(Pattern.quote(String.valueOf(delimiter)));
        List<String> headers = Arrays.asList(split.split(header, -1));
        List<SampleRow> sample = new ArrayList<>();
        for (int index = 0; index < rows.length; index++) {
            sample.add(new SampleRow(index + 2L, Arrays.asList(split.split(rows[index], -1)), false));
        }
        GenericPurchaseOrder order = GenericPurchaseOrder.plan(FILE, headers, sample, settings, delimiter);
        Lines lines = new Lines();
        for (SampleRow row : sample) {
            if (!order.read(row.asRowView(), lines)) {
                lines.rejectedRows.add(row.sourceRow());
            }
        }
        return lines;
    }

    private static Lines read(String header, String... rows) {
        return read(DEFAULTS, ',', header, rows);
    }

    private static StoreSettings withNonInventoryKeywords(List<String> nonInventoryKeywords) {
        return new StoreSettings(
                AS_OF,
                "default",
                ZoneId.of("America/New_York"),
                false,
                CostBasis.AUTO,
                365,
                1,
                StoreSettings.DEFAULT_SEASONAL_KEYWORDS,
                nonInventoryKeywords,
                StoreSettings.DEFAULT_NON_INVENTORY_CATEGORIES);
    }

    private static int day(int year, int month, int day) {
        return (int) LocalDate.of(year, month, day).toEpochDay();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "PO, PO_NUMBER",
        "PO Number, PO_NUMBER",
        "PO #, PO_NUMBER",
        "po_no, PO_NUMBER",
        "Order Number, PO_NUMBER",
        "PO Date, PO_DATE",
        "Order Date, PO_DATE",
        "Invoice Date, PO_DATE",
        "Ordered, ORDERED_QTY",
        "Qty Ordered, ORDERED_QTY",
        "Quantity Ordered, ORDERED_QTY",
        "Ord Qty, ORDERED_QTY",
        "Shipped, FILLED_QTY",
        "Qty Shipped, FILLED_QTY",
        "Filled, FILLED_QTY",
        "Qty Fill, FILLED_QTY",
        "Unit Cost, PO_UNIT_COST",
        "Cost, PO_UNIT_COST",
        "Ext Cost, PO_EXT_COST",
        "Ext. Cost, PO_EXT_COST",
        "Extended Cost, PO_EXT_COST",
        "Status, PO_STATUS",
        "Vendor, VENDOR",
        "Supplier, VENDOR",
        "SKU, SKU",
        "Item Number, SKU",
        "Item #, SKU",
        "UPC, BARCODE",
        "Vendor Item, VENDOR_SKU",
        "Vendor Item Num, VENDOR_SKU",
        "Mfg Part, VENDOR_SKU",
        "Mfg Part #, VENDOR_SKU",
        "Retail, PO_RETAIL",
        "Suggested Retail, PO_RETAIL",
        "Sug. Retail, PO_RETAIL",
        "Store, STORE_ID",
        "Location, STORE_ID",
        "Ship To, STORE_ID",
        "Line, LINE_NO",
        "Line #, LINE_NO",
        "Description, DESCRIPTION",
    })
    void mapsEachAliasByItsKey(String header, PurchaseOrderField field) {
        assertThat(GenericPurchaseOrder.assign(List.of("Notes", header))).containsExactly(entry(field, 1));
    }

    @Test
    void assignsTheSameHeadersWhateverTheColumnOrder() {
        List<String> headers = List.of("Unit Cost", "PO", "Cost", "Ordered", "PO Number");
        List<String> reversed = List.of("PO Number", "Ordered", "Cost", "PO", "Unit Cost");

        assertThat(byHeader(headers)).isEqualTo(byHeader(reversed));
        assertThat(byHeader(headers))
                .containsOnly(
                        entry(PurchaseOrderField.PO_NUMBER, "PO"),
                        entry(PurchaseOrderField.ORDERED_QTY, "Ordered"),
                        entry(PurchaseOrderField.PO_UNIT_COST, "Cost"));
    }

    private static Map<PurchaseOrderField, String> byHeader(List<String> headers) {
        Map<PurchaseOrderField, String> assigned = new EnumMap<>(PurchaseOrderField.class);
        GenericPurchaseOrder.assign(headers).forEach((field, column) -> assigned.put(field, headers.get(column)));
        return assigned;
    }

    @Test
    void aPoFileHasAPoNumberAndAnOrderedQuantity() {
        assertThat(GenericPurchaseOrder.matches(List.of(
                        "PO Number", "PO Date", "Status", "Vendor", "SKU", "Qty Ordered", "Qty Shipped", "Unit Cost")))
                .isTrue();
        assertThat(GenericPurchaseOrder.matches(List.of("PO #", "Item", "Ord Qty")))
                .isTrue();
    }

    @Test
    void filesWithoutPoNumberOrOrderedQuantityAreNotPoFiles() {
        assertThat(GenericPurchaseOrder.matches(List.of("SKU", "Qty Ordered", "Unit Cost")))
                .isFalse();
        assertThat(GenericPurchaseOrder.matches(List.of("PO Number", "SKU", "Qty", "Cost")))
                .isFalse();
        assertThat(GenericPurchaseOrder.matches(List.of("Date", "SKU", "Qty Sold", "Amount", "Order Number")))
                .isFalse();
        assertThat(GenericPurchaseOrder.matches(List.of("SKU", "Qty On Hand", "On Order", "Qty On Order", "Cost")))
                .isFalse();
    }

    @Test
    void readsEveryFieldOfALine() {
        Lines read = read(
                "Line,PO #,Order Date,Status,Supplier,Item Number,UPC,Mfg Part,Description,Ordered,Shipped,Unit Cost,"
                        + "Extended Cost,Suggested Retail,Dept Name,UOM",
                "3,PO-4512,06/02/2025,Invoiced,Acme Tools,0022913,071234500017,NZ-1,HOSE NOZZLE,6,4,4.25,17.00,7.99,"
                        + "GARDEN,EA");

        PurchaseOrderLine line = read.only();
        assertThat(line.sourceFile()).isEqualTo(FILE);
        assertThat(line.sourceRow()).isEqualTo(2);
        assertThat(line.storeId()).isEqualTo("default");
        assertThat(line.poNumber()).isEqualTo("PO-4512");
        assertThat(line.poDate()).isEqualTo(day(2025, 6, 2));
        assertThat(line.status()).isEqualTo(PurchaseOrderStatus.INVOICED);
        assertThat(line.vendor()).isEqualTo("Acme Tools");
        assertThat(line.lineNumber()).isEqualTo(3);
        assertThat(line.sku()).isEqualTo("0022913");
        assertThat(line.barcode()).isEqualTo("071234500017");
        assertThat(line.vendorSku()).isEqualTo("NZ-1");
        assertThat(line.description()).isEqualTo("HOSE NOZZLE");
        assertThat(line.department()).isEqualTo("GARDEN");
        assertThat(line.unitOfMeasure()).isEqualTo("EA");
        assertThat(line.orderedQuantity()).isEqualTo(6.0);
        assertThat(line.filledQuantity()).isEqualTo(4.0);
        assertThat(line.unitCost()).isEqualTo(4.25);
        assertThat(line.extendedCost()).isEqualTo(17.0);
        assertThat(line.retail()).isEqualTo(7.99);
        assertThat(line.shortFlag()).isFalse();
        assertThat(line.specialPriceFlag()).isFalse();
        assertThat(line.serviceLine()).isFalse();
        assertThat(read.notes).isEmpty();
    }

    @Test
    void fieldsWithoutAColumnAreUnknown() {
        PurchaseOrderLine line = read("PO,SKU,Ordered", "77,A1,5").only();

        assertThat(line.poDate()).isEqualTo(ItemRecord.NO_DATE);
        assertThat(line.status()).isEqualTo(PurchaseOrderStatus.UNKNOWN);
        assertThat(line.vendor()).isEmpty();
        assertThat(line.lineNumber()).isZero();
        assertThat(line.barcode()).isEmpty();
        assertThat(line.filledQuantity()).isNaN();
        assertThat(line.unitCost()).isNaN();
        assertThat(line.extendedCost()).isNaN();
        assertThat(line.retail()).isNaN();
    }

    @Test
    void keepsLeadingZerosInIdentifiers() {
        Lines read = read(
                "PO Number,SKU,UPC,Vendor Item,Qty Ordered",
                "000451,0012345,012345678905,00-77,1",
                "000452,'0000987,=\"0036000291452\",0099,2");

        assertThat(read.lines).extracting(PurchaseOrderLine::poNumber).containsExactly("000451", "000452");
        assertThat(read.lines).extracting(PurchaseOrderLine::sku).containsExactly("0012345", "0000987");
        assertThat(read.lines).extracting(PurchaseOrderLine::barcode).containsExactly("012345678905", "0036000291452");
        assertThat(read.lines).extracting(PurchaseOrderLine::vendorSku).containsExactly("00-77", "0099");
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource({
        "OPEN, OPEN",
        "Open, OPEN",
        "pending, PENDING",
        "Invoiced, INVOICED",
        "Shipped, SHIPPED",
        "received, RECEIVED",
        "Closed, CLOSED",
        "Cancelled, CANCELLED",
        "Canceled, CANCELLED",
        "Backordered, UNKNOWN",
        "Partially Received, UNKNOWN",
        "'', UNKNOWN",
    })
    void normalizesTheStatus(String status, PurchaseOrderStatus expected) {
        PurchaseOrderLine line =
                read("PO,Status,SKU,Ordered", "77," + status + ",A1,5").only();

        assertThat(line.status()).isEqualTo(expected);
    }

    @Test
    void marksServiceLinesBySkuOrNonInventoryDescription() {
        Lines read = read(
                "PO,SKU,Description,Ordered",
                "77,0000000,STOP CHARGE,1",
                "77,0000000,,1",
                "77,A1,FREIGHT CHARGE,1",
                "77,A2,Dump-Fee,1",
                "77,A3,SHIPPING TAPE,4",
                "77,A4,DUMP CART,2");

        assertThat(read.lines)
                .extracting(line -> line.sku() + " " + line.serviceLine())
                .containsExactly("0000000 true", "0000000 true", "A1 true", "A2 true", "A3 false", "A4 false");
    }

    @Test
    void serviceWordsAreTheStoresSetting() {
        Lines read = read(
                withNonInventoryKeywords(List.of("PALLET DEPOSIT")),
                ',',
                "PO,SKU,Description,Ordered",
                "77,A1,PALLET DEPOSIT,1",
                "77,A2,FREIGHT CHARGE,1");

        assertThat(read.lines).extracting(PurchaseOrderLine::serviceLine).containsExactly(true, false);
    }

    @Test
    void takesTheStoreFromTheStoreColumnElseTheAnalysisStore() {
        Lines read = read(
                DEFAULTS.withStoreId("main"),
                ',',
                "PO,SKU,Ordered,Ship To",
                "77,A1,1, Store  12 ",
                "77,A2,1,",
                "77,A3,1,East");

        assertThat(read.lines).extracting(PurchaseOrderLine::storeId).containsExactly("Store 12", "main", "East");
    }

    @Test
    void rejectsARowWithoutSku() {
        Lines read = read("PO Number,SKU,Qty Ordered", "77,A1,1", "77,,2", "77,A3,3");

        assertThat(read.lines).extracting(PurchaseOrderLine::sku).containsExactly("A1", "A3");
        assertThat(read.rejectedRows).containsExactly(3L);
        DataQualityNote note = read.notes.get(0);
        assertThat(read.notes).hasSize(1);
        assertThat(note.code()).isEqualTo(DataQualityCode.REJECTED_NO_SKU);
        assertThat(note.sourceFile()).isEqualTo(FILE);
        assertThat(note.sourceRow()).isEqualTo(3);
        assertThat(note.sku()).isEqualTo("#row3");
        assertThat(note.message()).isEqualTo("\"po.csv\" row 3: no SKU");
    }

    @Test
    void rejectsARowWhosePoDateIsNotADate() {
        Lines read =
                read("PO Number,PO Date,SKU,Qty Ordered", "77,06/02/2025,A1,1", "77,soon,A2,2", "77,06/20/2025,A3,3");

        assertThat(read.lines).extracting(PurchaseOrderLine::poDate).containsExactly(day(2025, 6, 2), day(2025, 6, 20));
        assertThat(read.rejectedRows).containsExactly(3L);
        DataQualityNote note = read.notes.get(0);
        assertThat(read.notes).hasSize(1);
        assertThat(note.code()).isEqualTo(DataQualityCode.REJECTED_UNPARSEABLE_DATE);
        assertThat(note.column()).isEqualTo("PO Date");
        assertThat(note.value()).isEqualTo("soon");
        assertThat(note.sku()).isEqualTo("A2");
        assertThat(note.message())
                .isEqualTo("\"po.csv\" row 3, column \"PO Date\": \"soon\" is not a date (expected MM/DD/YYYY)");
    }

    @Test
    void keepsALineWithABlankPoDateWithoutADate() {
        Lines read = read("PO Number,PO Date,SKU,Qty Ordered", "77,20250602,A1,1", "77,,A2,2", "77,00000000,A3,3");

        assertThat(read.lines)
                .extracting(PurchaseOrderLine::poDate)
                .containsExactly(day(2025, 6, 2), ItemRecord.NO_DATE, ItemRecord.NO_DATE);
        assertThat(read.notes).isEmpty();
    }

    @Test
    void notesNumbersThatDoNotParseAndKeepTheLine() {
        Lines read = read(
                "Line,PO Number,SKU,Qty Ordered,Qty Shipped,Unit Cost,Ext Cost",
                "1.5,77,A1,lots,abc,#N/A,12..5",
                "2,77,A2,2,2,1.00,2.00");

        PurchaseOrderLine line = read.lines.get(0);
        assertThat(read.lines).hasSize(2);
        assertThat(line.lineNumber()).isZero();
        assertThat(line.orderedQuantity()).isZero();
        assertThat(line.filledQuantity()).isNaN();
        assertThat(line.unitCost()).isNaN();
        assertThat(line.extendedCost()).isNaN();
        assertThat(read.notes)
                .extracting(note -> note.code() + " " + note.message())
                .containsExactlyInAnyOrder(
                        "UNPARSEABLE_NUMBER \"po.csv\" row 2, column \"Line\": \"1.5\" is not a line number",
                        "UNPARSEABLE_NUMBER \"po.csv\" row 2, column \"Qty Ordered\": \"lots\" is not a number",
                        "UNPARSEABLE_NUMBER \"po.csv\" row 2, column \"Qty Shipped\": \"abc\" is not a number",
                        "NON_FINITE_NUMBER \"po.csv\" row 2, column \"Unit Cost\": \"#N/A\" is not a finite number",
                        "UNPARSEABLE_NUMBER \"po.csv\" row 2, column \"Ext Cost\": \"12..5\" is not a number");
        assertThat(read.notes).allSatisfy(note -> {
            assertThat(note.sourceRow()).isEqualTo(2);
            assertThat(note.sku()).isEqualTo("A1");
            assertThat(note.storeId()).isEqualTo("default");
        });
    }

    @Test
    void readsNumbersInTheStyleOfTheirColumn() {
        Lines read = read(
                DEFAULTS, ';', "PO;SKU;Ordered;Unit Cost;Ext Cost", "77;A1;2;4,25;8,50", "77;A2;1,5;(3,00);$1.234,50");

        assertThat(read.lines).extracting(PurchaseOrderLine::orderedQuantity).containsExactly(2.0, 1.5);
        assertThat(read.lines).extracting(PurchaseOrderLine::unitCost).containsExactly(4.25, -3.0);
        assertThat(read.lines).extracting(PurchaseOrderLine::extendedCost).containsExactly(8.5, 1234.5);
        assertThat(read.notes).isEmpty();
    }
}

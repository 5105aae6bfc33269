package com.profitsentinel.io.layout;

import com.profitsentinel.engine.finding.DataQualityCode;
import com.profitsentinel.engine.record.DataQualityNote;
import com.profitsentinel.engine.record.ItemRecord;
import com.profitsentinel.engine.record.PurchaseOrderLine;
import com.profitsentinel.io.mapping.PurchaseOrderField;
import com.profitsentinel.io.normalize.RecordSink;
import com.profitsentinel.io.normalize.StoreSettings;
import com.profitsentinel.io.table.RowView;
import com.profitsentinel.io.table.SampleRow;
import com.profitsentinel.io.value.DateColumnFormat;
import com.profitsentinel.io.value.DateContext;
import com.profitsentinel.io.value.DateResult;
import com.profitsentinel.io.value.Identifiers;
import com.profitsentinel.io.value.NumberResult;
import com.profitsentinel.io.value.NumberStyle;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Purchase-order files of any vendor (columns.md §7.2, last paragraph): a CSV or workbook with one PO line per row,
 * recognized when its headers map to {@code po_number} and {@code ordered_qty} (§7.6). Columns are matched by the
 * aliases of §7.2 (by key, so spelling variants match), with the item, store, vendor and description aliases of §7.4
 * and §10. Each row becomes one {@link PurchaseOrderLine} (engine.md §2.6).
 *
 * <p>Rows with a blank SKU or a PO date that is not a date are rejected; a blank PO date leaves the date unknown. A
 * number that does not parse is noted and its field unknown (ordered quantity 0). The store is the file's store column
 * when it has a value, else the analysis store; the status is normalized as for every PO layout; a line is a service
 * line when its SKU is {@code 0000000} or its description holds a non-inventory word. Not thread-safe: plan one
 * instance per file being read.
 */
public final class GenericPurchaseOrder {
    private static final HeaderAliases<PurchaseOrderField> ALIASES =
            new HeaderAliases<>(PurchaseOrderField.class, aliases());

    private final String fileName;
    private final List<String> headers;
    private final String defaultStore;
    private final Map<PurchaseOrderField, Integer> columns;
    private final DateColumnFormat dateFormat;
    private final NumberStyle[] styles;
    private final ServiceLines serviceLines;
    private final NumberResult number = new NumberResult();
    private final DateResult date = new DateResult();

    private GenericPurchaseOrder(
            String fileName,
            List<String> headers,
            String defaultStore,
            Map<PurchaseOrderField, Integer> columns,
            DateColumnFormat dateFormat,
            NumberStyle[] styles,
            ServiceLines serviceLines) {
        this.fileName = fileName;
        this.headers = List.copyOf(headers);
        this.defaultStore = defaultStore;
        this.columns = columns;
        this.dateFormat = dateFormat;
        this.styles = styles;
        this.serviceLines = serviceLines;
    }

    /** Whether a header row is a purchase-order file: a PO-number column and an ordered-quantity column (§7.6). */
    public static boolean matches(List<String> headers) {
        Map<PurchaseOrderField, Integer> columns = assign(headers);
        return columns.containsKey(PurchaseOrderField.PO_NUMBER) && columns.containsKey(PurchaseOrderField.ORDERED_QTY);
    }

    /** The columns of each PO field: a global, column-order-independent assignment by alias key. */
    public static Map<PurchaseOrderField, Integer> assign(List<String> headers) {
        return ALIASES.assign(headers);
    }

    /**
     * Plans reading a purchase-order file: assigns the columns and infers each column's number style and the PO date's
     * format from the sample.
     *
     * @param fileName the file name for provenance and messages
     * @param headers the header row
     * @param sample the first data rows
     * @param settings the analysis store (for files without a store column), its date context and its non-inventory
     *     words
     * @param delimiter the file's field delimiter ({@code ,} for workbooks), which decides decimal commas (§5.1)
     */
    public static GenericPurchaseOrder plan(
            String fileName, List<String> headers, List<SampleRow> sample, StoreSettings settings, char delimiter) {
        Map<PurchaseOrderField, Integer> columns = assign(headers);
        Integer dateColumn = columns.get(PurchaseOrderField.PO_DATE);
        List<String> dateValues = dateColumn == null ? List.of() : SampleColumns.values(sample, dateColumn);
        DateContext dates = new DateContext(settings.asOf(), settings.timeZone(), settings.dayFirst());
        return new GenericPurchaseOrder(
                fileName,
                headers,
                settings.storeId(),
                columns,
                DateColumnFormat.infer(dateValues, dates),
                SampleColumns.numberStyles(sample, headers.size(), delimiter),
                new ServiceLines(settings.nonInventoryKeywords()));
    }

    /** The column of each field, for the mapping report. */
    public Map<PurchaseOrderField, Integer> columns() {
        return Map.copyOf(columns);
    }

    /** Reads one row into a PO line for the sink; false when the row was rejected (a note says why). */
    public boolean read(RowView row, RecordSink sink) {
        long sourceRow = row.sourceRow();
        String sku = Identifiers.clean(text(row, PurchaseOrderField.SKU));
        if (sku.isEmpty()) {
            sink.note(new DataQualityNote(
                    DataQualityCode.REJECTED_NO_SKU,
                    fileName,
                    sourceRow,
                    "",
                    "",
                    "",
                    "#row" + sourceRow,
                    "\"" + fileName + "\" row " + sourceRow + ": no SKU"));
            return false;
        }
        int poDate = ItemRecord.NO_DATE;
        Integer dateColumn = columns.get(PurchaseOrderField.PO_DATE);
        if (dateColumn != null) {
            row.date(dateColumn, dateFormat, date);
            switch (date.status()) {
                case VALUE -> poDate = date.epochDay();
                case MISSING -> {
                    // blank or a "never" placeholder: the line is kept with an unknown date
                }
                case UNPARSEABLE -> {
                    String header = headers.get(dateColumn);
                    sink.note(new DataQualityNote(
                            DataQualityCode.REJECTED_UNPARSEABLE_DATE,
                            fileName,
                            sourceRow,
                            header,
                            row.text(dateColumn),
                            "",
                            sku,
                            "\"" + fileName + "\" row " + sourceRow + ", column \"" + header + "\": \""
                                    + row.text(dateColumn) + "\" is not a date (expected " + dateFormat.pattern()
                                    + ")"));
                    return false;
                }
            }
        }
        String store = sharedText(row, PurchaseOrderField.STORE_ID);
        String storeId = store.isEmpty() ? defaultStore : Identifiers.collapseWhitespace(store);
        String description = text(row, PurchaseOrderField.DESCRIPTION);
        double ordered = number(row, PurchaseOrderField.ORDERED_QTY, sink, storeId, sku);
        sink.purchaseOrderLine(new PurchaseOrderLine(
                fileName,
                sourceRow,
                storeId,
                Identifiers.clean(text(row, PurchaseOrderField.PO_NUMBER)),
                poDate,
                PurchaseOrderStatuses.normalize(sharedText(row, PurchaseOrderField.PO_STATUS)),
                sharedText(row, PurchaseOrderField.VENDOR),
                lineNumber(row, sink, storeId, sku),
                sku,
                Identifiers.clean(text(row, PurchaseOrderField.BARCODE)),
                Identifiers.clean(text(row, PurchaseOrderField.VENDOR_SKU)),
                "",
                description,
                sharedText(row, PurchaseOrderField.DEPARTMENT),
                sharedText(row, PurchaseOrderField.UNIT_OF_MEASURE),
                Double.NaN,
                Double.isNaN(ordered) ? 0 : ordered,
                number(row, PurchaseOrderField.FILLED_QTY, sink, storeId, sku),
                number(row, PurchaseOrderField.PO_UNIT_COST, sink, storeId, sku),
                number(row, PurchaseOrderField.PO_EXT_COST, sink, storeId, sku),
                number(row, PurchaseOrderField.PO_RETAIL, sink, storeId, sku),
                false,
                false,
                serviceLines.isServiceLine(sku, description)));
        return true;
    }

    private String text(RowView row, PurchaseOrderField field) {
        Integer column = columns.get(field);
        return column == null ? "" : row.text(column);
    }

    private String sharedText(RowView row, PurchaseOrderField field) {
        Integer column = columns.get(field);
        return column == null ? "" : row.sharedText(column);
    }

    /** A number cell; NaN when the column is absent, the cell blank or bad (bad cells are noted). */
    private double number(RowView row, PurchaseOrderField field, RecordSink sink, String storeId, String sku) {
        Integer column = columns.get(field);
        if (column == null) {
            return Double.NaN;
        }
        row.number(column, styles[column], number);
        return switch (number.status()) {
            case VALUE -> number.value();
            case MISSING -> Double.NaN;
            case UNPARSEABLE -> {
                cellNote(sink, DataQualityCode.UNPARSEABLE_NUMBER, row, column, storeId, sku, "is not a number");
                yield Double.NaN;
            }
            case NON_FINITE -> {
                cellNote(sink, DataQualityCode.NON_FINITE_NUMBER, row, column, storeId, sku, "is not a finite number");
                yield Double.NaN;
            }
        };
    }

    /** The line number; 0 when the file has none or the cell is blank, and for a cell that is not a whole number. */
    private int lineNumber(RowView row, RecordSink sink, String storeId, String sku) {
        Integer column = columns.get(PurchaseOrderField.LINE_NO);
        if (column == null) {
            return 0;
        }
        double value = number(row, PurchaseOrderField.LINE_NO, sink, storeId, sku);
        if (Double.isNaN(value)) {
            return 0;
        }
        if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
            cellNote(sink, DataQualityCode.UNPARSEABLE_NUMBER, row, column, storeId, sku, "is not a line number");
            return 0;
        }
        return (int) value;
    }

    /** Notes a problem with one cell, naming the file, row, column and value. */
    private void cellNote(
            RecordSink sink,
            DataQualityCode code,
            RowView row,
            int column,
            String storeId,
            String sku,
            String problem) {
        String header = headers.get(column);
        String value = row.text(column);
        sink.note(new DataQualityNote(
                code,
                fileName,
                row.sourceRow(),
                header,
                value,
                storeId,
                sku,
                "\"" + fileName + "\" row " + row.sourceRow() + ", column \"" + header + "\": \"" + value + "\" "
                        + problem));
    }

    /**
     * The aliases of columns.md §7.2 for the PO fields; the item, barcode, vendor, description and store aliases of
     * §7.4 and §10 for the others; {@code Ship To} as a store column (engine.md §2.6).
     */
    private static Map<PurchaseOrderField, List<String>> aliases() {
        Map<PurchaseOrderField, List<String>> spellings = new EnumMap<>(PurchaseOrderField.class);
        spellings.put(
                PurchaseOrderField.SKU,
                List.of(
                        "SKU",
                        "Item SKU",
                        "Item Number",
                        "Item #",
                        "Item Code",
                        "Item",
                        "Stock Number",
                        "Stock Code",
                        "Part Number",
                        "partnumber",
                        "Product ID",
                        "PLU"));
        spellings.put(PurchaseOrderField.PO_NUMBER, List.of("PO", "PO Number", "PO #", "Order Number"));
        spellings.put(PurchaseOrderField.PO_DATE, List.of("PO Date", "Order Date", "Invoice Date"));
        spellings.put(PurchaseOrderField.ORDERED_QTY, List.of("Ordered", "Qty Ordered", "Ord Qty"));
        spellings.put(PurchaseOrderField.FILLED_QTY, List.of("Shipped", "Qty Shipped", "Filled", "Qty Fill"));
        spellings.put(PurchaseOrderField.PO_UNIT_COST, List.of("Unit Cost", "Cost"));
        spellings.put(PurchaseOrderField.PO_EXT_COST, List.of("Ext Cost", "Extended Cost"));
        spellings.put(PurchaseOrderField.PO_STATUS, List.of("Status", "PO Status", "Order Status", "Line Status"));
        spellings.put(PurchaseOrderField.VENDOR, List.of("Vendor", "Vendor Name", "Supplier", "Supplier Name"));
        spellings.put(PurchaseOrderField.BARCODE, List.of("UPC", "UPC Code", "Barcode", "EAN", "GTIN"));
        spellings.put(
                PurchaseOrderField.VENDOR_SKU,
                List.of(
                        "Vendor Item",
                        "Vendor Item Number",
                        "Vendor SKU",
                        "Vendor Part Number",
                        "Mfg Part",
                        "Mfg Part Number",
                        "Supplier SKU"));
        spellings.put(
                PurchaseOrderField.DESCRIPTION,
                List.of("Description", "Item Description", "Item Name", "Product Name"));
        spellings.put(
                PurchaseOrderField.STORE_ID,
                List.of("Store", "Store ID", "Store Number", "Store Name", "Location", "Ship To", "Ship To Store"));
        spellings.put(PurchaseOrderField.LINE_NO, List.of("Line", "Line Number", "Line #"));
        spellings.put(PurchaseOrderField.PO_RETAIL, List.of("Retail", "Retail Price", "Suggested Retail", "MSRP"));
        spellings.put(PurchaseOrderField.DEPARTMENT, List.of("Department", "Dept Name", "Retail Dept Description"));
        spellings.put(PurchaseOrderField.UNIT_OF_MEASURE, List.of("UOM", "Unit of Measure", "Unit"));
        return spellings;
    }
}

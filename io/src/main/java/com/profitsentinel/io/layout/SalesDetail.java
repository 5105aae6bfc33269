package com.profitsentinel.io.layout;

import com.profitsentinel.engine.finding.DataQualityCode;
import com.profitsentinel.engine.record.DataQualityNote;
import com.profitsentinel.engine.record.SalesLine;
import com.profitsentinel.io.mapping.HeaderKeys;
import com.profitsentinel.io.mapping.SalesField;
import com.profitsentinel.io.normalize.RecordSink;
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
 * Sales-detail files (columns.md §7.4): one transaction line per row with an item, a date and a quantity or amount.
 * Columns are matched by the aliases of §7.4 (by key, so spelling variants match); rows with a blank SKU or an
 * unparseable date are rejected.
 */
public final class SalesDetail {
    private static final HeaderAliases<SalesField> ALIASES = new HeaderAliases<>(SalesField.class, aliases());

    private final String fileName;
    private final String defaultStore;
    private final Map<SalesField, Integer> columns;
    private final DateColumnFormat dateFormat;
    private final NumberStyle[] styles;
    private final NumberResult number = new NumberResult();
    private final DateResult date = new DateResult();

    private SalesDetail(
            String fileName,
            String defaultStore,
            Map<SalesField, Integer> columns,
            DateColumnFormat dateFormat,
            NumberStyle[] styles) {
        this.fileName = fileName;
        this.defaultStore = defaultStore;
        this.columns = columns;
        this.dateFormat = dateFormat;
        this.styles = styles;
    }

    /**
     * Whether a header row is a sales-detail file: an item column, a date column, a quantity or amount column and no
     * on-hand column.
     */
    public static boolean matches(List<String> headers) {
        Map<SalesField, Integer> columns = assign(headers);
        boolean onHand = headers.stream().map(HeaderKeys::key).anyMatch(SalesDetail::isOnHandKey);
        return columns.containsKey(SalesField.SKU)
                && columns.containsKey(SalesField.TXN_DATE)
                && (columns.containsKey(SalesField.SALE_QTY) || columns.containsKey(SalesField.SALE_AMOUNT))
                && !onHand;
    }

    private static boolean isOnHandKey(String key) {
        return key.equals("qtyonhand")
                || key.equals("onhand")
                || key.equals("qoh")
                || key.equals("stockonhand")
                || key.equals("instockqty")
                || key.equals("currentstock")
                || key.equals("onhandqty");
    }

    /** The columns of each sales field: a global, column-order-independent assignment by alias key. */
    public static Map<SalesField, Integer> assign(List<String> headers) {
        return ALIASES.assign(headers);
    }

    /** Plans reading a sales-detail file. */
    public static SalesDetail plan(
            String fileName, List<String> headers, List<SampleRow> sample, String defaultStore, DateContext dates) {
        Map<SalesField, Integer> columns = assign(headers);
        Integer dateColumn = columns.get(SalesField.TXN_DATE);
        List<String> dateValues = dateColumn == null ? List.of() : SampleColumns.values(sample, dateColumn);
        NumberStyle[] styles = SampleColumns.numberStyles(sample, headers.size(), ',');
        return new SalesDetail(fileName, defaultStore, columns, DateColumnFormat.infer(dateValues, dates), styles);
    }

    /** The column of each field, for the mapping report. */
    public Map<SalesField, Integer> columns() {
        return Map.copyOf(columns);
    }

    /** Reads one row into a sales line; false when the row was rejected (a note says why). */
    public boolean read(RowView row, List<String> headers, RecordSink sink) {
        String sku = Identifiers.clean(text(row, SalesField.SKU));
        long sourceRow = row.sourceRow();
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
        int dateColumn = columns.getOrDefault(SalesField.TXN_DATE, -1);
        row.date(dateColumn, dateFormat, date);
        if (date.status() != DateResult.Status.VALUE) {
            String header = headers.get(dateColumn);
            sink.note(new DataQualityNote(
                    DataQualityCode.REJECTED_UNPARSEABLE_DATE,
                    fileName,
                    sourceRow,
                    header,
                    row.text(dateColumn),
                    "",
                    sku,
                    "\"" + fileName + "\" row " + sourceRow + ", column \"" + header + "\": \"" + row.text(dateColumn)
                            + "\" is not a date (expected " + dateFormat.pattern() + ")"));
            return false;
        }
        String store = text(row, SalesField.STORE_ID);
        double quantity = number(row, SalesField.SALE_QTY);
        sink.salesLine(new SalesLine(
                fileName,
                sourceRow,
                store.isEmpty() ? defaultStore : Identifiers.collapseWhitespace(store),
                sku,
                Identifiers.clean(text(row, SalesField.BARCODE)),
                date.epochDay(),
                Double.isNaN(quantity) ? 0 : quantity,
                number(row, SalesField.SALE_AMOUNT),
                number(row, SalesField.SALE_COST),
                text(row, SalesField.TXN_ID)));
        return true;
    }

    private String text(RowView row, SalesField field) {
        Integer column = columns.get(field);
        return column == null ? "" : row.text(column);
    }

    private double number(RowView row, SalesField field) {
        Integer column = columns.get(field);
        if (column == null) {
            return Double.NaN;
        }
        row.number(column, styles[column], number);
        return number.value();
    }

    private static Map<SalesField, List<String>> aliases() {
        Map<SalesField, List<String>> spellings = new EnumMap<>(SalesField.class);
        spellings.put(
                SalesField.SKU,
                List.of(
                        "SKU",
                        "Item Number",
                        "Item",
                        "partnumber",
                        "Part Number",
                        "Product ID",
                        "ItemCode",
                        "item_code",
                        "Item No.",
                        "Stock Number",
                        "PLU",
                        "Item Sku"));
        spellings.put(SalesField.BARCODE, List.of("barcode", "UPC"));
        spellings.put(
                SalesField.TXN_DATE,
                List.of(
                        "Date",
                        "Transaction Date",
                        "Sale Date",
                        "Sold Date",
                        "Invoice Date",
                        "Completed At",
                        "created_at",
                        "Sold On",
                        "Txn Date"));
        spellings.put(
                SalesField.SALE_QTY,
                List.of("Qty Sold", "Quantity", "Qty", "Units Sold", "quantity_sold", "Net Qty", "Gross Qty", "Units"));
        spellings.put(
                SalesField.SALE_AMOUNT,
                List.of(
                        "Amount",
                        "Total",
                        "Net Sales",
                        "Gross Sales",
                        "Ext. Price",
                        "extended_price",
                        "Sales Amount",
                        "Line Total",
                        "Revenue",
                        "$ Sold",
                        "Sold Amt",
                        "Sale Amount"));
        spellings.put(
                SalesField.SALE_COST, List.of("Cost", "Unit Cost", "Avg. Cost", "Ext. Cost", "Cost Amount", "COGS"));
        spellings.put(SalesField.STORE_ID, List.of("Store ID", "Store", "Location", "Outlet", "Site", "Branch"));
        spellings.put(
                SalesField.TXN_ID,
                List.of(
                        "Transaction ID",
                        "Transaction",
                        "Invoice",
                        "Invoice Number",
                        "Ticket",
                        "Receipt",
                        "Receipt Number",
                        "Order ID",
                        "Order Number"));
        spellings.put(SalesField.DESCRIPTION, List.of("Description", "Desc", "Item Description"));
        return spellings;
    }
}

package com.profitsentinel.io.layout;

import static java.util.Objects.requireNonNull;

import com.profitsentinel.engine.record.ItemRecord;
import com.profitsentinel.engine.record.PurchaseOrderLine;
import com.profitsentinel.engine.record.PurchaseOrderStatus;
import com.profitsentinel.io.table.RowView;
import com.profitsentinel.io.table.TableReader;
import com.profitsentinel.io.value.DateColumnFormat;
import com.profitsentinel.io.value.DateContext;
import com.profitsentinel.io.value.DateResult;
import com.profitsentinel.io.value.NumberParser;
import com.profitsentinel.io.value.NumberResult;
import com.profitsentinel.io.value.NumberStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Orgill purchase-order file (columns.md §7.2): a 14-line header block (ship-to, order number, date, status,
 * amount), column headers on line 15 and positional, space-padded line items from line 16. Service lines (item
 * {@code 0000000} or a non-inventory description, engine.md §2.6) are kept and marked; lines with fewer than 13 fields
 * or a non-numeric line number are skipped.
 *
 * @param shipTo the ship-to id of line 1
 * @param poNumber the order number of line 1
 * @param poDate the date of line 3 as days since 1970-01-01, or {@link ItemRecord#NO_DATE}
 * @param status the status of line 4
 * @param amount the USD amount of line 7, or NaN
 * @param lines the product and service lines
 * @param skippedLines the number of item lines that could not be read
 */
public record OrgillPurchaseOrder(
        String shipTo,
        String poNumber,
        int poDate,
        PurchaseOrderStatus status,
        double amount,
        List<PurchaseOrderLine> lines,
        int skippedLines) {

    /** One position of the line-item layout: its header and the PO field it feeds ({@code extended} when unused). */
    public record Position(String header, String field) {}

    /** The 29 positions of an Orgill line item (columns.md §7.2); position 3 has no header. */
    public static final List<Position> LAYOUT = List.of(
            new Position("Line", "line_no"),
            new Position("Retail", "po_retail"),
            new Position("Item", "sku"),
            new Position("Column D", "extended"),
            new Position("Ord Qty", "ordered_qty"),
            new Position("Unit", "unit_of_measure"),
            new Position("Description", "description"),
            new Position("Unit Cost", "po_unit_cost"),
            new Position("Spc", "special_price_flag"),
            new Position("Ext Cost", "po_ext_cost"),
            new Position("Prod Care", "extended"),
            new Position("Qty Fill", "filled_qty"),
            new Position("Out", "short_flag"),
            new Position("Shelf Pk", "package_qty"),
            new Position("UPC Code", "barcode"),
            new Position("POS", "extended"),
            new Position("Crd Inv", "extended"),
            new Position("Retail Dept Description", "department"),
            new Position("Dept", "extended"),
            new Position("Vendor Item Num", "vendor_sku"),
            new Position("PickLne", "extended"),
            new Position("Country of Origin", "extended"),
            new Position("Resvd Qty", "extended"),
            new Position("Xref Item", "alt_sku"),
            new Position("Itm Weight", "extended"),
            new Position("French Description", "extended"),
            new Position("Cust Item Desc", "extended"),
            new Position("Velocity Code", "extended"),
            new Position("Rtl Sens Code", "extended"));

    /** The text an Orgill PO file starts with. */
    public static final String FIRST_LINE_PREFIX = "Shipto:";

    private static final Pattern FIRST_LINE =
            Pattern.compile("(?i)^\\s*Shipto:\\s*([^,]*?)\\s*,\\s*Billto:\\s*([^,]*?)\\s*,\\s*Order:\\s*(\\S*)\\s*$");
    private static final Pattern LABELLED = Pattern.compile("^\\s*([A-Za-z ]+):\\s*(.*?)\\s*$");
    private static final int FIRST_ITEM_LINE = 16;
    private static final int MINIMUM_FIELDS = 13;
    /** The statuses an Orgill header writes (columns.md §7.2); any other is UNKNOWN. */
    private static final Set<PurchaseOrderStatus> HEADER_STATUSES = EnumSet.of(
            PurchaseOrderStatus.INVOICED,
            PurchaseOrderStatus.PENDING,
            PurchaseOrderStatus.OPEN,
            PurchaseOrderStatus.CANCELLED);

    public OrgillPurchaseOrder {
        requireNonNull(shipTo, "shipTo is null");
        requireNonNull(poNumber, "poNumber is null");
        requireNonNull(status, "status is null");
        lines = List.copyOf(lines);
    }

    /** Filled over ordered across the lines with something ordered (service lines excluded). */
    public double fillRate() {
        double ordered = 0;
        double filled = 0;
        for (PurchaseOrderLine line : lines) {
            if (!line.serviceLine() && line.orderedQuantity() > 0) {
                ordered += line.orderedQuantity();
                filled += Double.isNaN(line.filledQuantity()) ? 0 : line.filledQuantity();
            }
        }
        return ordered == 0 ? 1.0 : filled / ordered;
    }

    /** Σ extended cost of the product lines (the filled value). */
    public double filledValue() {
        double total = 0;
        for (PurchaseOrderLine line : lines) {
            if (!line.serviceLine() && !Double.isNaN(line.extendedCost())) {
                total += line.extendedCost();
            }
        }
        return total;
    }

    /** Σ ordered × unit cost of the product lines (the ordered value). */
    public double orderedValue() {
        double total = 0;
        for (PurchaseOrderLine line : lines) {
            if (!line.serviceLine() && !Double.isNaN(line.unitCost())) {
                total += line.orderedQuantity() * line.unitCost();
            }
        }
        return total;
    }

    /**
     * Reads the whole file from a comma-delimited reader. Lines keep their physical numbers, so the header block is
     * found by line number even around blank lines.
     *
     * @param reader a reader over the file with delimiter {@code ,}
     * @param fileName the file name for provenance
     * @param storeId the store the PO is for (the ship-to id mapped through the store settings, else the analysis store)
     * @param nonInventoryKeywords the store's non-inventory words and phrases, which mark service lines by description
     * @param dates how the header date is read
     * @param each receives every line as it is read
     */
    public static OrgillPurchaseOrder read(
            TableReader reader,
            String fileName,
            String storeId,
            List<String> nonInventoryKeywords,
            DateContext dates,
            Consumer<PurchaseOrderLine> each) {
        ServiceLines serviceLines = new ServiceLines(nonInventoryKeywords);
        String shipTo = "";
        String poNumber = "";
        int poDate = ItemRecord.NO_DATE;
        PurchaseOrderStatus status = PurchaseOrderStatus.UNKNOWN;
        double amount = Double.NaN;
        List<PurchaseOrderLine> lines = new ArrayList<>();
        int skipped = 0;
        NumberResult number = new NumberResult();
        while (reader.next()) {
            RowView row = reader.row();
            long line = row.sourceRow();
            if (line < FIRST_ITEM_LINE) {
                String text = joined(row);
                if (line == 1) {
                    Matcher matcher = FIRST_LINE.matcher(text);
                    if (matcher.matches()) {
                        shipTo = matcher.group(1);
                        poNumber = matcher.group(3);
                    }
                } else {
                    Matcher matcher = LABELLED.matcher(text);
                    if (matcher.matches()) {
                        String label = matcher.group(1).strip().toLowerCase(Locale.ROOT);
                        String value = matcher.group(2);
                        switch (label) {
                            case "date" -> poDate = headerDate(value, dates);
                            case "status" -> status = status(value);
                            case "usd amount" -> {
                                NumberParser.parse(value, NumberStyle.STANDARD, number);
                                amount = number.value();
                            }
                            default -> {
                                // other header lines (terms, ship via ...) are informational
                            }
                        }
                    }
                }
                continue;
            }
            PurchaseOrderLine parsed = line(row, fileName, storeId, poNumber, poDate, status, serviceLines, number);
            if (parsed == null) {
                skipped++;
            } else {
                lines.add(parsed);
                each.accept(parsed);
            }
        }
        return new OrgillPurchaseOrder(shipTo, poNumber, poDate, status, amount, lines, skipped);
    }

    private static String joined(RowView row) {
        List<String> cells = new ArrayList<>();
        for (int column = 0; column < row.size(); column++) {
            cells.add(row.text(column));
        }
        return String.join(" ,", cells);
    }

    private static int headerDate(String value, DateContext dates) {
        DateColumnFormat format = DateColumnFormat.infer(List.of(value), dates);
        DateResult result = new DateResult();
        format.parse(value, result);
        return result.status() == DateResult.Status.VALUE ? result.epochDay() : ItemRecord.NO_DATE;
    }

    /** columns.md §7.2: INVOICED, PENDING, OPEN, CANCELLED; anything else UNKNOWN. */
    static PurchaseOrderStatus status(String value) {
        PurchaseOrderStatus status = PurchaseOrderStatuses.normalize(value);
        return HEADER_STATUSES.contains(status) ? status : PurchaseOrderStatus.UNKNOWN;
    }

    private static @org.jspecify.annotations.Nullable PurchaseOrderLine line(
            RowView row,
            String fileName,
            String storeId,
            String poNumber,
            int poDate,
            PurchaseOrderStatus status,
            ServiceLines serviceLines,
            NumberResult number) {
        if (row.size() < MINIMUM_FIELDS) {
            return null;
        }
        String lineText = row.text(0);
        int lineNumber;
        try {
            lineNumber = Integer.parseInt(lineText);
        } catch (NumberFormatException e) {
            return null;
        }
        String sku = row.text(2);
        boolean service = serviceLines.isServiceLine(sku, row.text(6));
        double ordered = number(row, 4, number);
        if (Double.isNaN(ordered)) {
            if (!service) {
                return null;
            }
            ordered = 0;
        }
        return new PurchaseOrderLine(
                fileName,
                row.sourceRow(),
                storeId,
                poNumber,
                poDate,
                status,
                "Orgill",
                lineNumber,
                sku,
                cell(row, 14),
                cell(row, 19),
                cell(row, 23),
                row.text(6),
                cell(row, 17),
                row.text(5),
                number(row, 13, number),
                ordered,
                number(row, 11, number),
                number(row, 7, number),
                number(row, 9, number),
                number(row, 1, number),
                row.text(12).equals("*"),
                row.text(8).equals("*"),
                service);
    }

    private static String cell(RowView row, int column) {
        return column < row.size() ? row.text(column) : "";
    }

    private static double number(RowView row, int column, NumberResult number) {
        if (column >= row.size()) {
            return Double.NaN;
        }
        row.number(column, NumberStyle.STANDARD, number);
        return number.value();
    }
}

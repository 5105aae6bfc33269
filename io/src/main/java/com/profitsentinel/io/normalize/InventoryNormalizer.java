package com.profitsentinel.io.normalize;

import static java.util.Objects.requireNonNull;

import com.profitsentinel.engine.finding.DataQualityCode;
import com.profitsentinel.engine.record.CostBasis;
import com.profitsentinel.engine.record.CostSource;
import com.profitsentinel.engine.record.DataQualityNote;
import com.profitsentinel.engine.record.FileFacts;
import com.profitsentinel.engine.record.ItemRecord;
import com.profitsentinel.engine.record.ItemStatus;
import com.profitsentinel.engine.record.MarginInterpretation;
import com.profitsentinel.engine.record.QuantitySource;
import com.profitsentinel.engine.record.RetailSource;
import com.profitsentinel.engine.record.SeasonalSource;
import com.profitsentinel.engine.record.SkuSource;
import com.profitsentinel.engine.record.VelocityBasis;
import com.profitsentinel.io.mapping.CanonicalField;
import com.profitsentinel.io.mapping.ColumnMapping;
import com.profitsentinel.io.mapping.HeaderKeys;
import com.profitsentinel.io.mapping.MappingDecision;
import com.profitsentinel.io.mapping.UnitsSoldPeriod;
import com.profitsentinel.io.mapping.ValueType;
import com.profitsentinel.io.table.RowView;
import com.profitsentinel.io.table.SampleRow;
import com.profitsentinel.io.value.DateColumnFormat;
import com.profitsentinel.io.value.DateContext;
import com.profitsentinel.io.value.DateResult;
import com.profitsentinel.io.value.FlagParser;
import com.profitsentinel.io.value.Identifiers;
import com.profitsentinel.io.value.NumberParser;
import com.profitsentinel.io.value.NumberResult;
import com.profitsentinel.io.value.NumberStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the rows of an inventory file into {@link ItemRecord}s (engine.md §2.2–§2.3, §3): parses every mapped cell as
 * its field's type, applies the SKU, quantity, cost and retail fallbacks, computes velocity and item flags, and reports
 * each bad cell as a {@link DataQualityNote} while nulling only that field. A row is rejected only when it has no SKU
 * or is malformed. One normalizer serves one file; it is not thread-safe.
 */
public final class InventoryNormalizer {
    private static final double EPSILON = 0.005;
    private static final double MAX_QUANTITY = 10_000_000;
    private static final double MAX_MONEY = 1_000_000;
    private static final int MAX_TEXT = 32_767;
    private static final Set<String> INVERTED_STATUS_KEYS = Set.of("inactive", "archived", "hidden", "discontinued");
    private static final Set<String> NON_INVENTORY_TYPES = Set.of(
            "N", "NON-INVENTORY", "NON INVENTORY", "NONINVENTORY", "SERVICE", "NON-STOCK", "NONSTOCK", "NON STOCK");

    /** What became of a row. */
    public enum Outcome {
        /** One or more records were produced. */
        RECORDS,
        /** The row was rejected and a note says why. */
        REJECTED
    }

    private final String fileName;
    private final List<String> headers;
    private final StoreSettings settings;
    private final int asOfDay;

    private final int skuColumn;
    private final int barcodeColumn;
    private final int altSkuColumn;
    private final int vendorSkuColumn;
    private final int coopColumn;
    private final int posIdColumn;
    private final int descriptionColumn;
    private final int descriptionAltColumn;
    private final int vendorColumn;
    private final int vendorCodeColumn;
    private final int categoryColumn;
    private final int departmentColumn;
    private final int classColumn;
    private final int binColumn;
    private final int unitOfMeasureColumn;
    private final int statusColumn;
    private final boolean statusInverted;
    private final int itemTypeColumn;
    private final int tracksInventoryColumn;
    private final int nonInventoryFlagColumn;
    private final int damagedColumn;
    private final int seasonalColumn;
    private final int seasonCodeColumn;
    private final int storeColumn;
    private final int onHandColumn;
    private final QuantitySource quantitySource;
    private final int onOrderColumn;
    private final int countedColumn;
    private final int differenceColumn;
    private final boolean differenceFlipped;
    private final int reorderColumn;
    private final int maxColumn;
    private final int packageColumn;
    private final int[] costColumns;
    private final CostSource[] costSources;
    private final int retailColumn;
    private final RetailSource retailSource;
    private final int suggestedColumn;
    private final int marginColumn;
    private final int inventoryValueColumn;
    private final int inventoryRetailColumn;
    private final int salesDollarsColumn;
    private final int unitsPurchasedColumn;
    private final int unitsSoldColumn;
    private final int unitsSoldPeriodDays;
    private final VelocityBasis velocityBasis;
    private final int lastSaleColumn;
    private final int lastReceiptColumn;
    private final int dateAddedColumn;
    private final int lastCountColumn;
    private final int lastChangedColumn;
    private final int daysSinceReceiptColumn;
    private final List<StoreGroup> storeGroups;

    private final NumberStyle[] numberStyles;
    private final FileFacts fileFacts;
    private final DateColumnFormat[] dateFormats;
    private final NumberResult number = new NumberResult();
    private final DateResult date = new DateResult();
    private final ItemRecord.Builder builder = ItemRecord.builder();
    private final PhraseMatcher nonInventoryWords;
    private final PhraseMatcher seasonalWords;
    private final Map<String, Boolean> seasonalCache = new HashMap<>();
    private final Set<String> nonInventoryCategories;
    private final Map<String, String> storeIds = new HashMap<>();
    private final Map<String, ItemStatus> statusCache = new HashMap<>();
    private final List<Map<String, FlagParser.Flag>> flagCaches = new ArrayList<>();
    private final Map<String, Boolean> nonInventoryCategoryCache = new HashMap<>();

    /**
     * Plans the normalization of one file.
     *
     * @param fileName the file's display name (for provenance and messages)
     * @param headers the file's headers
     * @param mapping the confirmed column mapping
     * @param sample the mapping sample rows, used to infer number and date styles per column
     * @param settings the store settings and analysis date
     * @param storeGroups per-store column groups when the file has a column per store, else empty
     * @param questionMarkThousands the file is an Epicor Eagle DAFL file ({@code ?} separates thousands)
     * @param nativeFormat the file is in the native 11-column format (engine.md §2.7)
     */
    public InventoryNormalizer(
            String fileName,
            List<String> headers,
            ColumnMapping mapping,
            List<SampleRow> sample,
            StoreSettings settings,
            List<StoreGroup> storeGroups,
            boolean questionMarkThousands,
            boolean nativeFormat) {
        this.fileName = requireNonNull(fileName, "fileName is null");
        this.headers = List.copyOf(headers);
        this.settings = requireNonNull(settings, "settings is null");
        this.storeGroups = List.copyOf(storeGroups);
        this.asOfDay = (int) settings.asOf().toEpochDay();
        Map<CanonicalField, Integer> columns = new java.util.EnumMap<>(CanonicalField.class);
        Map<Integer, ValueType> types = new HashMap<>();
        for (MappingDecision decision : mapping.columns()) {
            if (decision instanceof MappingDecision.Mapped mapped) {
                columns.putIfAbsent(mapped.field(), mapped.position());
                types.put(mapped.position(), mapped.field().type());
            }
        }
        skuColumn = column(columns, CanonicalField.SKU);
        barcodeColumn = column(columns, CanonicalField.BARCODE);
        altSkuColumn = column(columns, CanonicalField.ALT_SKU);
        vendorSkuColumn = column(columns, CanonicalField.VENDOR_SKU);
        coopColumn = column(columns, CanonicalField.COOP_ITEM_NUMBER);
        posIdColumn = column(columns, CanonicalField.POS_ITEM_ID);
        descriptionColumn = column(columns, CanonicalField.DESCRIPTION);
        descriptionAltColumn = column(columns, CanonicalField.DESCRIPTION_ALT);
        vendorColumn = column(columns, CanonicalField.VENDOR);
        vendorCodeColumn = column(columns, CanonicalField.VENDOR_CODE);
        categoryColumn = column(columns, CanonicalField.CATEGORY);
        departmentColumn = column(columns, CanonicalField.DEPARTMENT);
        classColumn = column(columns, CanonicalField.CLASS_CODE);
        binColumn = column(columns, CanonicalField.BIN_LOCATION);
        unitOfMeasureColumn = column(columns, CanonicalField.UNIT_OF_MEASURE);
        statusColumn = column(columns, CanonicalField.STATUS);
        statusInverted = statusColumn >= 0 && INVERTED_STATUS_KEYS.contains(HeaderKeys.key(headers.get(statusColumn)));
        itemTypeColumn = column(columns, CanonicalField.ITEM_TYPE);
        tracksInventoryColumn = column(columns, CanonicalField.TRACKS_INVENTORY);
        nonInventoryFlagColumn = column(columns, CanonicalField.NON_INVENTORY_FLAG);
        damagedColumn = column(columns, CanonicalField.IS_DAMAGED);
        seasonalColumn = column(columns, CanonicalField.IS_SEASONAL);
        seasonCodeColumn = column(columns, CanonicalField.SEASON_CODE);
        storeColumn = storeGroups.isEmpty() ? column(columns, CanonicalField.STORE_ID) : -1;
        if (columns.containsKey(CanonicalField.QTY_ON_HAND)) {
            onHandColumn = column(columns, CanonicalField.QTY_ON_HAND);
            quantitySource = QuantitySource.ON_HAND;
        } else if (columns.containsKey(CanonicalField.QTY_ON_HAND_SECONDARY)) {
            onHandColumn = column(columns, CanonicalField.QTY_ON_HAND_SECONDARY);
            quantitySource = QuantitySource.ON_HAND_SECONDARY;
        } else if (columns.containsKey(CanonicalField.QTY_AVAILABLE)) {
            onHandColumn = column(columns, CanonicalField.QTY_AVAILABLE);
            quantitySource = QuantitySource.AVAILABLE;
        } else {
            onHandColumn = -1;
            quantitySource = storeGroups.isEmpty() ? QuantitySource.NONE : QuantitySource.ON_HAND;
        }
        onOrderColumn = column(columns, CanonicalField.QTY_ON_ORDER);
        countedColumn = column(columns, CanonicalField.QTY_COUNTED);
        differenceColumn = column(columns, CanonicalField.QTY_DIFFERENCE);
        differenceFlipped = mapping.quantityDifferenceFlipped();
        reorderColumn = column(columns, CanonicalField.REORDER_POINT);
        maxColumn = column(columns, CanonicalField.MAX_QTY);
        packageColumn = column(columns, CanonicalField.PACKAGE_QTY);
        List<Integer> costs = new ArrayList<>();
        List<CostSource> sources = new ArrayList<>();
        planCosts(columns, settings.costBasis(), costs, sources);
        costColumns = costs.stream().mapToInt(Integer::intValue).toArray();
        costSources = sources.toArray(new CostSource[0]);
        if (columns.containsKey(CanonicalField.RETAIL_PRICE)) {
            retailColumn = column(columns, CanonicalField.RETAIL_PRICE);
            retailSource = RetailSource.RETAIL;
        } else if (columns.containsKey(CanonicalField.SUGGESTED_RETAIL)) {
            retailColumn = column(columns, CanonicalField.SUGGESTED_RETAIL);
            retailSource = RetailSource.SUGGESTED;
        } else {
            retailColumn = -1;
            retailSource = RetailSource.NONE;
        }
        suggestedColumn = column(columns, CanonicalField.SUGGESTED_RETAIL);
        marginColumn = columns.containsKey(CanonicalField.MARGIN_PCT)
                ? column(columns, CanonicalField.MARGIN_PCT)
                : column(columns, CanonicalField.MARKUP_PCT);
        inventoryValueColumn = column(columns, CanonicalField.INVENTORY_VALUE_COST);
        inventoryRetailColumn = column(columns, CanonicalField.INVENTORY_VALUE_RETAIL);
        salesDollarsColumn = column(columns, CanonicalField.SALES_DOLLARS);
        unitsPurchasedColumn = column(columns, CanonicalField.UNITS_PURCHASED);
        unitsSoldColumn = column(columns, CanonicalField.UNITS_SOLD);
        if (unitsSoldColumn >= 0) {
            UnitsSoldPeriod period = mapping.unitsSoldPeriods()
                    .getOrDefault(headers.get(unitsSoldColumn), new UnitsSoldPeriod.Assumed());
            unitsSoldPeriodDays =
                    period.days(settings.asOf(), settings.fiscalYearStartMonth(), settings.assumedUnitsSoldDays());
            velocityBasis = period instanceof UnitsSoldPeriod.Assumed
                    ? VelocityBasis.ASSUMED
                    : unitsSoldPeriodDays == 30 ? VelocityBasis.PERIOD_30 : VelocityBasis.DERIVED;
        } else {
            unitsSoldPeriodDays = 0;
            velocityBasis = VelocityBasis.UNKNOWN;
        }
        lastSaleColumn = column(columns, CanonicalField.LAST_SALE_DATE);
        lastReceiptColumn = column(columns, CanonicalField.LAST_RECEIPT_DATE);
        dateAddedColumn = column(columns, CanonicalField.DATE_ADDED);
        lastCountColumn = column(columns, CanonicalField.LAST_COUNT_DATE);
        lastChangedColumn = column(columns, CanonicalField.LAST_CHANGED_DATE);
        daysSinceReceiptColumn = nativeFormat ? headers.indexOf("days_since_receipt") : -1;

        numberStyles = new NumberStyle[headers.size()];
        dateFormats = new DateColumnFormat[headers.size()];
        DateContext dateContext = new DateContext(settings.asOf(), settings.timeZone(), settings.dayFirst());
        DateColumnFormat noDates = DateColumnFormat.infer(List.of(), dateContext);
        for (int column = 0; column < headers.size(); column++) {
            ValueType type = types.getOrDefault(column, ValueType.TEXT);
            List<String> values = type == ValueType.TEXT ? List.of() : columnSample(sample, column);
            NumberStyle style = type.numeric() || column == daysSinceReceiptColumn
                    ? NumberParser.inferStyle(values, ',')
                    : NumberStyle.STANDARD;
            numberStyles[column] = questionMarkThousands ? new NumberStyle(style.decimalComma(), true) : style;
            dateFormats[column] = type == ValueType.DATE ? DateColumnFormat.infer(values, dateContext) : noDates;
        }
        nonInventoryWords = new PhraseMatcher(settings.nonInventoryKeywords(), true);
        seasonalWords = new PhraseMatcher(settings.seasonalKeywords(), false);
        nonInventoryCategories = Set.copyOf(settings.nonInventoryCategories().stream()
                .map(value -> value.toUpperCase(Locale.ROOT))
                .toList());
        for (int column = 0; column < headers.size(); column++) {
            flagCaches.add(new HashMap<>());
        }
        builder.sourceFile(fileName);
        int firstCost = -1;
        for (int column : costColumns) {
            if (column >= 0) {
                firstCost = column;
                break;
            }
        }
        MarginInterpretation margin = marginColumn < 0
                ? MarginInterpretation.FRACTION_MARGIN
                : MarginDetector.detect(
                        sample,
                        marginColumn,
                        !columns.containsKey(CanonicalField.MARGIN_PCT),
                        firstCost,
                        retailColumn,
                        numberStyles);
        fileFacts = new FileFacts(
                fileName,
                firstCost >= 0,
                retailColumn >= 0,
                onHandColumn >= 0 || !storeGroups.isEmpty(),
                unitsSoldColumn >= 0,
                lastSaleColumn >= 0,
                lastReceiptColumn >= 0 || daysSinceReceiptColumn >= 0,
                marginColumn >= 0,
                margin);
    }

    /** What the engine must know about the file before its records (mapped columns, how the margin reads). */
    public FileFacts fileFacts() {
        return fileFacts;
    }

    private static int column(Map<CanonicalField, Integer> columns, CanonicalField field) {
        return columns.getOrDefault(field, -1);
    }

    private static void planCosts(
            Map<CanonicalField, Integer> columns, CostBasis basis, List<Integer> costs, List<CostSource> sources) {
        CanonicalField first =
                switch (basis) {
                    case AUTO, PRIMARY -> CanonicalField.UNIT_COST;
                    case AVERAGE -> CanonicalField.AVG_COST;
                    case LAST -> CanonicalField.LAST_COST;
                };
        List<CanonicalField> order = new ArrayList<>();
        if (basis != CostBasis.AUTO) {
            order.add(first);
        }
        for (CanonicalField field :
                List.of(CanonicalField.UNIT_COST, CanonicalField.AVG_COST, CanonicalField.LAST_COST)) {
            if (!order.contains(field)) {
                order.add(field);
            }
        }
        for (CanonicalField field : order) {
            Integer column = columns.get(field);
            if (column != null) {
                costs.add(column);
                sources.add(
                        switch (field) {
                            case AVG_COST -> CostSource.AVERAGE_COST;
                            case LAST_COST -> CostSource.LAST_COST;
                            default -> CostSource.UNIT_COST;
                        });
            }
        }
        if (basis != CostBasis.AUTO && !columns.containsKey(first)) {
            // a forced basis whose column is missing has no chosen cell; the record then has no basis cost
            costs.add(0, -1);
            sources.add(0, CostSource.NONE);
        }
    }

    private static List<String> columnSample(List<SampleRow> sample, int column) {
        List<String> values = new ArrayList<>(sample.size());
        for (SampleRow row : sample) {
            values.add(row.cell(column));
        }
        return values;
    }

    /**
     * Normalizes one data row: hands its record(s) and notes to the sink.
     *
     * @return whether the row produced records or was rejected
     */
    public Outcome normalize(RowView row, RecordSink sink) {
        long sourceRow = row.sourceRow();
        if (row.unterminatedQuote()) {
            reject(
                    sink,
                    sourceRow,
                    DataQualityCode.REJECTED_MALFORMED_ROW,
                    "",
                    "#row" + sourceRow,
                    "a quoted field is never closed; the rest of the file from here was swallowed");
            return Outcome.REJECTED;
        }
        if (row.size() > headers.size()) {
            for (int column = headers.size(); column < row.size(); column++) {
                if (!row.isBlank(column)) {
                    reject(
                            sink,
                            sourceRow,
                            DataQualityCode.REJECTED_MALFORMED_ROW,
                            row.text(column),
                            "#row" + sourceRow,
                            "the row has " + row.size() + " fields but the header has " + headers.size() + "; field "
                                    + (column + 1) + " is \"" + row.text(column) + "\"");
                    return Outcome.REJECTED;
                }
            }
        }
        builder.reset();
        builder.sourceRow(sourceRow);
        String storeId = storeColumn >= 0 ? store(row.sharedText(storeColumn)) : settings.storeId();
        String sku = identifier(row, skuColumn);
        SkuSource skuSource = SkuSource.SKU;
        if (sku.isEmpty()) {
            sku = identifier(row, barcodeColumn);
            skuSource = SkuSource.BARCODE;
        }
        if (sku.isEmpty()) {
            sku = identifier(row, altSkuColumn);
            skuSource = SkuSource.ALT_SKU;
        }
        if (sku.isEmpty()) {
            sku = identifier(row, coopColumn);
            skuSource = SkuSource.COOP_ITEM_NUMBER;
        }
        if (sku.isEmpty()) {
            sku = identifier(row, posIdColumn);
            skuSource = SkuSource.POS_ITEM_ID;
        }
        if (sku.isEmpty()) {
            String column = skuColumn >= 0 ? headers.get(skuColumn) : "";
            reject(
                    sink,
                    sourceRow,
                    DataQualityCode.REJECTED_NO_SKU,
                    "",
                    "#row" + sourceRow,
                    "no SKU" + (column.isEmpty() ? "" : " in column \"" + column + "\"")
                            + " nor any barcode, alternate SKU, co-op number or POS id");
            return Outcome.REJECTED;
        }
        if (Identifiers.looksScientific(sku)) {
            note(
                    sink,
                    DataQualityCode.SCIENTIFIC_NOTATION_ID,
                    sourceRow,
                    skuColumnFor(skuSource),
                    sku,
                    storeId,
                    sku,
                    "looks like a number damaged by a spreadsheet (scientific notation); joins on it may fail");
        }
        builder.storeId(storeId).sku(sku, skuSource);
        builder.barcode(identifier(row, barcodeColumn))
                .altSku(identifier(row, altSkuColumn))
                .vendorSku(identifier(row, vendorSkuColumn))
                .coopItemNumber(identifier(row, coopColumn))
                .posItemId(identifier(row, posIdColumn));

        String description = text(row, descriptionColumn, sink, storeId, sku);
        if (description.isEmpty()) {
            description = text(row, descriptionAltColumn, sink, storeId, sku);
        }
        if (description.length() > ItemRecord.MAX_DESCRIPTION_LENGTH) {
            description = description.substring(0, ItemRecord.MAX_DESCRIPTION_LENGTH);
        }
        builder.description(description);
        String vendorCode = sharedText(row, vendorCodeColumn, sink, storeId, sku);
        String vendor = sharedText(row, vendorColumn, sink, storeId, sku);
        builder.vendor(vendor.isEmpty() ? vendorCode : vendor).vendorCode(vendorCode);
        String category = sharedText(row, categoryColumn, sink, storeId, sku);
        String department = sharedText(row, departmentColumn, sink, storeId, sku);
        String classCode = sharedText(row, classColumn, sink, storeId, sku);
        builder.category(category).department(department).classCode(classCode);
        builder.binLocation(sharedText(row, binColumn, sink, storeId, sku))
                .unitOfMeasure(sharedText(row, unitOfMeasureColumn, sink, storeId, sku));

        ItemStatus status = status(row);
        builder.status(status);

        builder.onOrderQuantity(quantity(row, onOrderColumn, sink, storeId, sku));
        double counted = quantity(row, countedColumn, sink, storeId, sku);
        builder.countedQuantity(counted);
        double difference = quantity(row, differenceColumn, sink, storeId, sku);
        builder.quantityDifference(differenceFlipped && ItemRecord.known(difference) ? -difference : difference);
        builder.packageQuantity(quantity(row, packageColumn, sink, storeId, sku));

        costs(row, sink, storeId, sku);
        double retail = money(row, retailColumn, sink, storeId, sku);
        if (retail <= -EPSILON) {
            note(
                    sink,
                    DataQualityCode.NEGATIVE_PRICE,
                    sourceRow,
                    headers.get(retailColumn),
                    Double.toString(retail),
                    storeId,
                    sku,
                    "the retail price is negative");
            retail = Double.NaN;
        }
        builder.retailPrice(retail, ItemRecord.known(retail) ? retailSource : RetailSource.NONE);
        builder.suggestedRetail(money(row, suggestedColumn, sink, storeId, sku));
        if (marginColumn >= 0) {
            double margin = number(row, marginColumn, sink, storeId, sku);
            builder.reportedMargin(margin, ItemRecord.known(margin) && number.percent());
        }
        builder.inventoryValueCost(number(row, inventoryValueColumn, sink, storeId, sku))
                .inventoryValueRetail(number(row, inventoryRetailColumn, sink, storeId, sku))
                .salesDollars(number(row, salesDollarsColumn, sink, storeId, sku))
                .unitsPurchased(quantity(row, unitsPurchasedColumn, sink, storeId, sku));
        double salesPer30Days = Double.NaN;
        if (unitsSoldColumn >= 0) {
            double sold = quantity(row, unitsSoldColumn, sink, storeId, sku);
            builder.unitsSold(sold, unitsSoldPeriodDays);
            if (ItemRecord.known(sold)) {
                salesPer30Days = sold * 30 / unitsSoldPeriodDays;
                builder.velocity(salesPer30Days, velocityBasis);
            }
        }
        builder.lastSaleDate(date(row, lastSaleColumn, sink, storeId, sku))
                .dateAdded(date(row, dateAddedColumn, sink, storeId, sku))
                .lastCountDate(date(row, lastCountColumn, sink, storeId, sku))
                .lastChangedDate(date(row, lastChangedColumn, sink, storeId, sku));
        if (daysSinceReceiptColumn >= 0) {
            double days = number(row, daysSinceReceiptColumn, sink, storeId, sku);
            builder.lastReceiptDate(
                    ItemRecord.known(days) ? asOfDay - (int) Math.max(0, Math.floor(days)) : ItemRecord.NO_DATE);
        } else {
            builder.lastReceiptDate(date(row, lastReceiptColumn, sink, storeId, sku));
        }

        boolean damaged = flag(row, damagedColumn, "damaged", sink, storeId, sku) || status == ItemStatus.DAMAGED;
        builder.damaged(damaged);
        builder.seasonal(seasonal(row, status, category, department, classCode, sink, storeId, sku));
        builder.nonInventory(nonInventory(row, sku, description, category, department, sink, storeId));

        if (storeGroups.isEmpty()) {
            double onHand = quantity(row, onHandColumn, sink, storeId, sku);
            builder.onHandQuantity(onHand, onHandColumn >= 0 ? quantitySource : QuantitySource.NONE)
                    .reorderPoint(quantity(row, reorderColumn, sink, storeId, sku))
                    .maxQuantity(quantity(row, maxColumn, sink, storeId, sku));
            missingPrice(row, onHand, salesPer30Days, sink, storeId, sku);
            sink.record(builder.build());
        } else {
            for (StoreGroup group : storeGroups) {
                double onHand = quantity(row, group.onHandColumn(), sink, group.storeId(), sku);
                builder.storeId(group.storeId())
                        .onHandQuantity(onHand, QuantitySource.ON_HAND)
                        .reorderPoint(quantity(row, group.reorderPointColumn(), sink, group.storeId(), sku))
                        .maxQuantity(quantity(row, group.maxQuantityColumn(), sink, group.storeId(), sku));
                missingPrice(row, onHand, salesPer30Days, sink, group.storeId(), sku);
                sink.record(builder.build());
            }
        }
        return Outcome.RECORDS;
    }

    private String skuColumnFor(SkuSource source) {
        int column =
                switch (source) {
                    case SKU, SYNTHESIZED -> skuColumn;
                    case BARCODE -> barcodeColumn;
                    case ALT_SKU -> altSkuColumn;
                    case COOP_ITEM_NUMBER -> coopColumn;
                    case POS_ITEM_ID -> posIdColumn;
                };
        return column >= 0 ? headers.get(column) : "";
    }

    private void missingPrice(
            RowView row, double onHand, double salesPer30Days, RecordSink sink, String storeId, String sku) {
        boolean active = onHand >= EPSILON || salesPer30Days >= EPSILON;
        if (active && retailColumn >= 0 && retailSource == RetailSource.RETAIL && row.isBlank(retailColumn)) {
            note(
                    sink,
                    DataQualityCode.MISSING_PRICE,
                    row.sourceRow(),
                    headers.get(retailColumn),
                    "",
                    storeId,
                    sku,
                    "the item is in stock or selling but has no retail price");
        }
    }

    private void costs(RowView row, RecordSink sink, String storeId, String sku) {
        double basis = Double.NaN;
        double effective = Double.NaN;
        CostSource source = CostSource.NONE;
        for (int index = 0; index < costColumns.length; index++) {
            int column = costColumns[index];
            if (column < 0) {
                continue;
            }
            double value = money(row, column, sink, storeId, sku);
            if (index == 0) {
                basis = value;
            }
            if (ItemRecord.known(value)) {
                if (value <= -EPSILON) {
                    cellNote(sink, DataQualityCode.NEGATIVE_COST, row, column, storeId, sku, "the cost is negative");
                } else {
                    effective = value;
                    source = costSources[index];
                }
                break;
            }
        }
        builder.basisCost(basis).unitCost(effective, source);
    }

    private ItemStatus status(RowView row) {
        if (statusColumn < 0 || row.isBlank(statusColumn)) {
            return ItemStatus.UNKNOWN;
        }
        String text = row.sharedText(statusColumn);
        ItemStatus cached = statusCache.get(text);
        if (cached != null) {
            return cached;
        }
        ItemStatus status = statusOf(text.toUpperCase(Locale.ROOT));
        if (statusCache.size() < 10_000) {
            statusCache.put(text, status);
        }
        return status;
    }

    private ItemStatus statusOf(String value) {
        if (statusInverted) {
            FlagParser.Flag flag = FlagParser.parse(value, "");
            String key = HeaderKeys.key(headers.get(statusColumn));
            return switch (flag) {
                case TRUE -> key.equals("discontinued") ? ItemStatus.DISCONTINUED : ItemStatus.INACTIVE;
                case FALSE -> ItemStatus.ACTIVE;
                case UNPARSEABLE -> statusText(value);
            };
        }
        return statusText(value);
    }

    /** engine.md §2.2 status spellings. */
    static ItemStatus statusText(String upper) {
        return switch (upper) {
            case "A", "ACTIVE", "Y", "YES", "TRUE", "1" -> ItemStatus.ACTIVE;
            case "I", "INACTIVE", "N", "NO", "FALSE", "0", "ARCHIVED", "HIDDEN" -> ItemStatus.INACTIVE;
            case "D", "DISCONTINUED", "DISC" -> ItemStatus.DISCONTINUED;
            case "SEASONAL", "S" -> ItemStatus.SEASONAL;
            case "CLOSEOUT", "CLEARANCE" -> ItemStatus.CLOSEOUT;
            case "DAMAGED", "DEFECTIVE" -> ItemStatus.DAMAGED;
            default -> ItemStatus.UNKNOWN;
        };
    }

    private SeasonalSource seasonal(
            RowView row,
            ItemStatus status,
            String category,
            String department,
            String classCode,
            RecordSink sink,
            String storeId,
            String sku) {
        boolean explicit = flag(row, seasonalColumn, "seasonal", sink, storeId, sku) || status == ItemStatus.SEASONAL;
        if (!explicit && seasonCodeColumn >= 0 && !row.isBlank(seasonCodeColumn)) {
            String code = row.text(seasonCodeColumn).toUpperCase(Locale.ROOT);
            explicit = !code.equals("N") && !code.equals("NONE") && !code.equals("0");
        }
        if (explicit) {
            return SeasonalSource.EXPLICIT;
        }
        if (seasonalText(category) || seasonalText(department) || seasonalText(classCode)) {
            return SeasonalSource.INFERRED;
        }
        return SeasonalSource.NONE;
    }

    private boolean seasonalText(String text) {
        if (text.isEmpty()) {
            return false;
        }
        Boolean cached = seasonalCache.get(text);
        if (cached == null) {
            cached = seasonalWords.matches(text);
            if (seasonalCache.size() < 100_000) {
                seasonalCache.put(text, cached);
            }
        }
        return cached;
    }

    private boolean nonInventory(
            RowView row,
            String sku,
            String description,
            String category,
            String department,
            RecordSink sink,
            String storeId) {
        if (itemTypeColumn >= 0
                && !row.isBlank(itemTypeColumn)
                && NON_INVENTORY_TYPES.contains(row.text(itemTypeColumn).toUpperCase(Locale.ROOT))) {
            return true;
        }
        if (flag(row, nonInventoryFlagColumn, "non-inventory", sink, storeId, sku)) {
            return true;
        }
        if (tracksInventoryColumn >= 0
                && !row.isBlank(tracksInventoryColumn)
                && FlagParser.parse(row.text(tracksInventoryColumn), "") == FlagParser.Flag.FALSE) {
            return true;
        }
        if (sku.equals("0000000")) {
            return true;
        }
        if (nonInventoryWords.matches(sku) || nonInventoryWords.matches(description)) {
            return true;
        }
        return nonInventoryCategory(category) || nonInventoryCategory(department);
    }

    private boolean nonInventoryCategory(String text) {
        if (text.isEmpty()) {
            return false;
        }
        Boolean cached = nonInventoryCategoryCache.get(text);
        if (cached == null) {
            cached = nonInventoryCategories.contains(text.toUpperCase(Locale.ROOT));
            if (nonInventoryCategoryCache.size() < 100_000) {
                nonInventoryCategoryCache.put(text, cached);
            }
        }
        return cached;
    }

    private String store(String raw) {
        if (raw.isEmpty()) {
            return settings.storeId();
        }
        String cached = storeIds.get(raw);
        if (cached == null) {
            cached = Identifiers.collapseWhitespace(raw);
            if (storeIds.size() < 10_000) {
                storeIds.put(raw, cached);
            }
        }
        return cached;
    }

    private static String identifier(RowView row, int column) {
        if (column < 0 || row.isBlank(column)) {
            return "";
        }
        return Identifiers.clean(row.text(column));
    }

    private String text(RowView row, int column, RecordSink sink, String storeId, String sku) {
        if (column < 0 || row.isBlank(column)) {
            return "";
        }
        return checkedLength(row, column, row.text(column), sink, storeId, sku);
    }

    /** A cell of a column with few distinct values (vendor, category, bin): decoded once per distinct value. */
    private String sharedText(RowView row, int column, RecordSink sink, String storeId, String sku) {
        if (column < 0 || row.isBlank(column)) {
            return "";
        }
        return checkedLength(row, column, row.sharedText(column), sink, storeId, sku);
    }

    private String checkedLength(RowView row, int column, String text, RecordSink sink, String storeId, String sku) {
        String value = text;
        if (value.length() > MAX_TEXT) {
            note(
                    sink,
                    DataQualityCode.TEXT_TRUNCATED,
                    row.sourceRow(),
                    headers.get(column),
                    value,
                    storeId,
                    sku,
                    "the text is longer than " + MAX_TEXT + " characters and was cut");
            value = value.substring(0, MAX_TEXT);
        }
        return value;
    }

    private boolean flag(RowView row, int column, String name, RecordSink sink, String storeId, String sku) {
        if (column < 0 || row.isBlank(column)) {
            return false;
        }
        String value = row.sharedText(column);
        Map<String, FlagParser.Flag> cache = flagCaches.get(column);
        FlagParser.Flag flag = cache.get(value);
        if (flag == null) {
            flag = FlagParser.parse(value, name);
            if (cache.size() < 10_000) {
                cache.put(value, flag);
            }
        }
        return switch (flag) {
            case TRUE -> true;
            case FALSE -> false;
            case UNPARSEABLE -> {
                note(
                        sink,
                        DataQualityCode.UNPARSEABLE_FLAG,
                        row.sourceRow(),
                        headers.get(column),
                        value,
                        storeId,
                        sku,
                        "is neither yes nor no; read as no");
                yield false;
            }
        };
    }

    /** A number cell; NaN when blank or bad (bad cells are noted). */
    private double number(RowView row, int column, RecordSink sink, String storeId, String sku) {
        if (column < 0) {
            return Double.NaN;
        }
        row.number(column, numberStyles[column], number);
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

    private double quantity(RowView row, int column, RecordSink sink, String storeId, String sku) {
        double value = number(row, column, sink, storeId, sku);
        if (Math.abs(value) > MAX_QUANTITY) {
            cellNote(
                    sink,
                    DataQualityCode.IMPLAUSIBLE_VALUE,
                    row,
                    column,
                    storeId,
                    sku,
                    "is implausibly large for a quantity (more than 10,000,000)");
            return Double.NaN;
        }
        return value;
    }

    private double money(RowView row, int column, RecordSink sink, String storeId, String sku) {
        double value = number(row, column, sink, storeId, sku);
        if (value > MAX_MONEY) {
            cellNote(
                    sink,
                    DataQualityCode.IMPLAUSIBLE_VALUE,
                    row,
                    column,
                    storeId,
                    sku,
                    "is implausibly large for a unit price or cost (more than 1,000,000)");
            return Double.NaN;
        }
        return value;
    }

    /** A date cell as days since 1970-01-01, or {@link ItemRecord#NO_DATE}; bad and future dates are noted. */
    private int date(RowView row, int column, RecordSink sink, String storeId, String sku) {
        if (column < 0) {
            return ItemRecord.NO_DATE;
        }
        row.date(column, dateFormats[column], date);
        return switch (date.status()) {
            case VALUE -> {
                if (date.epochDay() > asOfDay + 1) {
                    cellNote(
                            sink,
                            DataQualityCode.FUTURE_DATE,
                            row,
                            column,
                            storeId,
                            sku,
                            "is more than one day after the analysis date " + settings.asOf());
                    yield ItemRecord.NO_DATE;
                }
                yield date.epochDay();
            }
            case MISSING -> ItemRecord.NO_DATE;
            case UNPARSEABLE -> {
                cellNote(
                        sink,
                        DataQualityCode.UNPARSEABLE_DATE,
                        row,
                        column,
                        storeId,
                        sku,
                        "is not a date (expected " + dateFormats[column].pattern() + ")");
                yield ItemRecord.NO_DATE;
            }
        };
    }

    /** Notes a problem with the cell at {@code column} of {@code row}, naming its header and text. */
    private void cellNote(
            RecordSink sink,
            DataQualityCode code,
            RowView row,
            int column,
            String storeId,
            String sku,
            String problem) {
        note(sink, code, row.sourceRow(), headers.get(column), row.text(column), storeId, sku, problem);
    }

    private void reject(
            RecordSink sink, long sourceRow, DataQualityCode code, String value, String sku, String reason) {
        sink.note(new DataQualityNote(
                code,
                fileName,
                sourceRow,
                "",
                value,
                "",
                sku,
                "\"" + fileName + "\" row " + sourceRow + ": " + reason));
    }

    private void note(
            RecordSink sink,
            DataQualityCode code,
            long sourceRow,
            String column,
            String value,
            String storeId,
            String sku,
            String problem) {
        String message =
                "\"" + fileName + "\" row " + sourceRow + (column.isEmpty() ? "" : ", column \"" + column + "\"")
                        + (value.isEmpty() ? "" : ": \"" + value + "\"") + " " + problem;
        sink.note(new DataQualityNote(code, fileName, sourceRow, column, value, storeId, sku, message.strip()));
    }

    /** The headers of this file (for reports). */
    public List<String> headers() {
        return headers;
    }

    /** The file's display name. */
    public String fileName() {
        return fileName;
    }

    /** The number of records each row becomes: one, or one per store for files with a column per store. */
    public int recordsPerRow() {
        return Math.max(1, storeGroups.size());
    }

    /** How the file's units-sold column is turned into velocity, if it has one. */
    public Optional<VelocityBasis> velocityBasis() {
        return unitsSoldColumn >= 0 ? Optional.of(velocityBasis) : Optional.empty();
    }
}

package com.profitsentinel.engine.record;

import static java.util.Objects.requireNonNull;

/**
 * One normalized inventory row per (store, SKU): the canonical fields of engine.md §2.2 that both engines read.
 *
 * <p>Unknown values are never silently zero. An unknown number is {@link Double#NaN} (the parsers never accept NaN as a
 * value, so it is free to mean "unknown"); test with {@link #known(double)}. An unknown date is {@link #NO_DATE}; dates
 * are days since 1970-01-01 ({@link java.time.LocalDate#toEpochDay()}). Unknown text is the empty string.
 *
 * @param sourceFile the file name the record came from
 * @param sourceRow the 1-based physical row where the record starts (the header row has its own number)
 * @param storeId store key, trimmed with inner whitespace collapsed; never blank
 * @param sku the store's item number (the join key); never blank
 * @param skuSource which column supplied {@code sku}
 * @param barcode UPC / EAN / GTIN
 * @param altSku alternate or manufacturer part number
 * @param vendorSku the vendor's catalogue number
 * @param coopItemNumber co-op catalogue number
 * @param posItemId the POS's internal id (Square token, Shopify handle, ...)
 * @param description item description (up to 200 characters)
 * @param vendor vendor name, else vendor code; never guessed
 * @param vendorCode vendor number or code
 * @param category category
 * @param department department
 * @param classCode class, subcategory or fineline
 * @param binLocation bin or shelf location
 * @param unitOfMeasure unit of measure as exported (EA, CS, BF, ...)
 * @param status normalized status
 * @param onHandQuantity book on-hand units (q); may be negative or fractional
 * @param quantitySource which column supplied {@code onHandQuantity}
 * @param onOrderQuantity units on open purchase orders (o)
 * @param countedQuantity quantity found at the last physical count
 * @param quantityDifference count variance, counted minus book (negative = units missing)
 * @param reorderPoint the store's minimum / reorder point
 * @param maxQuantity the store's maximum / order-up-to level
 * @param packageQuantity units per pack
 * @param unitCost effective unit cost (c) after the cost basis and the per-row fallback to the next cost column
 * @param basisCost the cell of the cost-basis column itself, without the per-row fallback (the legacy engine's view)
 * @param costSource which column supplied {@code unitCost}
 * @param retailPrice current selling price (r)
 * @param retailSource which column supplied {@code retailPrice}
 * @param suggestedRetail suggested retail / MSRP / compare-at price
 * @param reportedMargin the margin or markup cell as a plain number in the file's own units, before the column's scale
 *     and meaning are decided from the whole file (engine.md §2.3.3)
 * @param reportedMarginPercentSign whether that cell was written with a percent sign
 * @param inventoryValueCost extended value at cost, as exported
 * @param inventoryValueRetail extended value at retail, as exported
 * @param salesDollars dollar sales over the units-sold period (never units)
 * @param unitsPurchased units purchased over the report period
 * @param unitsSoldRaw the units-sold cell exactly as exported
 * @param unitsSoldPeriodDays the period the units-sold column covers, in days; 0 when there is no such column
 * @param salesPer30Days velocity (s30), units per 30 days
 * @param velocityBasis how {@code salesPer30Days} was obtained
 * @param lastSaleDate date of the last sale
 * @param lastReceiptDate date last received
 * @param dateAdded item creation date
 * @param lastCountDate last physical count date
 * @param lastChangedDate last maintenance date
 * @param damaged damaged or defective stock
 * @param seasonal seasonal item
 * @param seasonalSource why the item is seasonal
 * @param nonInventory a fee, service, labour or other non-stock SKU (engine.md §2.3.7)
 */
public record ItemRecord(
        String sourceFile,
        long sourceRow,
        String storeId,
        String sku,
        SkuSource skuSource,
        String barcode,
        String altSku,
        String vendorSku,
        String coopItemNumber,
        String posItemId,
        String description,
        String vendor,
        String vendorCode,
        String category,
        String department,
        String classCode,
        String binLocation,
        String unitOfMeasure,
        ItemStatus status,
        double onHandQuantity,
        QuantitySource quantitySource,
        double onOrderQuantity,
        double countedQuantity,
        double quantityDifference,
        double reorderPoint,
        double maxQuantity,
        double packageQuantity,
        double unitCost,
        double basisCost,
        CostSource costSource,
        double retailPrice,
        RetailSource retailSource,
        double suggestedRetail,
        double reportedMargin,
        boolean reportedMarginPercentSign,
        double inventoryValueCost,
        double inventoryValueRetail,
        double salesDollars,
        double unitsPurchased,
        double unitsSoldRaw,
        int unitsSoldPeriodDays,
        double salesPer30Days,
        VelocityBasis velocityBasis,
        int lastSaleDate,
        int lastReceiptDate,
        int dateAdded,
        int lastCountDate,
        int lastChangedDate,
        boolean damaged,
        boolean seasonal,
        SeasonalSource seasonalSource,
        boolean nonInventory) {

    /** The value of a date component that is unknown. */
    public static final int NO_DATE = Integer.MIN_VALUE;

    /** Descriptions are kept up to this many characters (engine.md §2.2). */
    public static final int MAX_DESCRIPTION_LENGTH = 200;

    /** Earliest and latest dates a record may hold: 1800-01-01 and 2200-12-31. */
    private static final int MIN_EPOCH_DAY = -62_091;

    private static final int MAX_EPOCH_DAY = 84_370;

    public ItemRecord {
        requireNonNull(sourceFile, "sourceFile is null");
        if (sourceRow < 0) {
            throw new IllegalArgumentException("sourceRow is negative: " + sourceRow);
        }
        requireText(storeId, "storeId");
        requireText(sku, "sku");
        requireNonNull(skuSource, "skuSource is null");
        requireNonNull(barcode, "barcode is null");
        requireNonNull(altSku, "altSku is null");
        requireNonNull(vendorSku, "vendorSku is null");
        requireNonNull(coopItemNumber, "coopItemNumber is null");
        requireNonNull(posItemId, "posItemId is null");
        requireNonNull(description, "description is null");
        if (description.length() > MAX_DESCRIPTION_LENGTH) {
            throw new IllegalArgumentException("description is longer than " + MAX_DESCRIPTION_LENGTH + " characters");
        }
        requireNonNull(vendor, "vendor is null");
        requireNonNull(vendorCode, "vendorCode is null");
        requireNonNull(category, "category is null");
        requireNonNull(department, "department is null");
        requireNonNull(classCode, "classCode is null");
        requireNonNull(binLocation, "binLocation is null");
        requireNonNull(unitOfMeasure, "unitOfMeasure is null");
        requireNonNull(status, "status is null");
        requireNonNull(quantitySource, "quantitySource is null");
        requireNonNull(costSource, "costSource is null");
        requireNonNull(retailSource, "retailSource is null");
        requireNonNull(velocityBasis, "velocityBasis is null");
        requireNonNull(seasonalSource, "seasonalSource is null");
        requireNotInfinite(onHandQuantity, "onHandQuantity");
        requireNotInfinite(onOrderQuantity, "onOrderQuantity");
        requireNotInfinite(countedQuantity, "countedQuantity");
        requireNotInfinite(quantityDifference, "quantityDifference");
        requireNotInfinite(reorderPoint, "reorderPoint");
        requireNotInfinite(maxQuantity, "maxQuantity");
        requireNotInfinite(packageQuantity, "packageQuantity");
        requireNotInfinite(unitCost, "unitCost");
        requireNotInfinite(basisCost, "basisCost");
        requireNotInfinite(retailPrice, "retailPrice");
        requireNotInfinite(suggestedRetail, "suggestedRetail");
        requireNotInfinite(reportedMargin, "reportedMargin");
        requireNotInfinite(inventoryValueCost, "inventoryValueCost");
        requireNotInfinite(inventoryValueRetail, "inventoryValueRetail");
        requireNotInfinite(salesDollars, "salesDollars");
        requireNotInfinite(unitsPurchased, "unitsPurchased");
        requireNotInfinite(unitsSoldRaw, "unitsSoldRaw");
        requireNotInfinite(salesPer30Days, "salesPer30Days");
        if (unitsSoldPeriodDays < 0) {
            throw new IllegalArgumentException("unitsSoldPeriodDays is negative: " + unitsSoldPeriodDays);
        }
        if (known(unitCost) == (costSource == CostSource.NONE)) {
            throw new IllegalArgumentException("costSource " + costSource + " does not match unitCost " + unitCost);
        }
        if (known(salesPer30Days) == (velocityBasis == VelocityBasis.UNKNOWN)) {
            throw new IllegalArgumentException(
                    "velocityBasis " + velocityBasis + " does not match salesPer30Days " + salesPer30Days);
        }
        if (seasonal == (seasonalSource == SeasonalSource.NONE)) {
            throw new IllegalArgumentException("seasonalSource " + seasonalSource + " does not match seasonal");
        }
        requireDate(lastSaleDate, "lastSaleDate");
        requireDate(lastReceiptDate, "lastReceiptDate");
        requireDate(dateAdded, "dateAdded");
        requireDate(lastCountDate, "lastCountDate");
        requireDate(lastChangedDate, "lastChangedDate");
    }

    /** True when {@code value} is a known number (not the NaN that stands for unknown). */
    public static boolean known(double value) {
        return !Double.isNaN(value);
    }

    /** True when {@code epochDay} is a known date (not {@link #NO_DATE}). */
    public static boolean known(int epochDay) {
        return epochDay != NO_DATE;
    }

    /** Units sold per day (v = s30 / 30), or NaN when the velocity is unknown. */
    public double dailyVelocity() {
        return salesPer30Days / 30;
    }

    /**
     * Extended value at cost: the exported column when present, else q × c when both are known, else NaN (engine.md
     * §2.2 {@code inventory_value}).
     */
    public double inventoryValue() {
        if (known(inventoryValueCost)) {
            return inventoryValueCost;
        }
        return onHandQuantity * unitCost;
    }

    /** A builder that starts with every optional field unknown; reusable with {@link Builder#reset()}. */
    public static Builder builder() {
        return new Builder();
    }

    private static void requireText(String value, String name) {
        requireNonNull(value, name + " is null");
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " is blank");
        }
    }

    private static void requireNotInfinite(double value, String name) {
        if (Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " is infinite");
        }
    }

    private static void requireDate(int epochDay, String name) {
        if (epochDay != NO_DATE && (epochDay < MIN_EPOCH_DAY || epochDay > MAX_EPOCH_DAY)) {
            throw new IllegalArgumentException(name + " is outside 1800-01-01..2200-12-31: epoch day " + epochDay);
        }
    }

    /**
     * Collects the fields of one record. Ingestion reuses one builder per file: {@link #reset()} before each row,
     * {@link #build()} after it. Not thread-safe.
     */
    public static final class Builder {
        private String sourceFile;
        private long sourceRow;
        private String storeId;
        private String sku;
        private SkuSource skuSource;
        private String barcode;
        private String altSku;
        private String vendorSku;
        private String coopItemNumber;
        private String posItemId;
        private String description;
        private String vendor;
        private String vendorCode;
        private String category;
        private String department;
        private String classCode;
        private String binLocation;
        private String unitOfMeasure;
        private ItemStatus status;
        private double onHandQuantity;
        private QuantitySource quantitySource;
        private double onOrderQuantity;
        private double countedQuantity;
        private double quantityDifference;
        private double reorderPoint;
        private double maxQuantity;
        private double packageQuantity;
        private double unitCost;
        private double basisCost;
        private CostSource costSource;
        private double retailPrice;
        private RetailSource retailSource;
        private double suggestedRetail;
        private double reportedMargin;
        private boolean reportedMarginPercentSign;
        private double inventoryValueCost;
        private double inventoryValueRetail;
        private double salesDollars;
        private double unitsPurchased;
        private double unitsSoldRaw;
        private int unitsSoldPeriodDays;
        private double salesPer30Days;
        private VelocityBasis velocityBasis;
        private int lastSaleDate;
        private int lastReceiptDate;
        private int dateAdded;
        private int lastCountDate;
        private int lastChangedDate;
        private boolean damaged;
        private boolean seasonal;
        private SeasonalSource seasonalSource;
        private boolean nonInventory;

        private Builder() {
            sourceFile = "";
            reset();
        }

        /** Forgets every field except the source file, so the builder can collect the next row. */
        public Builder reset() {
            sourceRow = 0;
            storeId = "";
            sku = "";
            skuSource = SkuSource.SKU;
            barcode = "";
            altSku = "";
            vendorSku = "";
            coopItemNumber = "";
            posItemId = "";
            description = "";
            vendor = "";
            vendorCode = "";
            category = "";
            department = "";
            classCode = "";
            binLocation = "";
            unitOfMeasure = "";
            status = ItemStatus.UNKNOWN;
            onHandQuantity = Double.NaN;
            quantitySource = QuantitySource.NONE;
            onOrderQuantity = Double.NaN;
            countedQuantity = Double.NaN;
            quantityDifference = Double.NaN;
            reorderPoint = Double.NaN;
            maxQuantity = Double.NaN;
            packageQuantity = Double.NaN;
            unitCost = Double.NaN;
            basisCost = Double.NaN;
            costSource = CostSource.NONE;
            retailPrice = Double.NaN;
            retailSource = RetailSource.NONE;
            suggestedRetail = Double.NaN;
            reportedMargin = Double.NaN;
            reportedMarginPercentSign = false;
            inventoryValueCost = Double.NaN;
            inventoryValueRetail = Double.NaN;
            salesDollars = Double.NaN;
            unitsPurchased = Double.NaN;
            unitsSoldRaw = Double.NaN;
            unitsSoldPeriodDays = 0;
            salesPer30Days = Double.NaN;
            velocityBasis = VelocityBasis.UNKNOWN;
            lastSaleDate = NO_DATE;
            lastReceiptDate = NO_DATE;
            dateAdded = NO_DATE;
            lastCountDate = NO_DATE;
            lastChangedDate = NO_DATE;
            damaged = false;
            seasonal = false;
            seasonalSource = SeasonalSource.NONE;
            nonInventory = false;
            return this;
        }

        public ItemRecord build() {
            return new ItemRecord(
                    sourceFile,
                    sourceRow,
                    storeId,
                    sku,
                    skuSource,
                    barcode,
                    altSku,
                    vendorSku,
                    coopItemNumber,
                    posItemId,
                    description,
                    vendor,
                    vendorCode,
                    category,
                    department,
                    classCode,
                    binLocation,
                    unitOfMeasure,
                    status,
                    onHandQuantity,
                    quantitySource,
                    onOrderQuantity,
                    countedQuantity,
                    quantityDifference,
                    reorderPoint,
                    maxQuantity,
                    packageQuantity,
                    unitCost,
                    basisCost,
                    costSource,
                    retailPrice,
                    retailSource,
                    suggestedRetail,
                    reportedMargin,
                    reportedMarginPercentSign,
                    inventoryValueCost,
                    inventoryValueRetail,
                    salesDollars,
                    unitsPurchased,
                    unitsSoldRaw,
                    unitsSoldPeriodDays,
                    salesPer30Days,
                    velocityBasis,
                    lastSaleDate,
                    lastReceiptDate,
                    dateAdded,
                    lastCountDate,
                    lastChangedDate,
                    damaged,
                    seasonal,
                    seasonalSource,
                    nonInventory);
        }

        public Builder sourceFile(String value) {
            sourceFile = value;
            return this;
        }

        public Builder sourceRow(long value) {
            sourceRow = value;
            return this;
        }

        public Builder storeId(String value) {
            storeId = value;
            return this;
        }

        public Builder sku(String value, SkuSource source) {
            sku = value;
            skuSource = source;
            return this;
        }

        public Builder barcode(String value) {
            barcode = value;
            return this;
        }

        public Builder altSku(String value) {
            altSku = value;
            return this;
        }

        public Builder vendorSku(String value) {
            vendorSku = value;
            return this;
        }

        public Builder coopItemNumber(String value) {
            coopItemNumber = value;
            return this;
        }

        public Builder posItemId(String value) {
            posItemId = value;
            return this;
        }

        public Builder description(String value) {
            description = value;
            return this;
        }

        public Builder vendor(String value) {
            vendor = value;
            return this;
        }

        public Builder vendorCode(String value) {
            vendorCode = value;
            return this;
        }

        public Builder category(String value) {
            category = value;
            return this;
        }

        public Builder department(String value) {
            department = value;
            return this;
        }

        public Builder classCode(String value) {
            classCode = value;
            return this;
        }

        public Builder binLocation(String value) {
            binLocation = value;
            return this;
        }

        public Builder unitOfMeasure(String value) {
            unitOfMeasure = value;
            return this;
        }

        public Builder status(ItemStatus value) {
            status = value;
            return this;
        }

        public Builder onHandQuantity(double value, QuantitySource source) {
            onHandQuantity = value;
            quantitySource = source;
            return this;
        }

        public Builder onOrderQuantity(double value) {
            onOrderQuantity = value;
            return this;
        }

        public Builder countedQuantity(double value) {
            countedQuantity = value;
            return this;
        }

        public Builder quantityDifference(double value) {
            quantityDifference = value;
            return this;
        }

        public Builder reorderPoint(double value) {
            reorderPoint = value;
            return this;
        }

        public Builder maxQuantity(double value) {
            maxQuantity = value;
            return this;
        }

        public Builder packageQuantity(double value) {
            packageQuantity = value;
            return this;
        }

        /** The effective cost and the column it came from ({@link CostSource#NONE} with NaN when unknown). */
        public Builder unitCost(double value, CostSource source) {
            unitCost = value;
            costSource = source;
            return this;
        }

        public Builder basisCost(double value) {
            basisCost = value;
            return this;
        }

        public Builder retailPrice(double value, RetailSource source) {
            retailPrice = value;
            retailSource = source;
            return this;
        }

        public Builder suggestedRetail(double value) {
            suggestedRetail = value;
            return this;
        }

        public Builder reportedMargin(double value, boolean percentSign) {
            reportedMargin = value;
            reportedMarginPercentSign = percentSign;
            return this;
        }

        public Builder inventoryValueCost(double value) {
            inventoryValueCost = value;
            return this;
        }

        public Builder inventoryValueRetail(double value) {
            inventoryValueRetail = value;
            return this;
        }

        public Builder salesDollars(double value) {
            salesDollars = value;
            return this;
        }

        public Builder unitsPurchased(double value) {
            unitsPurchased = value;
            return this;
        }

        public Builder unitsSold(double raw, int periodDays) {
            unitsSoldRaw = raw;
            unitsSoldPeriodDays = periodDays;
            return this;
        }

        public Builder velocity(double perThirtyDays, VelocityBasis basis) {
            salesPer30Days = perThirtyDays;
            velocityBasis = basis;
            return this;
        }

        public Builder lastSaleDate(int epochDay) {
            lastSaleDate = epochDay;
            return this;
        }

        public Builder lastReceiptDate(int epochDay) {
            lastReceiptDate = epochDay;
            return this;
        }

        public Builder dateAdded(int epochDay) {
            dateAdded = epochDay;
            return this;
        }

        public Builder lastCountDate(int epochDay) {
            lastCountDate = epochDay;
            return this;
        }

        public Builder lastChangedDate(int epochDay) {
            lastChangedDate = epochDay;
            return this;
        }

        public Builder damaged(boolean value) {
            damaged = value;
            return this;
        }

        public Builder seasonal(SeasonalSource source) {
            seasonal = source != SeasonalSource.NONE;
            seasonalSource = source;
            return this;
        }

        public Builder nonInventory(boolean value) {
            nonInventory = value;
            return this;
        }
    }
}

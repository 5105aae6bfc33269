package com.profitsentinel.io.normalize;

import static java.util.Objects.requireNonNull;

import com.profitsentinel.engine.record.CostBasis;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The store settings and analysis context that normalization depends on (engine.md §2.1–§2.3).
 *
 * @param asOf the analysis reference date
 * @param storeId the store used when a file has no store column
 * @param timeZone the store's time zone
 * @param dayFirst the store's locale writes the day before the month
 * @param costBasis which cost column is the effective cost
 * @param assumedUnitsSoldDays the period assumed for a units-sold column without a hint
 * @param fiscalYearStartMonth the month (1–12) the fiscal year starts in, for year-to-date periods
 * @param seasonalKeywords words and phrases that make a category, department or class seasonal (§2.3.6)
 * @param nonInventoryKeywords words and phrases that mark a SKU or description as non-inventory (§2.3.7)
 * @param nonInventoryCategories whole category or department values that mark non-inventory items (§2.3.7)
 */
public record StoreSettings(
        LocalDate asOf,
        String storeId,
        ZoneId timeZone,
        boolean dayFirst,
        CostBasis costBasis,
        int assumedUnitsSoldDays,
        int fiscalYearStartMonth,
        List<String> seasonalKeywords,
        List<String> nonInventoryKeywords,
        List<String> nonInventoryCategories) {

    /** engine.md §2.3.6. */
    public static final List<String> DEFAULT_SEASONAL_KEYWORDS = List.of(
            "seasonal",
            "season",
            "christmas",
            "holiday",
            "halloween",
            "easter",
            "spring",
            "summer",
            "winter",
            "fall",
            "autumn",
            "outdoor living",
            "lawn & garden",
            "lawn and garden",
            "snow",
            "ice melt",
            "pool",
            "patio",
            "garden",
            "fireworks",
            "valentine");

    /** engine.md §2.3.7. */
    public static final List<String> DEFAULT_NON_INVENTORY_KEYWORDS = List.of(
            "DUMP FEE",
            "DUMP SKU",
            "COUPON",
            "LABOR",
            "LABOUR",
            "SERVICE CHARGE",
            "SERVICE FEE",
            "DELIVERY FEE",
            "DELIVERY CHARGE",
            "FREIGHT CHARGE",
            "SHIPPING CHARGE",
            "SHIPPING FEE",
            "RENTAL FEE",
            "EQUIPMENT RENTAL",
            "GIFT CARD",
            "GIFTCARD",
            "BOTTLE DEPOSIT",
            "CORE CHARGE",
            "KEY CUTTING",
            "INSTALLATION",
            "REPAIR SERVICE",
            "ENVIRONMENTAL FEE",
            "BAG FEE",
            "DONATION",
            "STOP CHARGE",
            "MISC SALE",
            "MISCELLANEOUS SALE",
            "NON-STOCK",
            "NONSTOCK");

    /** engine.md §2.3.7. */
    public static final List<String> DEFAULT_NON_INVENTORY_CATEGORIES =
            List.of("SERVICE", "SERVICES", "LABOR", "FEES", "NON-INVENTORY", "NON INVENTORY");

    public StoreSettings {
        requireNonNull(asOf, "asOf is null");
        requireNonNull(storeId, "storeId is null");
        if (storeId.isBlank()) {
            throw new IllegalArgumentException("storeId is blank");
        }
        requireNonNull(timeZone, "timeZone is null");
        requireNonNull(costBasis, "costBasis is null");
        if (assumedUnitsSoldDays < 1) {
            throw new IllegalArgumentException("assumedUnitsSoldDays must be at least 1: " + assumedUnitsSoldDays);
        }
        if (fiscalYearStartMonth < 1 || fiscalYearStartMonth > 12) {
            throw new IllegalArgumentException("fiscalYearStartMonth must be 1–12: " + fiscalYearStartMonth);
        }
        seasonalKeywords = List.copyOf(seasonalKeywords);
        nonInventoryKeywords = List.copyOf(nonInventoryKeywords);
        nonInventoryCategories = List.copyOf(nonInventoryCategories);
    }

    /** The defaults for a store in New York with the analysis date {@code asOf}. */
    public static StoreSettings defaults(LocalDate asOf) {
        return new StoreSettings(
                asOf,
                "default",
                ZoneId.of("America/New_York"),
                false,
                CostBasis.AUTO,
                365,
                1,
                DEFAULT_SEASONAL_KEYWORDS,
                DEFAULT_NON_INVENTORY_KEYWORDS,
                DEFAULT_NON_INVENTORY_CATEGORIES);
    }

    /** A copy with another analysis date. */
    public StoreSettings withAsOf(LocalDate date) {
        return new StoreSettings(
                date,
                storeId,
                timeZone,
                dayFirst,
                costBasis,
                assumedUnitsSoldDays,
                fiscalYearStartMonth,
                seasonalKeywords,
                nonInventoryKeywords,
                nonInventoryCategories);
    }

    /** A copy with another default store id. */
    public StoreSettings withStoreId(String id) {
        return new StoreSettings(
                asOf,
                id,
                timeZone,
                dayFirst,
                costBasis,
                assumedUnitsSoldDays,
                fiscalYearStartMonth,
                seasonalKeywords,
                nonInventoryKeywords,
                nonInventoryCategories);
    }
}

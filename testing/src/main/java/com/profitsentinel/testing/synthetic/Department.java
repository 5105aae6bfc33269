package com.profitsentinel.testing.synthetic;

import com.profitsentinel.engine.record.ItemStatus;
import com.profitsentinel.engine.record.SeasonalSource;

/**
 * The departments of the synthetic store with their share of the SKUs (percent of records), the SKU prefix and how
 * their items count as seasonal (engine.md §2.3.6): Lawn &amp; Garden by the department's name ({@code INFERRED}), the
 * Seasonal department by its status ({@code SEASONAL}, so {@code EXPLICIT}); Services holds the non-inventory SKUs
 * (§2.3.7).
 */
enum Department {
    HARDWARE("HARDWARE", "HRD", 18.0, SeasonalSource.NONE, ItemStatus.ACTIVE),
    TOOLS("TOOLS", "TLS", 10.0, SeasonalSource.NONE, ItemStatus.ACTIVE),
    PLUMBING("PLUMBING", "PLB", 10.0, SeasonalSource.NONE, ItemStatus.ACTIVE),
    ELECTRICAL("ELECTRICAL", "ELC", 10.0, SeasonalSource.NONE, ItemStatus.ACTIVE),
    PAINT("PAINT & SUNDRIES", "PNT", 9.0, SeasonalSource.NONE, ItemStatus.ACTIVE),
    LUMBER("LUMBER & BUILDING MATERIALS", "LBR", 9.0, SeasonalSource.NONE, ItemStatus.ACTIVE),
    LAWN_AND_GARDEN("LAWN & GARDEN", "GRD", 12.0, SeasonalSource.INFERRED, ItemStatus.ACTIVE),
    AUTOMOTIVE("AUTOMOTIVE", "AUT", 8.0, SeasonalSource.NONE, ItemStatus.ACTIVE),
    HOUSEWARES("HOUSEWARES", "HSW", 8.0, SeasonalSource.NONE, ItemStatus.ACTIVE),
    SEASONAL("SEASONAL", "SEA", 5.5, SeasonalSource.EXPLICIT, ItemStatus.SEASONAL),
    SERVICES("SERVICES", "SVC", 0.5, SeasonalSource.NONE, ItemStatus.ACTIVE);

    private final String title;
    private final String skuPrefix;
    private final double sharePercent;
    private final SeasonalSource seasonalSource;
    private final ItemStatus status;

    Department(String title, String skuPrefix, double sharePercent, SeasonalSource seasonalSource, ItemStatus status) {
        this.title = title;
        this.skuPrefix = skuPrefix;
        this.sharePercent = sharePercent;
        this.seasonalSource = seasonalSource;
        this.status = status;
    }

    /** The department text as the POS exports it. */
    String title() {
        return title;
    }

    String skuPrefix() {
        return skuPrefix;
    }

    /** Percent of the catalogue's SKUs. */
    double sharePercent() {
        return sharePercent;
    }

    SeasonalSource seasonalSource() {
        return seasonalSource;
    }

    boolean seasonal() {
        return seasonalSource != SeasonalSource.NONE;
    }

    /** The status of a regular item of the department. */
    ItemStatus status() {
        return status;
    }

    /** Fees and services: non-inventory SKUs that every leak rule skips. */
    boolean nonInventory() {
        return this == SERVICES;
    }
}

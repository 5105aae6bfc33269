package com.profitsentinel.engine.finding;

/**
 * The leak types of the {@code sentinel} engine with their catalogue entry (engine.md §6.3), in catalogue order (the
 * digest's last tie-breaker).
 */
public enum LeakType implements FindingKind {
    NEGATIVE_INVENTORY(
            "Negative Inventory",
            "Data Integrity",
            "alert-circle",
            "#dc2626",
            Severity.HIGH,
            LegacyPrimitive.NEGATIVE_INVENTORY),
    DEAD_STOCK("Dead Stock", "Cash Flow", "package-x", "#6b7280", Severity.MEDIUM, LegacyPrimitive.DEAD_ITEM),
    MARGIN_EROSION(
            "Margin Erosion",
            "Profitability",
            "trending-down",
            "#ec4899",
            Severity.HIGH,
            LegacyPrimitive.MARGIN_EROSION),
    BELOW_COST(
            "Selling Below Cost",
            "Profitability",
            "alert-circle",
            "#b91c1c",
            Severity.CRITICAL,
            LegacyPrimitive.NEGATIVE_PROFIT),
    ZERO_COST(
            "Missing Cost",
            "Data Integrity",
            "alert-triangle",
            "#eab308",
            Severity.HIGH,
            LegacyPrimitive.ZERO_COST_ANOMALY),
    PRICE_DISCREPANCY(
            "Price Discrepancy",
            "Pricing Integrity",
            "tag",
            "#8b5cf6",
            Severity.LOW,
            LegacyPrimitive.PRICE_DISCREPANCY),
    OVERSTOCK("Overstock", "Cash Flow", "boxes", "#3b82f6", Severity.MEDIUM, LegacyPrimitive.OVERSTOCK),
    LOW_STOCK("Stockout Risk", "Inventory Risk", "alert-triangle", "#f59e0b", Severity.HIGH, LegacyPrimitive.LOW_STOCK),
    SHRINKAGE(
            "Shrinkage",
            "Loss Prevention",
            "shield-alert",
            "#f97316",
            Severity.HIGH,
            LegacyPrimitive.SHRINKAGE_PATTERN),
    RECEIVING_GAP(
            "Receiving Gap",
            "Inventory Control",
            "clipboard-x",
            "#0ea5e9",
            Severity.HIGH,
            LegacyPrimitive.SHRINKAGE_PATTERN),
    VENDOR_SHORT_SHIP(
            "Vendor Short Ship",
            "Vendor Performance",
            "truck",
            "#14b8a6",
            Severity.HIGH,
            LegacyPrimitive.SHRINKAGE_PATTERN),
    PURCHASING_LEAKAGE(
            "Purchasing Leakage",
            "Purchasing",
            "receipt",
            "#a855f7",
            Severity.MEDIUM,
            LegacyPrimitive.HIGH_MARGIN_LEAK),
    PATRONAGE_MISS(
            "Seasonal Carryover", "Cash Flow", "calendar-x", "#64748b", Severity.MEDIUM, LegacyPrimitive.OVERSTOCK),
    DATA_QUALITY("Data Quality", "Data Quality", "file-warning", "#94a3b8", Severity.LOW, null);

    private final String title;
    private final String category;
    private final String icon;
    private final String color;
    private final Severity baseSeverity;
    private final @org.jspecify.annotations.Nullable LegacyPrimitive legacyKey;

    LeakType(
            String title,
            String category,
            String icon,
            String color,
            Severity baseSeverity,
            @org.jspecify.annotations.Nullable LegacyPrimitive legacyKey) {
        this.title = title;
        this.category = category;
        this.icon = icon;
        this.color = color;
        this.baseSeverity = baseSeverity;
        this.legacyKey = legacyKey;
    }

    @Override
    public String id() {
        return name();
    }

    @Override
    public String title() {
        return title;
    }

    public String category() {
        return category;
    }

    public String icon() {
        return icon;
    }

    public String color() {
        return color;
    }

    /** The severity before adjustments and escalation (DATA_QUALITY takes its level instead, §3.2). */
    public Severity baseSeverity() {
        return baseSeverity;
    }

    /**
     * The legacy key this type projects onto by default (engine.md §11); MARGIN_EROSION and LOW_STOCK depend on the
     * subtype (see the projection). Empty for DATA_QUALITY.
     */
    public java.util.Optional<LegacyPrimitive> defaultLegacyKey() {
        return java.util.Optional.ofNullable(legacyKey);
    }
}

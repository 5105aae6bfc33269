package com.profitsentinel.engine.finding;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The 11 primitives of the {@code legacy} engine with their display metadata and recommendations (engine.md §5.6), in
 * the iteration order of §5.4 (also {@code primitives_used}).
 */
@SuppressWarnings("ImmutableEnumChecker") // recommendations are List.of(...), unmodifiable
public enum LegacyPrimitive implements FindingKind {
    HIGH_MARGIN_LEAK(
            "Margin Leak",
            "trending-down",
            "#ef4444",
            2,
            "critical",
            "Margin Erosion",
            List.of(
                    "Check recent vendor cost increases against retail",
                    "Look for promotional prices that never ended",
                    "Review price-match and override practice",
                    "Audit unauthorized discounts")),
    NEGATIVE_INVENTORY(
            "Negative Inventory",
            "alert-circle",
            "#dc2626",
            3,
            "critical",
            "Data Integrity / Shrinkage",
            List.of(
                    "Count the item now",
                    "Check receiving records and unposted purchase orders",
                    "Review voids and returns on the item",
                    "Block sales at negative on-hand where the POS allows it")),
    NEGATIVE_PROFIT(
            "Negative Profit",
            "alert-circle",
            "#dc2626",
            10,
            "critical",
            "Margin Loss",
            List.of(
                    "Raise the price or stop selling the item",
                    "Verify cost and price data",
                    "Check for pricing errors or unauthorized discounts",
                    "Check for an unpassed vendor increase")),
    SEVERE_INVENTORY_DEFICIT(
            "Severe Inventory Deficit",
            "alert-circle",
            "#d946ef",
            11,
            "critical",
            "Inventory Crisis",
            List.of(
                    "Place an emergency order",
                    "Look for misplaced stock",
                    "Ask the vendor for expedited shipping",
                    "Find an alternative supplier")),
    LOW_STOCK(
            "Low Stock Risk",
            "alert-triangle",
            "#f59e0b",
            1,
            "high",
            "Lost Sales",
            List.of(
                    "Review reorder points for fast sellers",
                    "Check supplier lead times",
                    "Compare the sales forecast with actual demand",
                    "Add safety stock for top sellers")),
    SHRINKAGE_PATTERN(
            "Shrinkage Pattern",
            "shield-alert",
            "#f97316",
            7,
            "high",
            "Inventory Loss",
            List.of(
                    "Verify receiving accuracy",
                    "Look for theft patterns on high-value items",
                    "Increase cycle counts",
                    "Track damage and write-offs")),
    MARGIN_EROSION(
            "Margin Erosion",
            "trending-down",
            "#ec4899",
            8,
            "high",
            "Profitability Trend",
            List.of(
                    "Compare current cost with past cost",
                    "Review vendor contract terms",
                    "Check competitive pressure on the price",
                    "Review how often the item is promoted")),
    ZERO_COST_ANOMALY(
            "Zero Cost Anomaly",
            "alert-triangle",
            "#eab308",
            9,
            "critical",
            "Data Integrity / Costing",
            List.of(
                    "Enter costs from recent vendor invoices",
                    "Find items received without a cost",
                    "Compare PO cost with the item file",
                    "Turn on automatic cost updates")),
    DEAD_ITEM(
            "Dead Inventory",
            "package-x",
            "#6b7280",
            4,
            "medium",
            "Dead Capital",
            List.of(
                    "Mark down or clear the item",
                    "Ask the vendor about a return or credit",
                    "Bundle it with items that sell",
                    "Stop reordering it")),
    OVERSTOCK(
            "Overstock",
            "boxes",
            "#3b82f6",
            5,
            "medium",
            "Cash Flow / Carrying Cost",
            List.of(
                    "Cut or pause reorders",
                    "Run a promotion",
                    "Transfer units to other locations",
                    "Compare the forecast with actual sales")),
    PRICE_DISCREPANCY(
            "Price Discrepancy",
            "tag",
            "#8b5cf6",
            6,
            "warning",
            "Pricing Integrity",
            List.of(
                    "Confirm the price is intentional",
                    "Look for promotion or entry errors",
                    "Update suggested retail from the vendor's price file",
                    "Review the item's price-change history"));

    private final String title;
    private final String icon;
    private final String color;
    private final int priority;
    private final String severity;
    private final String category;
    private final List<String> recommendations;
    private final String id;

    LegacyPrimitive(
            String title,
            String icon,
            String color,
            int priority,
            String severity,
            String category,
            List<String> recommendations) {
        this.title = title;
        this.icon = icon;
        this.color = color;
        this.priority = priority;
        this.severity = severity;
        this.category = category;
        this.recommendations = recommendations;
        this.id = name().toLowerCase(Locale.ROOT);
    }

    /** The primitive key ({@code high_margin_leak}). */
    @Override
    public String id() {
        return id;
    }

    @Override
    public String title() {
        return title;
    }

    public String icon() {
        return icon;
    }

    public String color() {
        return color;
    }

    /** Display priority (1 = first). */
    public int priority() {
        return priority;
    }

    /** The legacy severity: {@code critical}, {@code high}, {@code medium} or {@code warning} (shown as LOW). */
    public String severity() {
        return severity;
    }

    public String category() {
        return category;
    }

    /** Four recommendations, in order. */
    public List<String> recommendations() {
        return recommendations;
    }

    /** The primitive with this key. */
    public static Optional<LegacyPrimitive> byId(String key) {
        for (LegacyPrimitive primitive : values()) {
            if (primitive.id.equals(key)) {
                return Optional.of(primitive);
            }
        }
        return Optional.empty();
    }
}

package com.profitsentinel.testing.synthetic;

import static java.util.Objects.requireNonNull;

import com.profitsentinel.engine.finding.LeakType;
import java.util.ArrayList;
import java.util.List;

/**
 * The ways an anomaly of each leak type is made, with the share of that type's anomalies each way gets. {@link
 * Anomalies} says which items each variant fits, what it changes and which leak types the record must then raise.
 */
enum AnomalyVariant {
    NEGATIVE_SHORT(LeakType.NEGATIVE_INVENTORY, "short", 0.75, ""),
    NEGATIVE_DEEP(LeakType.NEGATIVE_INVENTORY, "deep", 0.10, ""),
    NEGATIVE_ESTIMATED_COST(LeakType.NEGATIVE_INVENTORY, "estimated_cost", 0.15, ""),
    DEAD_LAST_SALE(LeakType.DEAD_STOCK, "last_sale", 0.70, "last_sale"),
    DEAD_RECEIPT_FALLBACK(LeakType.DEAD_STOCK, "receipt_fallback", 0.20, "receipt_fallback"),
    DEAD_ZERO_SALES_PILE(LeakType.DEAD_STOCK, "zero_sales_pile", 0.10, "last_sale"),
    MARGIN_BELOW_FLOOR(LeakType.MARGIN_EROSION, "below_floor", 0.60, "below_floor"),
    MARGIN_BELOW_CRITICAL(LeakType.MARGIN_EROSION, "below_critical", 0.40, "below_critical"),
    BELOW_COST_COST_INCREASE(LeakType.BELOW_COST, "cost_increase", 0.70, ""),
    BELOW_COST_PRICE_ERROR(LeakType.BELOW_COST, "price_error", 0.30, ""),
    ZERO_COST_ZERO(LeakType.ZERO_COST, "zero_cost", 0.60, "zero_cost"),
    ZERO_COST_BLANK(LeakType.ZERO_COST, "blank_cost", 0.40, "blank_cost"),
    PRICE_BELOW_SUGGESTED(LeakType.PRICE_DISCREPANCY, "below_suggested", 0.40, "below_suggested"),
    PRICE_ABOVE_SUGGESTED(LeakType.PRICE_DISCREPANCY, "above_suggested", 0.25, "above_suggested"),
    PRICE_MARGIN_FIELD_MISMATCH(LeakType.PRICE_DISCREPANCY, "margin_field_mismatch", 0.35, "margin_field_mismatch"),
    OVERSTOCK_MONTHS_OF_SUPPLY(LeakType.OVERSTOCK, "months_of_supply", 0.80, "months_of_supply"),
    OVERSTOCK_ZERO_SALES(LeakType.OVERSTOCK, "zero_sales", 0.20, "zero_sales"),
    LOW_STOCK_IMMINENT(LeakType.LOW_STOCK, "stockout_imminent", 0.50, "stockout_imminent"),
    LOW_STOCK_RISK(LeakType.LOW_STOCK, "stockout_risk", 0.50, "stockout_risk"),
    SHRINKAGE_COUNT_VARIANCE(LeakType.SHRINKAGE, "count_variance", 0.75, "count_variance"),
    SHRINKAGE_PATTERN(LeakType.SHRINKAGE, "pattern", 0.25, "pattern"),
    RECEIVING_UNRECEIVED(LeakType.RECEIVING_GAP, "unreceived", 0.80, ""),
    RECEIVING_UNRECEIVED_NEGATIVE(LeakType.RECEIVING_GAP, "unreceived_negative", 0.20, ""),
    SHORT_SHIP_PO(LeakType.VENDOR_SHORT_SHIP, "po_short_ship", 0.60, "po_short_ship"),
    SHORT_SHIP_DAMAGED_WITH_OPEN_PO(LeakType.VENDOR_SHORT_SHIP, "damaged_with_open_po", 0.20, "damaged_with_open_po"),
    SHORT_SHIP_DAMAGED_STOCK(LeakType.VENDOR_SHORT_SHIP, "damaged_stock", 0.20, "damaged_stock"),
    PURCHASING_PO_OVERPAY(LeakType.PURCHASING_LEAKAGE, "po_overpay", 0.75, "po_overpay"),
    PURCHASING_HIGH_COST_LOW_MARGIN(LeakType.PURCHASING_LEAKAGE, "high_cost_low_margin", 0.25, "high_cost_low_margin"),
    PATRONAGE_PAST_WINDOW(LeakType.PATRONAGE_MISS, "past_window", 0.85, ""),
    PATRONAGE_UNSOLD_FOR_A_YEAR(LeakType.PATRONAGE_MISS, "unsold_for_a_year", 0.15, "");

    private final LeakType type;
    private final String title;
    private final double share;
    private final String subtype;

    AnomalyVariant(LeakType type, String title, double share, String subtype) {
        this.type = requireNonNull(type, "type is null");
        this.title = title;
        this.share = share;
        this.subtype = subtype;
    }

    /** The leak type the variant injects. */
    LeakType type() {
        return type;
    }

    /** The variant's name in the ground truth and in docs/quality.md. */
    String title() {
        return title;
    }

    /** Share of the type's anomalies made this way. */
    double share() {
        return share;
    }

    /** The subtype the engine must give the type's finding (engine.md §6.4), empty when the type has none. */
    String subtype() {
        return subtype;
    }

    /** The variants of a type, in declaration order. */
    static List<AnomalyVariant> of(LeakType type) {
        List<AnomalyVariant> variants = new ArrayList<>(3);
        for (AnomalyVariant variant : values()) {
            if (variant.type == type) {
                variants.add(variant);
            }
        }
        return variants;
    }
}

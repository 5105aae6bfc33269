package com.profitsentinel.engine.rootcause;

import com.profitsentinel.engine.finding.Severity;
import java.util.List;
import java.util.Locale;

/** The causes of root-cause scoring in their fixed tie-break order, with their metadata (engine.md §9.2, §9.8). */
@SuppressWarnings("ImmutableEnumChecker") // recommendations are List.of(...), unmodifiable
public enum Cause {
    THEFT(
            "Theft / Shrinkage",
            Severity.CRITICAL,
            "Shrinkage",
            List.of(
                    "Review camera footage for high-value items",
                    "Analyze voids and returns by employee",
                    "Run surprise cycle counts",
                    "Check receiving accuracy against POs")),
    VENDOR_INCREASE(
            "Vendor Price Increase",
            Severity.HIGH,
            "Cost Pressure",
            List.of(
                    "Review recent invoices for cost changes",
                    "Compare with co-op or contract pricing",
                    "Negotiate volume pricing",
                    "Evaluate alternative vendors")),
    REBATE_TIMING(
            "Rebate Timing Mismatch",
            Severity.MEDIUM,
            "Vendor Terms",
            List.of(
                    "Verify rebate accrual timing with the co-op",
                    "Check payment terms on affected POs",
                    "Review dating-program use",
                    "Reconcile pending rebates")),
    MARGIN_LEAK(
            "Margin Leak",
            Severity.HIGH,
            "Pricing",
            List.of(
                    "Audit promotions for stuck discounts",
                    "Review markdown cadence",
                    "Compare retail with suggested retail",
                    "Check manual price overrides")),
    DEMAND_SHIFT(
            "Demand Shift",
            Severity.MEDIUM,
            "Market",
            List.of(
                    "Review category sales trends",
                    "Adjust reorder points",
                    "Consider a markdown or transfer",
                    "Check seasonal timing")),
    QUALITY_ISSUE(
            "Quality Issue",
            Severity.HIGH,
            "Product",
            List.of(
                    "Check returns by vendor and SKU",
                    "File vendor claims",
                    "Inspect shelf condition",
                    "Contact the vendor's quality department")),
    PRICING_ERROR(
            "Pricing Error",
            Severity.HIGH,
            "Operations",
            List.of(
                    "Verify POS retail against cost",
                    "Look for data-entry errors",
                    "Review recent price-file imports",
                    "Correct prices in the POS")),
    INVENTORY_DRIFT(
            "Inventory Drift",
            Severity.MEDIUM,
            "Operations",
            List.of(
                    "Schedule cycle counts",
                    "Review receiving accuracy",
                    "Check transfer errors",
                    "Audit bin locations and quantities"));

    private final String displayName;
    private final Severity severity;
    private final String category;
    private final List<String> recommendations;

    Cause(String displayName, Severity severity, String category, List<String> recommendations) {
        this.displayName = displayName;
        this.severity = severity;
        this.category = category;
        this.recommendations = recommendations;
    }

    /** The spelling in JSON ({@code vendor_increase}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String displayName() {
        return displayName;
    }

    public Severity severity() {
        return severity;
    }

    public String category() {
        return category;
    }

    public List<String> recommendations() {
        return recommendations;
    }
}

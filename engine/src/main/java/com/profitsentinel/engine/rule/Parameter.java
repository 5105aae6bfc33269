package com.profitsentinel.engine.rule;

import java.util.Locale;
import java.util.Optional;

/**
 * Every threshold of the {@code sentinel} engine with its conservative, standard and aggressive values and where it may
 * be overridden (engine.md §6.1).
 */
public enum Parameter {
    TARGET_MARGIN(Kind.RATE, Scope.CATEGORY, 0.35, 0.35, 0.35),
    CARRYING_COST_MONTHLY(Kind.RATE, Scope.STORE, 0.02, 0.02, 0.02),
    NEW_ITEM_GRACE_DAYS(Kind.DAYS, Scope.CATEGORY, 90, 60, 30),
    ASSUMED_UNITS_SOLD_PERIOD_DAYS(Kind.DAYS, Scope.STORE, 365, 365, 365),
    VELOCITY_WINDOW_DAYS(Kind.DAYS, Scope.FIXED, 30, 30, 30),
    NEGATIVE_MIN_UNITS(Kind.UNITS, Scope.STORE, 3, 0, 0),
    NEGATIVE_WORSENING_UNITS(Kind.UNITS, Scope.STORE, 50, 50, 50),
    DEAD_STOCK_DAYS(Kind.DAYS, Scope.CATEGORY, 180, 90, 60),
    DEAD_STOCK_ACTION_DAYS(Kind.DAYS, Scope.CATEGORY, 180, 180, 180),
    DEAD_STOCK_WRITE_OFF_DAYS(Kind.DAYS, Scope.CATEGORY, 360, 360, 360),
    DEAD_STOCK_MIN_CAPITAL(Kind.MONEY, Scope.CATEGORY, 100, 50, 25),
    SEASONAL_DEAD_STOCK_DAYS(Kind.DAYS, Scope.CATEGORY, 540, 365, 270),
    MARGIN_FLOOR(Kind.RATE, Scope.CATEGORY, 0.15, 0.20, 0.25),
    MARGIN_CRITICAL(Kind.RATE, Scope.CATEGORY, 0.10, 0.10, 0.10),
    MARGIN_MISMATCH_TOLERANCE(Kind.RATE, Scope.STORE, 0.05, 0.05, 0.05),
    ZERO_COST_RISK_RATE(Kind.RATE, Scope.STORE, 0.10, 0.10, 0.10),
    PROXY_IMPACT_CAP(Kind.MONEY, Scope.STORE, 2000, 2000, 2000),
    PRICE_DEVIATION_THRESHOLD(Kind.RATE, Scope.CATEGORY, 0.30, 0.20, 0.15),
    OVERSTOCK_MONTHS(Kind.UNITS, Scope.CATEGORY, 18, 12, 9),
    OVERSTOCK_TARGET_MONTHS(Kind.UNITS, Scope.CATEGORY, 3, 3, 3),
    OVERSTOCK_ZERO_SALES_MIN_QTY(Kind.UNITS, Scope.CATEGORY, 1000, 500, 250),
    LEAD_TIME_DAYS(Kind.DAYS, Scope.VENDOR, 7, 7, 7),
    SAFETY_DAYS(Kind.DAYS_OR_ZERO, Scope.CATEGORY, 0, 3, 7),
    LOW_STOCK_MIN_UNITS_30D(Kind.UNITS, Scope.CATEGORY, 8, 4, 2),
    SHRINKAGE_MIN_UNITS(Kind.UNITS, Scope.STORE, 5, 2, 1),
    SHRINKAGE_MIN_RATE(Kind.RATE, Scope.STORE, 0.10, 0.05, 0.02),
    COUNT_INTERVAL_DAYS(Kind.DAYS, Scope.STORE, 365, 365, 365),
    SHRINK_PATTERN_MIN_VALUE(Kind.MONEY, Scope.STORE, 2000, 1000, 500),
    SHRINK_PATTERN_MAX_MARGIN(Kind.RATE, Scope.STORE, 0.10, 0.10, 0.10),
    SHRINK_PATTERN_MAX_SALES_30D(Kind.UNITS, Scope.STORE, 10, 10, 10),
    SHRINK_PATTERN_RATE(Kind.RATE, Scope.STORE, 0.10, 0.10, 0.10),
    RECEIVING_GRACE_DAYS(Kind.DAYS, Scope.STORE, 7, 3, 2),
    RECEIVING_LOOKBACK_DAYS(Kind.DAYS, Scope.STORE, 60, 60, 60),
    PURCHASE_LOOKBACK_DAYS(Kind.DAYS, Scope.STORE, 90, 90, 90),
    VENDOR_FILL_RATE_TARGET(Kind.RATE, Scope.STORE, 0.90, 0.90, 0.90),
    DAMAGED_ORDER_RISK_SHARE(Kind.RATE, Scope.STORE, 0.25, 0.25, 0.25),
    PURCHASE_OVERPAY_PCT(Kind.RATE, Scope.STORE, 0.10, 0.05, 0.03),
    HIGH_COST_THRESHOLD(Kind.MONEY, Scope.STORE, 500, 500, 500),
    VOLUME_DISCOUNT_RATE(Kind.RATE, Scope.STORE, 0.05, 0.05, 0.05),
    PATRONAGE_QTY_THRESHOLD(Kind.UNITS, Scope.CATEGORY, 300, 200, 100),
    SEASONAL_WINDOW_DAYS(Kind.DAYS, Scope.CATEGORY, 120, 90, 60),
    SEVERITY_ESCALATION_IMPACT(Kind.MONEY, Scope.STORE, 5000, 5000, 5000),
    MIN_DIGEST_IMPACT(Kind.MONEY, Scope.STORE, 250, 100, 50),
    DIGEST_TOP_K(Kind.COUNT, Scope.REQUEST, 5, 5, 5),
    TREND_CHANGE_TOLERANCE(Kind.RATE, Scope.STORE, 0.05, 0.05, 0.05),
    TREND_MAX_GAP_DAYS(Kind.DAYS, Scope.STORE, 120, 120, 120),
    MIN_ROOT_CAUSE_CONFIDENCE(Kind.RATE, Scope.STORE, 0.30, 0.30, 0.30),
    REVIEW_CONFIDENCE(Kind.RATE, Scope.STORE, 0.50, 0.50, 0.50),
    REVIEW_AMBIGUITY(Kind.RATE, Scope.STORE, 0.80, 0.80, 0.80),
    MAX_REJECTED_ROW_SHARE(Kind.RATE, Scope.STORE, 0.05, 0.05, 0.05),
    MAX_REJECTED_ROWS(Kind.COUNT, Scope.STORE, 10_000, 10_000, 10_000);

    /** What kind of number a parameter is, which decides its validation. */
    public enum Kind {
        /** A share in [0, 1). */
        RATE,
        /** Whole days, 1–3,650. */
        DAYS,
        /** Whole days, 0–3,650. */
        DAYS_OR_ZERO,
        /** Units or months, ≥ 0. */
        UNITS,
        /** Dollars, ≥ 0. */
        MONEY,
        /** A whole count ≥ 1. */
        COUNT
    }

    /** Where a parameter may be overridden. */
    public enum Scope {
        /** Per store. */
        STORE,
        /** Per store and per category or department. */
        CATEGORY,
        /** Per store and per vendor. */
        VENDOR,
        /** Per request (digest). */
        REQUEST,
        /** Never. */
        FIXED
    }

    private final Kind kind;
    private final Scope scope;
    private final double conservative;
    private final double standard;
    private final double aggressive;
    private final String id;

    Parameter(Kind kind, Scope scope, double conservative, double standard, double aggressive) {
        this.kind = kind;
        this.scope = scope;
        this.conservative = conservative;
        this.standard = standard;
        this.aggressive = aggressive;
        this.id = name().toLowerCase(Locale.ROOT);
    }

    /** The parameter's name in configuration and messages ({@code margin_floor}). */
    public String id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public Scope scope() {
        return scope;
    }

    /** The value in a preset. */
    public double value(Preset preset) {
        return switch (preset) {
            case CONSERVATIVE -> conservative;
            case STANDARD -> standard;
            case AGGRESSIVE -> aggressive;
        };
    }

    /** The parameter with this name. */
    public static Optional<Parameter> byId(String id) {
        for (Parameter parameter : values()) {
            if (parameter.id.equals(id)) {
                return Optional.of(parameter);
            }
        }
        return Optional.empty();
    }
}

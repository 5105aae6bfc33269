package com.profitsentinel.engine.rules.sentinel;

import com.profitsentinel.engine.rule.Parameter;
import com.profitsentinel.engine.rule.Parameters;

/**
 * The thresholds the rules read, resolved once for a store (or for an item's category, department and vendor when the
 * store has such overrides), as plain fields for the per-record path (engine.md §6.1).
 */
final class Thresholds {
    final double targetMargin;
    final double carryingCostMonthly;
    final double newItemGraceDays;
    final double negativeMinUnits;
    final double negativeWorseningUnits;
    final double deadStockDays;
    final double deadStockActionDays;
    final double deadStockWriteOffDays;
    final double deadStockMinCapital;
    final double seasonalDeadStockDays;
    final double marginFloor;
    final double marginCritical;
    final double marginMismatchTolerance;
    final double zeroCostRiskRate;
    final double proxyImpactCap;
    final double priceDeviationThreshold;
    final double overstockMonths;
    final double overstockTargetMonths;
    final double overstockZeroSalesMinQty;
    final double leadTimeDays;
    final double safetyDays;
    final double lowStockMinUnits30d;
    final double shrinkageMinUnits;
    final double shrinkageMinRate;
    final double countIntervalDays;
    final double shrinkPatternMinValue;
    final double shrinkPatternMaxMargin;
    final double shrinkPatternMaxSales30d;
    final double shrinkPatternRate;
    final double vendorFillRateTarget;
    final double damagedOrderRiskShare;
    final double highCostThreshold;
    final double volumeDiscountRate;
    final double patronageQtyThreshold;
    final double seasonalWindowDays;
    final double severityEscalationImpact;

    Thresholds(Parameters parameters, String category, String department, String vendor) {
        targetMargin = value(parameters, Parameter.TARGET_MARGIN, category, department, vendor);
        carryingCostMonthly = value(parameters, Parameter.CARRYING_COST_MONTHLY, category, department, vendor);
        newItemGraceDays = value(parameters, Parameter.NEW_ITEM_GRACE_DAYS, category, department, vendor);
        negativeMinUnits = value(parameters, Parameter.NEGATIVE_MIN_UNITS, category, department, vendor);
        negativeWorseningUnits = value(parameters, Parameter.NEGATIVE_WORSENING_UNITS, category, department, vendor);
        deadStockDays = value(parameters, Parameter.DEAD_STOCK_DAYS, category, department, vendor);
        deadStockActionDays = value(parameters, Parameter.DEAD_STOCK_ACTION_DAYS, category, department, vendor);
        deadStockWriteOffDays = value(parameters, Parameter.DEAD_STOCK_WRITE_OFF_DAYS, category, department, vendor);
        deadStockMinCapital = value(parameters, Parameter.DEAD_STOCK_MIN_CAPITAL, category, department, vendor);
        seasonalDeadStockDays = value(parameters, Parameter.SEASONAL_DEAD_STOCK_DAYS, category, department, vendor);
        marginFloor = value(parameters, Parameter.MARGIN_FLOOR, category, department, vendor);
        marginCritical = value(parameters, Parameter.MARGIN_CRITICAL, category, department, vendor);
        marginMismatchTolerance = value(parameters, Parameter.MARGIN_MISMATCH_TOLERANCE, category, department, vendor);
        zeroCostRiskRate = value(parameters, Parameter.ZERO_COST_RISK_RATE, category, department, vendor);
        proxyImpactCap = value(parameters, Parameter.PROXY_IMPACT_CAP, category, department, vendor);
        priceDeviationThreshold = value(parameters, Parameter.PRICE_DEVIATION_THRESHOLD, category, department, vendor);
        overstockMonths = value(parameters, Parameter.OVERSTOCK_MONTHS, category, department, vendor);
        overstockTargetMonths = value(parameters, Parameter.OVERSTOCK_TARGET_MONTHS, category, department, vendor);
        overstockZeroSalesMinQty =
                value(parameters, Parameter.OVERSTOCK_ZERO_SALES_MIN_QTY, category, department, vendor);
        leadTimeDays = value(parameters, Parameter.LEAD_TIME_DAYS, category, department, vendor);
        safetyDays = value(parameters, Parameter.SAFETY_DAYS, category, department, vendor);
        lowStockMinUnits30d = value(parameters, Parameter.LOW_STOCK_MIN_UNITS_30D, category, department, vendor);
        shrinkageMinUnits = value(parameters, Parameter.SHRINKAGE_MIN_UNITS, category, department, vendor);
        shrinkageMinRate = value(parameters, Parameter.SHRINKAGE_MIN_RATE, category, department, vendor);
        countIntervalDays = value(parameters, Parameter.COUNT_INTERVAL_DAYS, category, department, vendor);
        shrinkPatternMinValue = value(parameters, Parameter.SHRINK_PATTERN_MIN_VALUE, category, department, vendor);
        shrinkPatternMaxMargin = value(parameters, Parameter.SHRINK_PATTERN_MAX_MARGIN, category, department, vendor);
        shrinkPatternMaxSales30d =
                value(parameters, Parameter.SHRINK_PATTERN_MAX_SALES_30D, category, department, vendor);
        shrinkPatternRate = value(parameters, Parameter.SHRINK_PATTERN_RATE, category, department, vendor);
        vendorFillRateTarget = value(parameters, Parameter.VENDOR_FILL_RATE_TARGET, category, department, vendor);
        damagedOrderRiskShare = value(parameters, Parameter.DAMAGED_ORDER_RISK_SHARE, category, department, vendor);
        highCostThreshold = value(parameters, Parameter.HIGH_COST_THRESHOLD, category, department, vendor);
        volumeDiscountRate = value(parameters, Parameter.VOLUME_DISCOUNT_RATE, category, department, vendor);
        patronageQtyThreshold = value(parameters, Parameter.PATRONAGE_QTY_THRESHOLD, category, department, vendor);
        seasonalWindowDays = value(parameters, Parameter.SEASONAL_WINDOW_DAYS, category, department, vendor);
        severityEscalationImpact =
                value(parameters, Parameter.SEVERITY_ESCALATION_IMPACT, category, department, vendor);
    }

    private static double value(
            Parameters parameters, Parameter parameter, String category, String department, String vendor) {
        return parameters.hasItemOverrides()
                ? parameters.get(parameter, category, department, vendor)
                : parameters.get(parameter);
    }
}

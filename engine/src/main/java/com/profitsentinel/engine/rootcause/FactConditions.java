package com.profitsentinel.engine.rootcause;

import com.profitsentinel.engine.finding.Fact;
import com.profitsentinel.engine.rule.Parameter;
import com.profitsentinel.engine.rule.Parameters;
import java.math.BigDecimal;

/**
 * The condition that makes each fact true (engine.md §9.1), as the text shown in evidence and proof trees
 * ({@code sales_30d < 0.005}). Thresholds come from the parameters in force; ε is 0.005 (§0).
 */
public final class FactConditions {
    private static final String EPSILON = "0.005";

    private FactConditions() {}

    /** The condition of a fact with these parameters' store-level thresholds. */
    public static String condition(Fact fact, Parameters parameters) {
        return switch (fact) {
            case NEGATIVE_QTY -> "qty_on_hand ≤ -" + EPSILON;
            case HIGH_COST -> "unit_cost > " + value(parameters, Parameter.HIGH_COST_THRESHOLD);
            case LOW_MARGIN -> "margin < " + value(parameters, Parameter.MARGIN_FLOOR);
            case ZERO_SALES -> "sales_30d < " + EPSILON;
            case HIGH_QTY -> "qty_on_hand > " + value(parameters, Parameter.PATRONAGE_QTY_THRESHOLD);
            case RECENT_RECEIPT -> "days_since_receipt ≤ 7";
            case OLD_RECEIPT -> "days_since_receipt > " + value(parameters, Parameter.DEAD_STOCK_DAYS);
            case NEGATIVE_RETAIL -> "retail_price ≤ -" + EPSILON + " (before it was cleared)";
            case DAMAGED -> "is_damaged = true";
            case ON_ORDER -> "qty_on_order ≥ " + EPSILON;
            case SEASONAL -> "is_seasonal = true";
            case ZERO_COST -> "unit_cost blank or below " + EPSILON + " while retail_price ≥ " + EPSILON;
            case COST_EXCEEDS_RETAIL -> "unit_cost - retail_price ≥ " + EPSILON;
            case COUNT_SHORTAGE -> "qty_difference ≤ -" + EPSILON;
            case VENDOR_SHORT_SHIPPED ->
                "a PO line of the last "
                        + value(parameters, Parameter.PURCHASE_LOOKBACK_DAYS)
                        + " days was filled short";
            case COST_INCREASE ->
                "PO cost paid > unit_cost × (1 + "
                        + value(parameters, Parameter.PURCHASE_OVERPAY_PCT)
                        + "), or unit_cost rose by more than "
                        + value(parameters, Parameter.TREND_CHANGE_TOLERANCE)
                        + " since the previous snapshot";
            case BELOW_SUGGESTED_RETAIL ->
                "(suggested_retail - retail_price) / suggested_retail > "
                        + value(parameters, Parameter.PRICE_DEVIATION_THRESHOLD);
            case UNRECORDED_RECEIPT ->
                "a PO line shipped "
                        + value(parameters, Parameter.RECEIVING_GRACE_DAYS)
                        + " to "
                        + value(parameters, Parameter.RECEIVING_LOOKBACK_DAYS)
                        + " days ago has no receipt recorded";
        };
    }

    private static String value(Parameters parameters, Parameter parameter) {
        return BigDecimal.valueOf(parameters.get(parameter))
                .stripTrailingZeros()
                .toPlainString();
    }
}

package com.profitsentinel.engine.analysis;

import com.profitsentinel.engine.finding.Evidence;
import com.profitsentinel.engine.finding.Fact;
import com.profitsentinel.engine.rule.Parameter;
import com.profitsentinel.engine.rule.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The facts of root-cause scoring that are true for an item (engine.md §9.1), each with the observed value and the
 * condition, in table order. Thresholds are the item's (category and vendor overrides applied).
 */
public final class Facts {
    private static final double EPSILON = Item.EPSILON;

    private Facts() {}

    /**
     * The true facts of an item.
     *
     * @param item the item
     * @param parameters the thresholds
     * @param checks the item's purchase-order tests
     * @param previousCost the item's unit cost in the previous snapshot, if known
     */
    public static List<Evidence> evaluate(
            Item item, Parameters parameters, PurchaseChecks checks, OptionalDouble previousCost) {
        List<Evidence> facts = new ArrayList<>(4);
        double q = item.q();
        double c = item.c();
        double r = item.r();
        double m = item.m();
        if (q <= -EPSILON) {
            facts.add(new Evidence(Fact.NEGATIVE_QTY, "qty_on_hand = " + number(q), "qty_on_hand ≤ -0.005"));
        }
        double highCost = parameters.get(Parameter.HIGH_COST_THRESHOLD);
        if (c > highCost) {
            facts.add(new Evidence(Fact.HIGH_COST, "unit_cost = " + number(c), "unit_cost > " + number(highCost)));
        }
        double floor = item(parameters, Parameter.MARGIN_FLOOR, item);
        if (!Double.isNaN(m) && m < floor) {
            facts.add(new Evidence(Fact.LOW_MARGIN, "margin = " + number(m), "margin < " + number(floor)));
        }
        if (item.velocityKnown() && item.s30() < EPSILON) {
            facts.add(new Evidence(Fact.ZERO_SALES, "sales_30d = " + number(item.s30()), "sales_30d < 0.005"));
        }
        double highQty = item(parameters, Parameter.PATRONAGE_QTY_THRESHOLD, item);
        if (q > highQty) {
            facts.add(new Evidence(Fact.HIGH_QTY, "qty_on_hand = " + number(q), "qty_on_hand > " + number(highQty)));
        }
        int receipt = item.daysSinceReceipt();
        if (Item.known(receipt) && receipt <= 7) {
            facts.add(new Evidence(Fact.RECENT_RECEIPT, "days_since_receipt = " + receipt, "days_since_receipt ≤ 7"));
        }
        double deadDays = item(parameters, Parameter.DEAD_STOCK_DAYS, item);
        if (Item.known(receipt) && receipt > deadDays) {
            facts.add(new Evidence(
                    Fact.OLD_RECEIPT, "days_since_receipt = " + receipt, "days_since_receipt > " + number(deadDays)));
        }
        if (item.negativeRetail()) {
            facts.add(new Evidence(Fact.NEGATIVE_RETAIL, "retail_price < 0", "retail_price ≤ -0.005"));
        }
        if (item.record().damaged()) {
            facts.add(new Evidence(Fact.DAMAGED, "is_damaged = true", "is_damaged"));
        }
        if (item.o() >= EPSILON) {
            facts.add(new Evidence(Fact.ON_ORDER, "qty_on_order = " + number(item.o()), "qty_on_order ≥ 0.005"));
        }
        if (item.record().seasonal()) {
            facts.add(new Evidence(
                    Fact.SEASONAL,
                    "is_seasonal = true ("
                            + item.record().seasonalSource().name().toLowerCase(Locale.ROOT) + ")",
                    "is_seasonal"));
        }
        boolean zeroCost = item.costColumn() && (item.costBlank() || Math.abs(c) < EPSILON) && r >= EPSILON;
        if (zeroCost) {
            facts.add(new Evidence(
                    Fact.ZERO_COST,
                    item.costBlank() ? "unit_cost blank" : "unit_cost = " + number(c),
                    "cost blank or below 0.005 with retail ≥ 0.005"));
        }
        if (c >= EPSILON && r >= EPSILON && c - r >= EPSILON) {
            facts.add(new Evidence(
                    Fact.COST_EXCEEDS_RETAIL,
                    "unit_cost = " + number(c) + ", retail_price = " + number(r),
                    "unit_cost − retail_price ≥ 0.005"));
        }
        double difference = item.record().quantityDifference();
        if (difference <= -EPSILON) {
            facts.add(new Evidence(
                    Fact.COUNT_SHORTAGE, "qty_difference = " + number(difference), "qty_difference ≤ -0.005"));
        }
        if (checks.shortShip().isPresent() && checks.shortShip().get().shortUnits() >= EPSILON) {
            facts.add(new Evidence(
                    Fact.VENDOR_SHORT_SHIPPED,
                    "short = " + number(checks.shortShip().get().shortUnits()),
                    "a recent delivered PO line was short-shipped"));
        }
        double tolerance = parameters.get(Parameter.TREND_CHANGE_TOLERANCE);
        boolean costRose = previousCost.isPresent()
                && previousCost.getAsDouble() > 0
                && c > previousCost.getAsDouble() * (1 + tolerance);
        if (checks.overpay().isPresent() || costRose) {
            facts.add(new Evidence(
                    Fact.COST_INCREASE,
                    checks.overpay().isPresent()
                            ? "paid = " + number(checks.overpay().get().paid()) + ", reference = "
                                    + number(checks.overpay().get().reference())
                            : "unit_cost = " + number(c) + ", before = " + number(previousCost.getAsDouble()),
                    "PO cost above recorded cost, or cost up more than " + number(tolerance * 100) + "%"));
        }
        double deviation = item(parameters, Parameter.PRICE_DEVIATION_THRESHOLD, item);
        double sug = item.sug();
        if (sug >= EPSILON && !Double.isNaN(r) && (sug - r) / sug > deviation) {
            facts.add(new Evidence(
                    Fact.BELOW_SUGGESTED_RETAIL,
                    "retail_price = " + number(r) + ", suggested_retail = " + number(sug),
                    "(suggested − retail) / suggested > " + number(deviation)));
        }
        if (checks.receivingGap().isPresent()) {
            facts.add(new Evidence(
                    Fact.UNRECORDED_RECEIPT,
                    "shipped = " + number(checks.receivingGap().get().units()),
                    "shipped on a PO with no receipt recorded since"));
        }
        return facts;
    }

    /** A threshold for an item: category and vendor overrides applied. */
    public static double item(Parameters parameters, Parameter parameter, Item item) {
        if (!parameters.hasItemOverrides()) {
            return parameters.get(parameter);
        }
        return parameters.get(
                parameter,
                item.record().category(),
                item.record().department(),
                item.record().vendor());
    }

    /** A number for explanations: up to 6 decimals, no trailing zeros. */
    public static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        String text = String.format(Locale.ROOT, "%.6f", value);
        int end = text.length();
        while (text.charAt(end - 1) == '0') {
            end--;
        }
        return text.substring(0, end);
    }
}

package com.profitsentinel.engine.analysis;

import com.profitsentinel.engine.finding.Evidence;
import com.profitsentinel.engine.finding.Fact;
import com.profitsentinel.engine.finding.Formats;
import com.profitsentinel.engine.rule.Parameter;
import com.profitsentinel.engine.rule.Parameters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The facts of root-cause scoring that are true for an item (engine.md §9.1), and for explanations each with the
 * observed value and the condition, in table order. Thresholds are the item's (category and vendor overrides applied).
 * The conditions are decided once, in {@link #trueFacts}; {@link #evaluate} only adds the words.
 */
public final class Facts {
    private static final double EPSILON = Item.EPSILON;

    private Facts() {}

    /**
     * The facts true for an item, without their text (what scoring needs).
     *
     * @param item the item
     * @param parameters the thresholds
     * @param checks the item's purchase-order tests
     * @param previousCost the item's unit cost in the previous snapshot, if known
     */
    public static EnumSet<Fact> trueFacts(
            Item item, Parameters parameters, PurchaseChecks checks, OptionalDouble previousCost) {
        EnumSet<Fact> facts = EnumSet.noneOf(Fact.class);
        double q = item.q();
        double c = item.c();
        double r = item.r();
        double m = item.m();
        if (q <= -EPSILON) {
            facts.add(Fact.NEGATIVE_QTY);
        }
        if (c > parameters.get(Parameter.HIGH_COST_THRESHOLD)) {
            facts.add(Fact.HIGH_COST);
        }
        if (!Double.isNaN(m) && m < item(parameters, Parameter.MARGIN_FLOOR, item)) {
            facts.add(Fact.LOW_MARGIN);
        }
        if (item.velocityKnown() && item.s30() < EPSILON) {
            facts.add(Fact.ZERO_SALES);
        }
        if (q > item(parameters, Parameter.PATRONAGE_QTY_THRESHOLD, item)) {
            facts.add(Fact.HIGH_QTY);
        }
        int receipt = item.daysSinceReceipt();
        if (Item.known(receipt) && receipt <= 7) {
            facts.add(Fact.RECENT_RECEIPT);
        }
        if (Item.known(receipt) && receipt > item(parameters, Parameter.DEAD_STOCK_DAYS, item)) {
            facts.add(Fact.OLD_RECEIPT);
        }
        if (item.negativeRetail()) {
            facts.add(Fact.NEGATIVE_RETAIL);
        }
        if (item.record().damaged()) {
            facts.add(Fact.DAMAGED);
        }
        if (item.o() >= EPSILON) {
            facts.add(Fact.ON_ORDER);
        }
        if (item.record().seasonal()) {
            facts.add(Fact.SEASONAL);
        }
        if (item.costColumn() && (item.costBlank() || Math.abs(c) < EPSILON) && r >= EPSILON) {
            facts.add(Fact.ZERO_COST);
        }
        if (c >= EPSILON && r >= EPSILON && c - r >= EPSILON) {
            facts.add(Fact.COST_EXCEEDS_RETAIL);
        }
        if (item.record().quantityDifference() <= -EPSILON) {
            facts.add(Fact.COUNT_SHORTAGE);
        }
        if (checks.shortShip().isPresent() && checks.shortShip().get().shortUnits() >= EPSILON) {
            facts.add(Fact.VENDOR_SHORT_SHIPPED);
        }
        if (checks.overpay().isPresent() || costRose(item, parameters, previousCost)) {
            facts.add(Fact.COST_INCREASE);
        }
        double sug = item.sug();
        if (sug >= EPSILON
                && !Double.isNaN(r)
                && (sug - r) / sug > item(parameters, Parameter.PRICE_DEVIATION_THRESHOLD, item)) {
            facts.add(Fact.BELOW_SUGGESTED_RETAIL);
        }
        if (checks.receivingGap().isPresent()) {
            facts.add(Fact.UNRECORDED_RECEIPT);
        }
        return facts;
    }

    private static boolean costRose(Item item, Parameters parameters, OptionalDouble previousCost) {
        return previousCost.isPresent()
                && previousCost.getAsDouble() > 0
                && item.c() > previousCost.getAsDouble() * (1 + parameters.get(Parameter.TREND_CHANGE_TOLERANCE));
    }

    /**
     * The true facts of an item with the observed value and the condition of each, in §9.1 order.
     *
     * @param item the item
     * @param parameters the thresholds
     * @param checks the item's purchase-order tests
     * @param previousCost the item's unit cost in the previous snapshot, if known
     */
    public static List<Evidence> evaluate(
            Item item, Parameters parameters, PurchaseChecks checks, OptionalDouble previousCost) {
        return evidence(trueFacts(item, parameters, checks, previousCost), item, parameters, checks, previousCost);
    }

    /**
     * The observed value and condition of facts already found true by {@link #trueFacts} (the same arguments), in §9.1
     * order.
     */
    public static List<Evidence> evidence(
            EnumSet<Fact> facts, Item item, Parameters parameters, PurchaseChecks checks, OptionalDouble previousCost) {
        List<Evidence> evidence = new ArrayList<>(facts.size());
        for (Fact fact : facts) {
            evidence.add(evidence(fact, item, parameters, checks, previousCost));
        }
        return evidence;
    }

    /** The words of one true fact. */
    private static Evidence evidence(
            Fact fact, Item item, Parameters parameters, PurchaseChecks checks, OptionalDouble previousCost) {
        double q = item.q();
        double c = item.c();
        double r = item.r();
        return switch (fact) {
            case NEGATIVE_QTY -> new Evidence(fact, "qty_on_hand = " + number(q), "qty_on_hand ≤ -0.005");
            case HIGH_COST ->
                new Evidence(
                        fact,
                        "unit_cost = " + number(c),
                        "unit_cost > " + number(parameters.get(Parameter.HIGH_COST_THRESHOLD)));
            case LOW_MARGIN ->
                new Evidence(
                        fact,
                        "margin = " + number(item.m()),
                        "margin < " + number(item(parameters, Parameter.MARGIN_FLOOR, item)));
            case ZERO_SALES -> new Evidence(fact, "sales_30d = " + number(item.s30()), "sales_30d < 0.005");
            case HIGH_QTY ->
                new Evidence(
                        fact,
                        "qty_on_hand = " + number(q),
                        "qty_on_hand > " + number(item(parameters, Parameter.PATRONAGE_QTY_THRESHOLD, item)));
            case RECENT_RECEIPT ->
                new Evidence(fact, "days_since_receipt = " + item.daysSinceReceipt(), "days_since_receipt ≤ 7");
            case OLD_RECEIPT ->
                new Evidence(
                        fact,
                        "days_since_receipt = " + item.daysSinceReceipt(),
                        "days_since_receipt > " + number(item(parameters, Parameter.DEAD_STOCK_DAYS, item)));
            case NEGATIVE_RETAIL -> new Evidence(fact, "retail_price < 0", "retail_price ≤ -0.005");
            case DAMAGED -> new Evidence(fact, "is_damaged = true", "is_damaged");
            case ON_ORDER -> new Evidence(fact, "qty_on_order = " + number(item.o()), "qty_on_order ≥ 0.005");
            case SEASONAL ->
                new Evidence(
                        fact,
                        "is_seasonal = true ("
                                + item.record().seasonalSource().name().toLowerCase(Locale.ROOT) + ")",
                        "is_seasonal");
            case ZERO_COST ->
                new Evidence(
                        fact,
                        item.costBlank() ? "unit_cost blank" : "unit_cost = " + number(c),
                        "cost blank or below 0.005 with retail ≥ 0.005");
            case COST_EXCEEDS_RETAIL ->
                new Evidence(
                        fact,
                        "unit_cost = " + number(c) + ", retail_price = " + number(r),
                        "unit_cost − retail_price ≥ 0.005");
            case COUNT_SHORTAGE ->
                new Evidence(
                        fact,
                        "qty_difference = " + number(item.record().quantityDifference()),
                        "qty_difference ≤ -0.005");
            case VENDOR_SHORT_SHIPPED ->
                new Evidence(
                        fact,
                        "short = "
                                + number(checks.shortShip()
                                        .map(PurchaseChecks.ShortShip::shortUnits)
                                        .orElse(0.0)),
                        "a recent delivered PO line was short-shipped");
            case COST_INCREASE ->
                new Evidence(
                        fact,
                        checks.overpay().isPresent()
                                ? "paid = " + number(checks.overpay().get().paid()) + ", reference = "
                                        + number(checks.overpay().get().reference())
                                : "unit_cost = " + number(c) + ", before = " + number(previousCost.orElse(Double.NaN)),
                        "PO cost above recorded cost, or cost up more than "
                                + number(parameters.get(Parameter.TREND_CHANGE_TOLERANCE) * 100) + "%");
            case BELOW_SUGGESTED_RETAIL ->
                new Evidence(
                        fact,
                        "retail_price = " + number(r) + ", suggested_retail = " + number(item.sug()),
                        "(suggested − retail) / suggested > "
                                + number(item(parameters, Parameter.PRICE_DEVIATION_THRESHOLD, item)));
            case UNRECORDED_RECEIPT ->
                new Evidence(
                        fact,
                        "shipped = "
                                + number(checks.receivingGap()
                                        .map(PurchaseChecks.ReceivingGap::units)
                                        .orElse(0.0)),
                        "shipped on a PO with no receipt recorded since");
        };
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
        return Formats.decimal(value);
    }
}

package com.profitsentinel.engine.rootcause;

import static com.profitsentinel.engine.finding.Fact.BELOW_SUGGESTED_RETAIL;
import static com.profitsentinel.engine.finding.Fact.COST_EXCEEDS_RETAIL;
import static com.profitsentinel.engine.finding.Fact.COST_INCREASE;
import static com.profitsentinel.engine.finding.Fact.COUNT_SHORTAGE;
import static com.profitsentinel.engine.finding.Fact.DAMAGED;
import static com.profitsentinel.engine.finding.Fact.HIGH_COST;
import static com.profitsentinel.engine.finding.Fact.HIGH_QTY;
import static com.profitsentinel.engine.finding.Fact.LOW_MARGIN;
import static com.profitsentinel.engine.finding.Fact.NEGATIVE_QTY;
import static com.profitsentinel.engine.finding.Fact.NEGATIVE_RETAIL;
import static com.profitsentinel.engine.finding.Fact.OLD_RECEIPT;
import static com.profitsentinel.engine.finding.Fact.ON_ORDER;
import static com.profitsentinel.engine.finding.Fact.RECENT_RECEIPT;
import static com.profitsentinel.engine.finding.Fact.SEASONAL;
import static com.profitsentinel.engine.finding.Fact.UNRECORDED_RECEIPT;
import static com.profitsentinel.engine.finding.Fact.VENDOR_SHORT_SHIPPED;
import static com.profitsentinel.engine.finding.Fact.ZERO_COST;
import static com.profitsentinel.engine.finding.Fact.ZERO_SALES;
import static com.profitsentinel.engine.rootcause.Cause.DEMAND_SHIFT;
import static com.profitsentinel.engine.rootcause.Cause.INVENTORY_DRIFT;
import static com.profitsentinel.engine.rootcause.Cause.MARGIN_LEAK;
import static com.profitsentinel.engine.rootcause.Cause.PRICING_ERROR;
import static com.profitsentinel.engine.rootcause.Cause.QUALITY_ISSUE;
import static com.profitsentinel.engine.rootcause.Cause.REBATE_TIMING;
import static com.profitsentinel.engine.rootcause.Cause.THEFT;
import static com.profitsentinel.engine.rootcause.Cause.VENDOR_INCREASE;

import com.profitsentinel.engine.finding.Fact;
import com.profitsentinel.engine.finding.LeakType;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The evidence table of root-cause scoring (engine.md §9.2) and the facts each leak type may use (§9.3).
 *
 * <p>The table is data: one line per non-zero weight, in the table's row order (facts in §9.1 order, causes in
 * tie-break order), each with the one-line rationale shown in explanations. A cell without a line weighs 0. Rows
 * {@code negative_qty} to {@code cost_exceeds_retail} are the reference implementation's 31 rules unchanged; the last
 * five rows are new.
 */
public final class EvidenceRules {
    private static final List<EvidenceRule> RULES = List.of(
            rule(NEGATIVE_QTY, THEFT, 0.9, "negative on-hand with no explanation is the classic sign of theft"),
            rule(NEGATIVE_QTY, INVENTORY_DRIFT, 0.7, "selling more than the books hold often means the count drifted"),
            rule(HIGH_COST, THEFT, 0.5, "expensive items are the ones most often stolen"),
            rule(HIGH_COST, VENDOR_INCREASE, 0.6, "a high unit cost often reflects a vendor price increase"),
            rule(LOW_MARGIN, THEFT, 0.5, "a thin book margin can hide units that leave without being sold"),
            rule(LOW_MARGIN, VENDOR_INCREASE, 0.8, "margin shrinks first when cost rises and retail does not follow"),
            rule(LOW_MARGIN, REBATE_TIMING, 0.5, "cost booked before the rebate arrives makes the margin look low"),
            rule(LOW_MARGIN, MARGIN_LEAK, 1.0, "a margin below the floor is margin leaking away"),
            rule(ZERO_SALES, THEFT, 0.6, "stock on the books that never sells may already be gone"),
            rule(ZERO_SALES, DEMAND_SHIFT, 0.9, "no sales in 30 days means demand has moved away"),
            rule(HIGH_QTY, REBATE_TIMING, 0.4, "large buys are often timed to reach a rebate tier"),
            rule(HIGH_QTY, DEMAND_SHIFT, 0.5, "a large quantity on hand suggests demand fell below the buying plan"),
            rule(HIGH_QTY, QUALITY_ISSUE, 0.3, "stock that piles up can mean customers reject the product"),
            rule(HIGH_QTY, INVENTORY_DRIFT, 0.3, "large quantities are harder to count and drift more"),
            rule(RECENT_RECEIPT, THEFT, -0.3, "recent receipt makes a receiving error more likely than theft"),
            rule(RECENT_RECEIPT, DEMAND_SHIFT, -0.4, "a recent receipt shows the item is still bought for demand"),
            rule(OLD_RECEIPT, DEMAND_SHIFT, 0.7, "no receipt for a long time means the item stopped moving"),
            rule(OLD_RECEIPT, INVENTORY_DRIFT, 0.6, "old stock has had more time for the book count to drift"),
            rule(NEGATIVE_RETAIL, PRICING_ERROR, 1.0, "a negative retail price is a data-entry or price-file error"),
            rule(DAMAGED, THEFT, -0.4, "damaged stock explains the loss without theft"),
            rule(DAMAGED, QUALITY_ISSUE, 1.0, "damaged stock points to a product or vendor quality problem"),
            rule(DAMAGED, INVENTORY_DRIFT, -0.3, "damage, not a counting error, explains the difference"),
            rule(ON_ORDER, VENDOR_INCREASE, 0.3, "reordering at the current cost carries a vendor increase forward"),
            rule(ON_ORDER, QUALITY_ISSUE, 0.5, "ordering more of an item that arrives damaged repeats the problem"),
            rule(SEASONAL, REBATE_TIMING, 0.7, "seasonal buys are often early-order programs with delayed rebates"),
            rule(SEASONAL, DEMAND_SHIFT, 0.6, "seasonal items lose their demand when the season ends"),
            rule(ZERO_COST, MARGIN_LEAK, 0.4, "a missing cost hides the true margin"),
            rule(ZERO_COST, PRICING_ERROR, 1.0, "a missing cost is an item-file error"),
            rule(COST_EXCEEDS_RETAIL, VENDOR_INCREASE, 0.9, "cost above retail often follows an unpassed increase"),
            rule(COST_EXCEEDS_RETAIL, MARGIN_LEAK, 0.9, "selling below cost is the deepest margin leak"),
            rule(COST_EXCEEDS_RETAIL, PRICING_ERROR, 0.9, "a retail below cost is often a pricing mistake"),
            rule(COUNT_SHORTAGE, THEFT, 0.8, "units missing at a physical count are the direct measure of shrinkage"),
            rule(COUNT_SHORTAGE, INVENTORY_DRIFT, 0.7, "a count variance can also be an accumulated booking error"),
            rule(VENDOR_SHORT_SHIPPED, QUALITY_ISSUE, 0.8, "a vendor that ships short has a fulfilment problem"),
            rule(VENDOR_SHORT_SHIPPED, INVENTORY_DRIFT, 0.3, "short shipments booked as full make the books drift"),
            rule(COST_INCREASE, VENDOR_INCREASE, 1.0, "paying more than the recorded cost is a vendor increase"),
            rule(COST_INCREASE, MARGIN_LEAK, 0.5, "a cost increase not passed on to retail leaks margin"),
            rule(BELOW_SUGGESTED_RETAIL, MARGIN_LEAK, 0.6, "a retail below suggested retail gives margin away"),
            rule(BELOW_SUGGESTED_RETAIL, PRICING_ERROR, 0.8, "a retail far below suggested is often an entry error"),
            rule(UNRECORDED_RECEIPT, THEFT, -0.5, "goods shipped but not received explain the gap without theft"),
            rule(
                    UNRECORDED_RECEIPT,
                    INVENTORY_DRIFT,
                    1.0,
                    "a receipt never posted makes the books drift from the shelf"));

    private static final Map<Fact, Map<Cause, EvidenceRule>> BY_FACT = RULES.stream()
            .collect(Collectors.groupingBy(
                    EvidenceRule::fact,
                    () -> new EnumMap<>(Fact.class),
                    Collectors.toMap(
                            EvidenceRule::cause,
                            Function.identity(),
                            (first, second) -> {
                                throw new IllegalStateException("two rules for " + first.fact() + "/" + first.cause());
                            },
                            () -> new EnumMap<>(Cause.class))));

    private static final Set<Fact> ALL_FACTS = Collections.unmodifiableSet(EnumSet.allOf(Fact.class));

    private EvidenceRules() {}

    private static EvidenceRule rule(Fact fact, Cause cause, double weight, String rationale) {
        return new EvidenceRule(fact, cause, weight, rationale);
    }

    /** Every non-zero rule in table order. */
    public static List<EvidenceRule> all() {
        return RULES;
    }

    /** The weight W[fact][cause]; 0 for a blank cell. */
    public static double weight(Fact fact, Cause cause) {
        return rule(fact, cause).map(EvidenceRule::weight).orElse(0.0);
    }

    /** The rule of a cell, empty for a blank cell. */
    public static Optional<EvidenceRule> rule(Fact fact, Cause cause) {
        Map<Cause, EvidenceRule> row = BY_FACT.getOrDefault(fact, Map.of());
        return Optional.ofNullable(row.get(cause));
    }

    /** The facts a leak type's root cause may use (§9.3), in §9.1 order. */
    public static Set<Fact> usedBy(LeakType type) {
        EnumSet<Fact> facts =
                switch (type) {
                    case NEGATIVE_INVENTORY ->
                        EnumSet.of(
                                NEGATIVE_QTY,
                                ZERO_SALES,
                                HIGH_COST,
                                RECENT_RECEIPT,
                                OLD_RECEIPT,
                                DAMAGED,
                                ON_ORDER,
                                COUNT_SHORTAGE,
                                UNRECORDED_RECEIPT);
                    case DEAD_STOCK ->
                        EnumSet.of(ZERO_SALES, OLD_RECEIPT, RECENT_RECEIPT, HIGH_QTY, SEASONAL, ON_ORDER, DAMAGED);
                    case MARGIN_EROSION, BELOW_COST ->
                        EnumSet.of(
                                LOW_MARGIN,
                                HIGH_COST,
                                COST_EXCEEDS_RETAIL,
                                COST_INCREASE,
                                BELOW_SUGGESTED_RETAIL,
                                SEASONAL,
                                ON_ORDER);
                    case ZERO_COST -> EnumSet.of(ZERO_COST, NEGATIVE_RETAIL, RECENT_RECEIPT, ON_ORDER);
                    case PRICE_DISCREPANCY ->
                        EnumSet.of(BELOW_SUGGESTED_RETAIL, LOW_MARGIN, COST_EXCEEDS_RETAIL, ZERO_COST, COST_INCREASE);
                    case OVERSTOCK -> EnumSet.of(HIGH_QTY, ZERO_SALES, OLD_RECEIPT, RECENT_RECEIPT, ON_ORDER, DAMAGED);
                    case LOW_STOCK -> EnumSet.of(ON_ORDER, VENDOR_SHORT_SHIPPED, OLD_RECEIPT, SEASONAL);
                    case SHRINKAGE ->
                        EnumSet.of(
                                COUNT_SHORTAGE,
                                NEGATIVE_QTY,
                                HIGH_COST,
                                LOW_MARGIN,
                                ZERO_SALES,
                                DAMAGED,
                                RECENT_RECEIPT,
                                OLD_RECEIPT);
                    case RECEIVING_GAP -> EnumSet.of(UNRECORDED_RECEIPT, NEGATIVE_QTY, ON_ORDER, RECENT_RECEIPT);
                    case VENDOR_SHORT_SHIP ->
                        EnumSet.of(DAMAGED, ON_ORDER, VENDOR_SHORT_SHIPPED, HIGH_QTY, COST_INCREASE);
                    case PURCHASING_LEAKAGE ->
                        EnumSet.of(HIGH_COST, LOW_MARGIN, COST_INCREASE, COST_EXCEEDS_RETAIL, ON_ORDER);
                    case PATRONAGE_MISS -> EnumSet.of(HIGH_QTY, SEASONAL, ZERO_SALES, OLD_RECEIPT, ON_ORDER);
                    case DATA_QUALITY -> EnumSet.of(ZERO_COST, NEGATIVE_RETAIL, COST_EXCEEDS_RETAIL, NEGATIVE_QTY);
                };
        return Collections.unmodifiableSet(facts);
    }

    /** All 18 facts, for the {@code legacy} engine's cause diagnosis, which has no leak-type masks (§9.3, §5.9). */
    public static Set<Fact> allFacts() {
        return ALL_FACTS;
    }
}

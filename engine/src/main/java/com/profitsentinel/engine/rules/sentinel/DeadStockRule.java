package com.profitsentinel.engine.rules.sentinel;

import static com.profitsentinel.engine.analysis.Item.EPSILON;

import com.profitsentinel.engine.analysis.Item;
import com.profitsentinel.engine.analysis.PurchaseChecks;
import com.profitsentinel.engine.finding.LeakType;
import com.profitsentinel.engine.finding.Severity;
import com.profitsentinel.engine.finding.Trend;
import com.profitsentinel.engine.record.VelocityBasis;
import com.profitsentinel.engine.rule.Parameter;
import com.profitsentinel.engine.rule.RuleDescriptor;
import java.util.List;

/**
 * DEAD_STOCK (engine.md §6.4.2): stock that has not sold for longer than the dead-stock days, measured from the last
 * sale (else the last receipt of an item with no recent sales, else the units-sold period).
 */
final class DeadStockRule implements SentinelRule {
    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(
            "dead-stock",
            LeakType.DEAD_STOCK,
            "No sale for longer than the dead-stock days: capital tied up and a year of carrying cost.",
            List.of(
                    Parameter.DEAD_STOCK_DAYS,
                    Parameter.DEAD_STOCK_ACTION_DAYS,
                    Parameter.DEAD_STOCK_WRITE_OFF_DAYS,
                    Parameter.DEAD_STOCK_MIN_CAPITAL,
                    Parameter.SEASONAL_DEAD_STOCK_DAYS,
                    Parameter.NEW_ITEM_GRACE_DAYS,
                    Parameter.CARRYING_COST_MONTHLY),
            "docs/rules/sentinel/dead-stock.md");

    /** Marks an item DEAD_STOCK could not judge (no dates and no units-sold period) for the summary counter. */
    static final String NOT_EVALUABLE = "not_evaluable";

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void evaluate(Item item, Thresholds thresholds, PurchaseChecks checks, List<Draft> out) {
        double q = item.q();
        double c = item.c();
        if (!(q >= EPSILON) || !(c >= EPSILON) || q * c < thresholds.deadStockMinCapital) {
            return;
        }
        if (Item.known(item.age()) && item.age() < thresholds.newItemGraceDays) {
            return;
        }
        int days;
        String subtype;
        double confidence;
        int periodDays = item.record().unitsSoldPeriodDays();
        boolean periodKnown = periodDays > 0
                && (item.record().velocityBasis() == VelocityBasis.PERIOD_30
                        || item.record().velocityBasis() == VelocityBasis.DERIVED);
        if (Item.known(item.daysSinceSale())) {
            days = item.daysSinceSale();
            subtype = "last_sale";
            confidence = 0.90;
        } else if (Item.known(item.daysSinceReceipt()) && item.velocityKnown() && item.s30() < EPSILON) {
            days = item.daysSinceReceipt();
            subtype = "receipt_fallback";
            confidence = 0.75;
        } else if (!Item.known(item.daysSinceReceipt())
                && periodKnown
                && item.record().unitsSoldRaw() < EPSILON) {
            days = periodDays;
            subtype = "no_sales_in_period";
            confidence = 0.60;
        } else {
            out.add(Draft.of(LeakType.DEAD_STOCK, NOT_EVALUABLE, 0, 0, 0, Trend.STABLE, Text.details(), ""));
            return;
        }
        if (item.record().seasonal() && !(days > thresholds.seasonalDeadStockDays)) {
            return;
        }
        if (!(days > thresholds.deadStockDays)) {
            return;
        }
        String tier = days >= thresholds.deadStockWriteOffDays
                ? "WRITE_OFF"
                : days >= thresholds.deadStockActionDays ? "ACTION" : "DEAD";
        double capital = q * c;
        double impact = capital * thresholds.carryingCostMonthly * 12;
        Trend trend = days >= thresholds.deadStockActionDays ? Trend.WORSENING : Trend.STABLE;
        Severity severity = tier.equals("WRITE_OFF") ? Severity.HIGH : Severity.MEDIUM;
        String tail = Text.number(q, 0) + " units (" + Text.money(capital) + ") tied up";
        String context =
                switch (subtype) {
                    case "last_sale" ->
                        "No sale in " + Text.number(days, 0) + " days; " + tail + ", costing about "
                                + Text.money(impact) + " a year to carry.";
                    case "receipt_fallback" ->
                        "No sales in the last 30 days and last received "
                                + Text.number(days, 0) + " days ago; " + tail + ", costing about " + Text.money(impact)
                                + " a year to carry.";
                    default -> "No units sold in the last " + Text.number(days, 0) + " days; " + tail + ".";
                };
        out.add(new Draft(
                LeakType.DEAD_STOCK,
                subtype,
                impact,
                capital,
                confidence,
                severity,
                trend,
                Text.details("days", (double) days, "tier", tier, "capital", capital),
                context));
    }

    @Override
    public String groupContext(GroupTotals totals) {
        return totals.count() + " SKU" + totals.plural() + " with no sales for "
                + Text.number(totals.average("days"), 0) + "+ days; " + Text.money(totals.capital())
                + " of capital tied up.";
    }

    @Override
    public List<String> recommendations() {
        return List.of(
                "Mark down in steps (for example 30 %, then 50 %)",
                "Ask the vendor or co-op about a return or credit",
                "Transfer to a store that sells it",
                "Remove it from automatic reordering");
    }
}

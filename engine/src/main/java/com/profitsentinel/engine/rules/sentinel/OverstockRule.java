package com.profitsentinel.engine.rules.sentinel;

import static com.profitsentinel.engine.analysis.Item.EPSILON;

import com.profitsentinel.engine.analysis.Item;
import com.profitsentinel.engine.analysis.PurchaseChecks;
import com.profitsentinel.engine.finding.LeakType;
import com.profitsentinel.engine.finding.Trend;
import com.profitsentinel.engine.record.VelocityBasis;
import com.profitsentinel.engine.rule.Parameter;
import com.profitsentinel.engine.rule.RuleDescriptor;
import java.util.List;

/** OVERSTOCK (engine.md §6.4.7): more months of supply than the store wants, or a pile of stock that does not sell. */
final class OverstockRule implements SentinelRule {
    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(
            "overstock",
            LeakType.OVERSTOCK,
            "Months of supply above the limit: a year of carrying cost on the units above the target level.",
            List.of(
                    Parameter.OVERSTOCK_MONTHS,
                    Parameter.OVERSTOCK_TARGET_MONTHS,
                    Parameter.OVERSTOCK_ZERO_SALES_MIN_QTY,
                    Parameter.NEW_ITEM_GRACE_DAYS,
                    Parameter.CARRYING_COST_MONTHLY),
            "docs/rules/sentinel/overstock.md");

    /** Months a zero-sales SKU counts as in the group average (§6.4.7). */
    private static final double ZERO_SALES_MONTHS = 24;

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void evaluate(Item item, Thresholds thresholds, PurchaseChecks checks, List<Draft> out) {
        double q = item.q();
        double c = item.c();
        if (!(q >= EPSILON) || !(c >= EPSILON) || !item.velocityKnown()) {
            return;
        }
        if (item.record().seasonal() || item.record().damaged()) {
            return;
        }
        if (Item.known(item.age()) && item.age() < thresholds.newItemGraceDays) {
            return;
        }
        double s30 = item.s30();
        boolean strongBasis =
                item.velocityBasis() == VelocityBasis.TRANSACTIONS || item.velocityBasis() == VelocityBasis.PERIOD_30;
        String subtype;
        double excess;
        double months = Double.NaN;
        double confidence;
        if (s30 >= EPSILON && q / s30 > thresholds.overstockMonths) {
            subtype = "months_of_supply";
            months = q / s30;
            excess = q - s30 * thresholds.overstockTargetMonths;
            confidence = strongBasis ? 0.80 : 0.65;
        } else if (s30 < EPSILON && q > thresholds.overstockZeroSalesMinQty) {
            subtype = "zero_sales";
            excess = q;
            confidence = strongBasis ? 0.70 : 0.60;
        } else {
            return;
        }
        double capital = excess * c;
        double impact = capital * thresholds.carryingCostMonthly * 12;
        int receipt = item.daysSinceReceipt();
        Trend trend = s30 < EPSILON && Item.known(receipt) && receipt > 90 ? Trend.WORSENING : Trend.STABLE;
        String context = subtype.equals("zero_sales")
                ? Text.number(q, 0) + " units on hand and none sold in the last 30 days; carrying them costs about "
                        + Text.money(impact) + " a year."
                : Text.number(q, 0) + " units on hand = " + Text.number(months, 0) + " months of supply at "
                        + Text.number(s30, 1) + " sold per 30 days; " + Text.number(excess, 0) + " units ("
                        + Text.money(capital) + ") above a " + Text.number(thresholds.overstockTargetMonths, 0)
                        + "-month level cost about " + Text.money(impact) + " a year to carry.";
        out.add(Draft.of(
                LeakType.OVERSTOCK,
                subtype,
                impact,
                capital,
                confidence,
                trend,
                Text.details(
                        "months_of_supply", months,
                        "target_units", s30 * thresholds.overstockTargetMonths,
                        "excess_units", excess),
                context));
    }

    @Override
    public String groupContext(GroupTotals totals) {
        double months = (totals.sum("months_of_supply") + ZERO_SALES_MONTHS * totals.subtype("zero_sales"))
                / Math.max(1, totals.count());
        return totals.count() + " SKU" + totals.plural() + " with " + Text.number(months, 0)
                + "+ months of supply on hand (" + Text.number(totals.sum("excess_units"), 0) + " excess units, "
                + Text.money(totals.capital()) + "). Reduce orders or arrange transfers.";
    }

    @Override
    public List<String> recommendations() {
        return List.of(
                "Cut or pause reorders and lower the max level",
                "Transfer excess to stores that sell it",
                "Promote or bundle",
                "Ask the vendor about returning excess");
    }
}

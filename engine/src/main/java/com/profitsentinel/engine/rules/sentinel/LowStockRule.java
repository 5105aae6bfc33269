package com.profitsentinel.engine.rules.sentinel;

import static com.profitsentinel.engine.analysis.Item.EPSILON;

import com.profitsentinel.engine.analysis.Item;
import com.profitsentinel.engine.analysis.PurchaseChecks;
import com.profitsentinel.engine.finding.LeakType;
import com.profitsentinel.engine.finding.Severity;
import com.profitsentinel.engine.finding.Trend;
import com.profitsentinel.engine.record.ItemRecord;
import com.profitsentinel.engine.record.ItemStatus;
import com.profitsentinel.engine.record.VelocityBasis;
import com.profitsentinel.engine.rule.Parameter;
import com.profitsentinel.engine.rule.RuleDescriptor;
import java.util.List;

/**
 * LOW_STOCK / STOCKOUT_RISK (engine.md §6.4.8): days of cover shorter than the lead time plus safety days, for items
 * that sell at least the velocity floor.
 */
final class LowStockRule implements SentinelRule {
    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(
            "low-stock",
            LeakType.LOW_STOCK,
            "Days of cover below lead time plus safety days: gross profit on the demand not covered.",
            List.of(
                    Parameter.LOW_STOCK_MIN_UNITS_30D,
                    Parameter.LEAD_TIME_DAYS,
                    Parameter.SAFETY_DAYS,
                    Parameter.TARGET_MARGIN),
            "docs/rules/sentinel/low-stock.md");

    /** The subtype of an item that runs out before an order placed today arrives (severe_inventory_deficit). */
    static final String IMMINENT = "stockout_imminent";

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void evaluate(Item item, Thresholds thresholds, PurchaseChecks checks, List<Draft> out) {
        if (!item.velocityKnown() || !(item.s30() >= thresholds.lowStockMinUnits30d)) {
            return;
        }
        double q = item.q();
        if (!(q > -EPSILON)) {
            return;
        }
        ItemStatus status = item.record().status();
        if (status == ItemStatus.INACTIVE || status == ItemStatus.DISCONTINUED) {
            return;
        }
        double v = item.v();
        double stock = Math.max(q, 0) + item.o();
        double cover = stock / v;
        double lead = thresholds.leadTimeDays;
        double safety = thresholds.safetyDays;
        if (!(cover < lead + safety)) {
            return;
        }
        boolean imminent = cover < lead;
        double uncovered = v * (lead + safety) - stock;
        double impact = uncovered * grossProfit(item, thresholds.targetMargin);
        boolean strongBasis =
                item.velocityBasis() == VelocityBasis.TRANSACTIONS || item.velocityBasis() == VelocityBasis.PERIOD_30;
        String onOrder = item.o() >= EPSILON ? " + " + Text.number(item.o(), 0) + " on order" : "";
        String context = Text.number(Math.max(q, 0), 0) + " on hand" + onOrder + " covers about "
                + Text.number(cover, 1) + " days at " + Text.number(v, 2) + " a day; replenishment takes "
                + Text.number(lead, 0) + " days. About " + Text.number(uncovered, 0) + " units of demand ("
                + Text.money(impact) + " of gross profit) are not covered.";
        double reorderPoint = item.record().reorderPoint();
        out.add(new Draft(
                LeakType.LOW_STOCK,
                imminent ? IMMINENT : "stockout_risk",
                impact,
                0,
                strongBasis ? 0.80 : 0.65,
                imminent ? Severity.CRITICAL : Severity.HIGH,
                imminent ? Trend.WORSENING : Trend.STABLE,
                Text.details(
                        "days_of_cover", cover,
                        "lead_time_days", lead,
                        "safety_days", safety,
                        "uncovered_units", uncovered,
                        "imminent", imminent ? 1.0 : 0.0,
                        "reorder_point", ItemRecord.known(reorderPoint) ? reorderPoint : Double.NaN),
                context));
    }

    /** Unit gross profit {@code gp} (§6.2). */
    static double grossProfit(Item item, double targetMargin) {
        double r = item.r();
        double c = item.c();
        boolean retail = !Double.isNaN(r);
        boolean cost = c >= EPSILON;
        if (retail && cost) {
            return Math.max(r - c, 0);
        }
        if (retail) {
            return r * targetMargin;
        }
        if (cost) {
            return c * targetMargin / (1 - targetMargin);
        }
        return 0;
    }

    @Override
    public String groupContext(GroupTotals totals) {
        return totals.count() + " SKU" + totals.plural() + " will run short before replenishment ("
                + Text.number(totals.sum("imminent"), 0) + " within the lead time).";
    }

    @Override
    public List<String> recommendations() {
        return List.of(
                "Order now",
                "Raise the reorder point to cover lead time plus safety stock",
                "Check the vendor's lead time and fill rate",
                "Look for stock in another store");
    }
}

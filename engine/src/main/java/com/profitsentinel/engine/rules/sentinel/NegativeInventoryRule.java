package com.profitsentinel.engine.rules.sentinel;

import static com.profitsentinel.engine.analysis.Item.EPSILON;

import com.profitsentinel.engine.analysis.Item;
import com.profitsentinel.engine.analysis.PurchaseChecks;
import com.profitsentinel.engine.finding.LeakType;
import com.profitsentinel.engine.finding.Severity;
import com.profitsentinel.engine.finding.Trend;
import com.profitsentinel.engine.rule.Parameter;
import com.profitsentinel.engine.rule.RuleDescriptor;
import java.util.List;

/** NEGATIVE_INVENTORY (engine.md §6.4.1): the system shows fewer than zero units on hand. */
final class NegativeInventoryRule implements SentinelRule {
    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(
            "negative-inventory",
            LeakType.NEGATIVE_INVENTORY,
            "On-hand below zero: the missing units will be written off at cost at the next count.",
            List.of(Parameter.NEGATIVE_MIN_UNITS, Parameter.NEGATIVE_WORSENING_UNITS, Parameter.TARGET_MARGIN),
            "docs/rules/sentinel/negative-inventory.md");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void evaluate(Item item, Thresholds thresholds, PurchaseChecks checks, List<Draft> out) {
        double q = item.q();
        if (!(q <= -EPSILON) || Math.abs(q) < thresholds.negativeMinUnits) {
            return;
        }
        double units = Math.abs(q);
        double c = item.c();
        boolean estimated = Double.isNaN(c) || Math.abs(c) < EPSILON;
        double unitCost = c;
        if (estimated) {
            unitCost = Double.isNaN(item.r()) ? 0 : item.r() * (1 - thresholds.targetMargin);
        }
        double impact = units * unitCost;
        int receipt = item.daysSinceReceipt();
        boolean noSales = item.velocityKnown() && item.s30() < EPSILON;
        Trend trend;
        if (q < -thresholds.negativeWorseningUnits || (noSales && Item.known(receipt) && receipt > 90)) {
            trend = Trend.WORSENING;
        } else if (Item.known(receipt) && receipt <= 7) {
            trend = Trend.IMPROVING;
        } else {
            trend = Trend.STABLE;
        }
        Severity severity = q < -thresholds.negativeWorseningUnits ? Severity.CRITICAL : Severity.HIGH;
        String context = Text.number(units, 0) + " units short at " + Text.money(unitCost)
                + "/unit. The system shows negative on-hand; count the item and check recent receipts.";
        out.add(new Draft(
                LeakType.NEGATIVE_INVENTORY,
                "",
                impact,
                0,
                estimated ? 0.75 : 0.90,
                severity,
                trend,
                Text.details("units_short", units, "value_at_cost", impact, "cost_estimated", estimated),
                context));
    }

    @Override
    public String groupContext(GroupTotals totals) {
        if (totals.count() == 1) {
            return totals.firstContext();
        }
        return totals.count() + " SKUs with negative on-hand (" + Text.number(totals.sum("units_short"), 0)
                + " units, " + Text.money(totals.impact())
                + " at cost). Possible systemic receiving or shrinkage issue.";
    }

    @Override
    public List<String> recommendations() {
        return List.of(
                "Count the item now",
                "Match recent deliveries against receipts posted",
                "Review voids, returns and special orders sold from stock",
                "Turn on negative-stock alerts or blocking in the POS");
    }
}

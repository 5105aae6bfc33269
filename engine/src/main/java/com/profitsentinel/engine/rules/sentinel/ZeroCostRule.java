package com.profitsentinel.engine.rules.sentinel;

import static com.profitsentinel.engine.analysis.Item.EPSILON;

import com.profitsentinel.engine.analysis.Item;
import com.profitsentinel.engine.analysis.PurchaseChecks;
import com.profitsentinel.engine.finding.LeakType;
import com.profitsentinel.engine.finding.Trend;
import com.profitsentinel.engine.rule.Parameter;
import com.profitsentinel.engine.rule.RuleDescriptor;
import java.util.List;

/** ZERO_COST (engine.md §6.4.5): an item that sells but has no cost, so its margin and value are wrong. */
final class ZeroCostRule implements SentinelRule {
    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(
            "zero-cost",
            LeakType.ZERO_COST,
            "Blank or $0 cost on an item with a price: a capped risk proxy on its units.",
            List.of(Parameter.ZERO_COST_RISK_RATE, Parameter.PROXY_IMPACT_CAP),
            "docs/rules/sentinel/zero-cost.md");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void evaluate(Item item, Thresholds thresholds, PurchaseChecks checks, List<Draft> out) {
        double r = item.r();
        if (!item.costColumn() || !item.active() || !(r >= EPSILON)) {
            return;
        }
        boolean blank = item.costBlank();
        if (!blank && !(Math.abs(item.c()) < EPSILON)) {
            return;
        }
        double onHand = Double.isNaN(item.q()) ? 0 : Math.max(item.q(), 0);
        double units = Math.max(onHand, item.velocityKnown() ? item.s30() * 12 : 0);
        double impact = Math.min(thresholds.proxyImpactCap, thresholds.zeroCostRiskRate * r * units);
        boolean selling = item.s30() >= EPSILON;
        String context = "Cost is missing ($0.00) but the item sells at " + Text.money(r)
                + "; margin and inventory value are wrong for " + Text.number(units, 0) + " units.";
        out.add(Draft.of(
                LeakType.ZERO_COST,
                blank ? "blank_cost" : "zero_cost",
                impact,
                0,
                selling ? 0.85 : 0.70,
                selling ? Trend.WORSENING : Trend.STABLE,
                Text.details("units", units, "selling", selling ? 1.0 : 0.0),
                context));
    }

    @Override
    public String groupContext(GroupTotals totals) {
        return totals.sum("selling") > 0
                ? totals.count() + " SKU" + totals.plural()
                        + " with $0 cost and active sales. Margin calculations are invalid — update cost data urgently."
                : totals.count() + " SKU" + totals.plural()
                        + " with $0 cost in the system. Missing cost data distorts profitability.";
    }

    @Override
    public List<String> recommendations() {
        return List.of(
                "Enter cost from the latest vendor invoice",
                "Find receipts posted without cost",
                "Compare PO cost with the item file",
                "Turn on automatic cost updates from the co-op price file");
    }
}

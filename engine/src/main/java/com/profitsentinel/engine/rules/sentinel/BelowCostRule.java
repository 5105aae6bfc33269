package com.profitsentinel.engine.rules.sentinel;

import static com.profitsentinel.engine.analysis.Item.EPSILON;

import com.profitsentinel.engine.analysis.Item;
import com.profitsentinel.engine.analysis.PurchaseChecks;
import com.profitsentinel.engine.finding.LeakType;
import com.profitsentinel.engine.finding.Trend;
import com.profitsentinel.engine.rule.Parameter;
import com.profitsentinel.engine.rule.RuleDescriptor;
import java.util.List;

/** BELOW_COST (engine.md §6.4.4): cost above retail, so every sale loses money. */
final class BelowCostRule implements SentinelRule {
    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(
            "below-cost",
            LeakType.BELOW_COST,
            "Cost above retail: the loss per unit plus the target profit on a year of units.",
            List.of(Parameter.TARGET_MARGIN),
            "docs/rules/sentinel/below-cost.md");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void evaluate(Item item, Thresholds thresholds, PurchaseChecks checks, List<Draft> out) {
        double c = item.c();
        double r = item.r();
        if (!item.active() || !(c >= EPSILON) || !(r >= EPSILON) || !(c - r >= EPSILON)) {
            return;
        }
        double target = thresholds.targetMargin;
        double annualUnits = item.annualUnits();
        double loss = c - r;
        double impact = annualUnits * (target * r + loss);
        double annualLoss = annualUnits * loss;
        String context = "Cost " + Text.money(c) + " is above retail " + Text.money(r) + ": " + Text.money(loss)
                + " lost on every sale (" + Text.money(annualLoss) + " a year); " + Text.money(impact)
                + " a year below the " + Text.number(target * 100, 0) + "% target.";
        out.add(Draft.of(
                LeakType.BELOW_COST,
                "",
                impact,
                0,
                0.90 - (item.unitsOnHandBasis() ? 0.10 : 0),
                item.s30() >= EPSILON ? Trend.WORSENING : Trend.STABLE,
                Text.details(
                        "loss_per_unit", loss,
                        "annual_loss", annualLoss,
                        "annual_units", annualUnits,
                        "units_basis", item.unitsOnHandBasis() ? "ON_HAND" : "VELOCITY",
                        "price_to_reach_target", c / (1 - target)),
                context));
    }

    @Override
    public String groupContext(GroupTotals totals) {
        return totals.count() + " SKU" + totals.plural() + " priced below cost (average loss "
                + Text.money(totals.average("loss_per_unit"))
                + " per unit). Correct retail pricing or review vendor costs.";
    }

    @Override
    public List<String> recommendations() {
        return List.of(
                "Fix the price now (at least the price to reach target)",
                "Verify the cost against the last invoice",
                "Look for a price-entry or promotion error",
                "Stop selling until corrected when the loss is large");
    }
}

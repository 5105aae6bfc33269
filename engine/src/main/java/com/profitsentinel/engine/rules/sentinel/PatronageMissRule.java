package com.profitsentinel.engine.rules.sentinel;

import static com.profitsentinel.engine.analysis.Item.EPSILON;

import com.profitsentinel.engine.analysis.Item;
import com.profitsentinel.engine.analysis.PurchaseChecks;
import com.profitsentinel.engine.finding.LeakType;
import com.profitsentinel.engine.finding.Trend;
import com.profitsentinel.engine.record.SeasonalSource;
import com.profitsentinel.engine.rule.Parameter;
import com.profitsentinel.engine.rule.RuleDescriptor;
import java.util.List;

/** PATRONAGE_MISS (engine.md §6.4.13): seasonal stock still on hand past its selling window. */
final class PatronageMissRule implements SentinelRule {
    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(
            "patronage-miss",
            LeakType.PATRONAGE_MISS,
            "Seasonal stock held past its selling window: a year of carrying cost to the next season.",
            List.of(Parameter.PATRONAGE_QTY_THRESHOLD, Parameter.SEASONAL_WINDOW_DAYS, Parameter.CARRYING_COST_MONTHLY),
            "docs/rules/sentinel/patronage-miss.md");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void evaluate(Item item, Thresholds thresholds, PurchaseChecks checks, List<Draft> out) {
        double q = item.q();
        double c = item.c();
        if (!item.record().seasonal() || !(c >= EPSILON) || !(q > thresholds.patronageQtyThreshold)) {
            return;
        }
        int held = Item.known(item.daysSinceReceipt()) ? item.daysSinceReceipt() : item.daysSinceSale();
        if (!Item.known(held) || !(held > thresholds.seasonalWindowDays)) {
            return;
        }
        double capital = q * c;
        double impact = capital * thresholds.carryingCostMonthly * 12;
        boolean explicit = item.record().seasonalSource() == SeasonalSource.EXPLICIT;
        String context = Text.number(q, 0) + " seasonal units (" + Text.money(capital) + ") held "
                + Text.number(held, 0) + " days, past the " + Text.number(thresholds.seasonalWindowDays, 0)
                + "-day selling window; carrying them to next season costs about " + Text.money(impact) + ".";
        out.add(Draft.of(
                LeakType.PATRONAGE_MISS,
                "",
                impact,
                capital,
                explicit ? 0.80 : 0.65,
                held > 2 * thresholds.seasonalWindowDays ? Trend.WORSENING : Trend.STABLE,
                Text.details("days_held", (double) held, "capital", capital),
                context));
    }

    @Override
    public String groupContext(GroupTotals totals) {
        return "Seasonal overstock: " + totals.count() + " SKU" + totals.plural() + " past the sales window ("
                + Text.money(totals.capital()) + "). Mark down or return to reduce carrying costs.";
    }

    @Override
    public List<String> recommendations() {
        return List.of(
                "Mark down before the season ends",
                "Return unsold units under the co-op's seasonal program",
                "Reduce next season's order",
                "Move units to a store still in season");
    }
}

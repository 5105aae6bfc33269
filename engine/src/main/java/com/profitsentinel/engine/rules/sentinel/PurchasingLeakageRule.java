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

/**
 * PURCHASING_LEAKAGE (engine.md §6.4.12): recent purchases above the recorded cost; without PO lines, high-cost items
 * at a low margin where a better cost is likely.
 */
final class PurchasingLeakageRule implements SentinelRule {
    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(
            "purchasing-leakage",
            LeakType.PURCHASING_LEAKAGE,
            "Paid above the recorded cost (the overpayment on a year of units), or a high-cost low-margin item.",
            List.of(
                    Parameter.PURCHASE_LOOKBACK_DAYS,
                    Parameter.PURCHASE_OVERPAY_PCT,
                    Parameter.HIGH_COST_THRESHOLD,
                    Parameter.VOLUME_DISCOUNT_RATE,
                    Parameter.MARGIN_FLOOR),
            "docs/rules/sentinel/purchasing-leakage.md");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void evaluate(Item item, Thresholds thresholds, PurchaseChecks checks, List<Draft> out) {
        if (checks.overpay().isPresent()) {
            PurchaseChecks.Overpay overpay = checks.overpay().get();
            double impact = (overpay.paid() - overpay.reference()) * overpay.annualUnits();
            String context = "Recent purchases averaged " + Text.money(overpay.paid()) + " against a recorded cost of "
                    + Text.money(overpay.reference()) + " ("
                    + Text.number((overpay.paid() / overpay.reference() - 1) * 100, 0) + "% more); about "
                    + Text.money(impact) + " a year at " + Text.number(overpay.annualUnits(), 0) + " units.";
            out.add(Draft.of(
                    LeakType.PURCHASING_LEAKAGE,
                    "po_overpay",
                    impact,
                    0,
                    0.80,
                    overpay.latestIsHighest() ? Trend.WORSENING : Trend.STABLE,
                    Text.details(
                            "paid", overpay.paid(),
                            "reference_cost", overpay.reference(),
                            "annual_units", overpay.annualUnits()),
                    context));
            return;
        }
        if (!item.purchaseLines().isEmpty()) {
            return;
        }
        double c = item.c();
        double m = item.m();
        if (!(c > thresholds.highCostThreshold)
                || Double.isNaN(m)
                || !(m < thresholds.marginFloor)
                || !(item.q() >= EPSILON)) {
            return;
        }
        double annualUnits = item.annualUnits();
        double rate = thresholds.volumeDiscountRate;
        double impact = annualUnits * c * rate;
        String context = "High-cost item (" + Text.money(c) + ") at " + Text.number(m * 100, 1) + "% margin; a "
                + Text.number(rate * 100, 0) + "% better cost would be worth " + Text.money(impact) + " a year.";
        out.add(new Draft(
                LeakType.PURCHASING_LEAKAGE,
                "high_cost_low_margin",
                impact,
                0,
                0.50 - (item.unitsOnHandBasis() ? 0.10 : 0),
                Severity.LOW,
                Trend.STABLE,
                Text.details("margin", m, "annual_units", annualUnits, "discount_rate", rate),
                context));
    }

    @Override
    public String groupContext(GroupTotals totals) {
        return totals.count() + " SKU" + totals.plural() + " bought above their recorded or achievable cost ("
                + Text.money(totals.impact()) + " a year).";
    }

    @Override
    public List<String> recommendations() {
        return List.of(
                "Compare the invoice with the co-op or contract price",
                "Ask for the lower cost or a credit",
                "Consolidate purchases to reach a better price tier",
                "Update cost and retail together");
    }
}

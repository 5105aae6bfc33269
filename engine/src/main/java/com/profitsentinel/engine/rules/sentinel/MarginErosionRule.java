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

/** MARGIN_EROSION (engine.md §6.4.3): a margin below the floor, costed against the target margin. */
final class MarginErosionRule implements SentinelRule {
    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(
            "margin-erosion",
            LeakType.MARGIN_EROSION,
            "Margin below the floor: the gap to the target margin on a year of units.",
            List.of(Parameter.MARGIN_FLOOR, Parameter.MARGIN_CRITICAL, Parameter.TARGET_MARGIN),
            "docs/rules/sentinel/margin-erosion.md");

    /** The subtype of a margin below {@code margin_critical} (projects onto {@code high_margin_leak}). */
    static final String BELOW_CRITICAL = "below_critical";

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void evaluate(Item item, Thresholds thresholds, PurchaseChecks checks, List<Draft> out) {
        double r = item.r();
        if (!item.active() || !(r >= EPSILON)) {
            return;
        }
        double c = item.c();
        double m;
        boolean reported;
        if (c >= EPSILON && c <= r) {
            m = item.marginComputed();
            reported = false;
        } else if (!item.costColumn() && !Double.isNaN(item.marginReported())) {
            m = item.marginReported();
            c = r * (1 - m);
            reported = true;
        } else {
            return;
        }
        if (!(m >= 0 && m < thresholds.marginFloor)) {
            return;
        }
        boolean critical = m < thresholds.marginCritical;
        double target = thresholds.targetMargin;
        double gap = target * r - (r - c);
        double annualUnits = item.annualUnits();
        double impact = annualUnits * gap;
        double confidence = (reported ? 0.65 : 0.85) - (item.unitsOnHandBasis() ? 0.10 : 0);
        String context = Text.number(m * 100, 1) + "% margin vs " + Text.number(target * 100, 0) + "% target (cost "
                + Text.money(c) + ", retail " + Text.money(r) + "); " + Text.money(gap)
                + " per unit below target on about " + Text.number(annualUnits, 0) + " units a year.";
        out.add(new Draft(
                LeakType.MARGIN_EROSION,
                critical ? BELOW_CRITICAL : "below_floor",
                impact,
                0,
                confidence,
                critical ? Severity.CRITICAL : Severity.HIGH,
                critical ? Trend.WORSENING : Trend.STABLE,
                Text.details(
                        "margin", m,
                        "target", target,
                        "gap_per_unit", gap,
                        "annual_units", annualUnits,
                        "units_basis", item.unitsOnHandBasis() ? "ON_HAND" : "VELOCITY",
                        "price_to_reach_target", c / (1 - target),
                        "margin_source", reported ? "REPORTED" : "COMPUTED"),
                context));
    }

    @Override
    public String groupContext(GroupTotals totals) {
        return totals.count() + " SKU" + totals.plural() + " averaging "
                + Text.number(totals.average("margin") * 100, 0)
                + "% margin vs " + Text.number(totals.average("target") * 100, 0)
                + "% target. Pricing review recommended.";
    }

    @Override
    public List<String> recommendations() {
        return List.of(
                "Re-price to at least the price to reach target or the co-op suggested retail",
                "Check for a vendor cost increase that was not passed on",
                "Look for promotions that never ended",
                "Negotiate the cost or replace the item");
    }
}

package com.profitsentinel.engine.rules.sentinel;

import static com.profitsentinel.engine.analysis.Item.EPSILON;

import com.profitsentinel.engine.analysis.Item;
import com.profitsentinel.engine.analysis.PurchaseChecks;
import com.profitsentinel.engine.finding.Formats;
import com.profitsentinel.engine.finding.LeakType;
import com.profitsentinel.engine.finding.Severity;
import com.profitsentinel.engine.finding.Trend;
import com.profitsentinel.engine.record.RetailSource;
import com.profitsentinel.engine.rule.Parameter;
import com.profitsentinel.engine.rule.RuleDescriptor;
import java.util.ArrayList;
import java.util.List;

/**
 * PRICE_DISCREPANCY (engine.md §6.4.6): retail far below or above suggested retail, or a margin field that does not
 * match cost and retail. One finding per SKU; the first path that applies names the subtype.
 */
final class PriceDiscrepancyRule implements SentinelRule {
    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(
            "price-discrepancy",
            LeakType.PRICE_DISCREPANCY,
            "Retail away from suggested retail (below: the gap on a year of units), or an unreliable margin field.",
            List.of(Parameter.PRICE_DEVIATION_THRESHOLD, Parameter.MARGIN_MISMATCH_TOLERANCE),
            "docs/rules/sentinel/price-discrepancy.md");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void evaluate(Item item, Thresholds thresholds, PurchaseChecks checks, List<Draft> out) {
        double r = item.r();
        if (!(r >= EPSILON)) {
            return;
        }
        double sug = item.sug();
        double threshold = thresholds.priceDeviationThreshold;
        List<String> paths = new ArrayList<>(3);
        boolean below =
                sug >= EPSILON && item.record().retailSource() != RetailSource.SUGGESTED && (sug - r) / sug > threshold;
        boolean above = sug >= EPSILON && (r - sug) / sug > threshold;
        double reported = item.marginReported();
        double computed = item.marginComputed();
        boolean mismatch = !Double.isNaN(reported)
                && !Double.isNaN(computed)
                && round4(Math.abs(reported - computed)) > thresholds.marginMismatchTolerance;
        if (below) {
            paths.add("below_suggested");
        }
        if (above) {
            paths.add("above_suggested");
        }
        if (mismatch) {
            paths.add("margin_field_mismatch");
        }
        if (paths.isEmpty()) {
            return;
        }
        String subtype = paths.get(0);
        double annualUnits = item.annualUnits();
        switch (subtype) {
            case "below_suggested" -> {
                double deviation = (sug - r) / sug;
                double impact = (sug - r) * annualUnits;
                out.add(new Draft(
                        LeakType.PRICE_DISCREPANCY,
                        subtype,
                        impact,
                        0,
                        0.75 - (item.unitsOnHandBasis() ? 0.10 : 0),
                        Severity.MEDIUM,
                        item.s30() >= EPSILON ? Trend.WORSENING : Trend.STABLE,
                        Text.details(
                                "deviation", deviation,
                                "suggested_retail", sug,
                                "annual_units", annualUnits,
                                "paths", String.join(", ", paths)),
                        "Retail " + Text.money(r) + " is " + Text.number(deviation * 100, 0) + "% below suggested "
                                + Text.money(sug) + "; " + Text.money(sug - r) + " per unit on about "
                                + Text.number(annualUnits, 0) + " units a year."));
            }
            case "above_suggested" -> {
                double deviation = (r - sug) / sug;
                out.add(Draft.of(
                        LeakType.PRICE_DISCREPANCY,
                        subtype,
                        0,
                        0,
                        0.50,
                        Trend.STABLE,
                        Text.details(
                                "deviation", deviation, "suggested_retail", sug, "paths", String.join(", ", paths)),
                        "Retail " + Text.money(r) + " is " + Text.number(deviation * 100, 0) + "% above suggested "
                                + Text.money(sug) + "; check that the price is intended."));
            }
            default ->
                out.add(Draft.of(
                        LeakType.PRICE_DISCREPANCY,
                        subtype,
                        0,
                        0,
                        0.60,
                        Trend.STABLE,
                        Text.details(
                                "margin_reported",
                                reported,
                                "margin_computed",
                                computed,
                                "paths",
                                String.join(", ", paths)),
                        "The file's margin (" + Text.number(reported * 100, 1) + "%) does not match cost and retail ("
                                + Text.number(computed * 100, 1) + "%); the margin field is unreliable."));
        }
    }

    private static double round4(double value) {
        return Formats.rounded(value, 4);
    }

    @Override
    public String groupContext(GroupTotals totals) {
        return totals.count() + " SKU" + totals.plural()
                + " priced away from suggested retail or with unreliable margin data.";
    }

    @Override
    public List<String> recommendations() {
        return List.of(
                "Confirm the price is intended",
                "Update retail from the vendor's suggested retail",
                "Look for expired promotions or manual overrides",
                "Fix the margin or pricing formula in the item file");
    }
}

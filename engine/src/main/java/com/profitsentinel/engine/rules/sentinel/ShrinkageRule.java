package com.profitsentinel.engine.rules.sentinel;

import static com.profitsentinel.engine.analysis.Item.EPSILON;

import com.profitsentinel.engine.analysis.Item;
import com.profitsentinel.engine.analysis.PurchaseChecks;
import com.profitsentinel.engine.finding.LeakType;
import com.profitsentinel.engine.finding.Severity;
import com.profitsentinel.engine.finding.Trend;
import com.profitsentinel.engine.record.ItemRecord;
import com.profitsentinel.engine.rule.Parameter;
import com.profitsentinel.engine.rule.RuleDescriptor;
import java.util.List;

/**
 * SHRINKAGE (engine.md §6.4.9): units missing at the last count, annualized; without count data, the reference
 * implementation's pattern (high value, near-zero margin, minimal sales) as a capped proxy.
 */
final class ShrinkageRule implements SentinelRule {
    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(
            "shrinkage",
            LeakType.SHRINKAGE,
            "Count shortfall at cost, annualized by the count interval; without counts, a capped proxy pattern.",
            List.of(
                    Parameter.SHRINKAGE_MIN_UNITS,
                    Parameter.SHRINKAGE_MIN_RATE,
                    Parameter.COUNT_INTERVAL_DAYS,
                    Parameter.SHRINK_PATTERN_MIN_VALUE,
                    Parameter.SHRINK_PATTERN_MAX_MARGIN,
                    Parameter.SHRINK_PATTERN_MAX_SALES_30D,
                    Parameter.SHRINK_PATTERN_RATE,
                    Parameter.PROXY_IMPACT_CAP,
                    Parameter.TARGET_MARGIN),
            "docs/rules/sentinel/shrinkage.md");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void evaluate(Item item, Thresholds thresholds, PurchaseChecks checks, List<Draft> out) {
        double difference = item.record().quantityDifference();
        if (ItemRecord.known(difference)) {
            countVariance(item, difference, thresholds, out);
        } else {
            pattern(item, thresholds, out);
        }
    }

    private static void countVariance(Item item, double difference, Thresholds thresholds, List<Draft> out) {
        if (!(difference <= -EPSILON)) {
            return;
        }
        double missing = Math.abs(difference);
        double q = item.q();
        double base = Double.isNaN(q) ? missing : Math.max(Math.abs(q), missing);
        double rate = Double.isNaN(q) ? 1 : missing / base;
        if (missing < thresholds.shrinkageMinUnits || rate < thresholds.shrinkageMinRate) {
            return;
        }
        double c = item.c();
        boolean estimated = Double.isNaN(c);
        double unitCost = estimated ? (Double.isNaN(item.r()) ? 0 : item.r() * (1 - thresholds.targetMargin)) : c;
        double impact = missing * unitCost * 365 / thresholds.countIntervalDays;
        String context = "Last count found " + Text.number(missing, 0) + " fewer units than the system ("
                + Text.number(rate * 100, 0) + "% of " + Text.number(base, 0) + "); " + Text.money(impact)
                + " at cost.";
        out.add(Draft.of(
                LeakType.SHRINKAGE,
                "count_variance",
                impact,
                0,
                0.90,
                rate >= 2 * thresholds.shrinkageMinRate ? Trend.WORSENING : Trend.STABLE,
                Text.details("units_missing", missing, "rate", rate, "cost_estimated", estimated),
                context));
    }

    private static void pattern(Item item, Thresholds thresholds, List<Draft> out) {
        double q = item.q();
        double c = item.c();
        double m = item.m();
        if (!(q >= EPSILON) || !(c >= EPSILON) || Double.isNaN(m) || !item.velocityKnown()) {
            return;
        }
        double value = q * c;
        if (!(value > thresholds.shrinkPatternMinValue)
                || !(m < thresholds.shrinkPatternMaxMargin)
                || !(item.s30() < thresholds.shrinkPatternMaxSales30d)) {
            return;
        }
        double impact = Math.min(thresholds.proxyImpactCap, thresholds.shrinkPatternRate * value);
        String context = "High value (" + Text.money(value) + ") with " + Text.number(m * 100, 1)
                + "% margin and only " + Text.number(item.s30(), 0)
                + " sold in 30 days; a pattern often seen with unrecorded losses.";
        out.add(new Draft(
                LeakType.SHRINKAGE,
                "pattern",
                impact,
                value,
                0.40,
                Severity.MEDIUM,
                item.s30() < EPSILON ? Trend.WORSENING : Trend.STABLE,
                Text.details("value", value, "margin", m),
                context));
    }

    @Override
    public String groupContext(GroupTotals totals) {
        if (totals.subtype("pattern") == totals.count()) {
            return totals.count() + " SKU" + totals.plural() + " with high inventory value ("
                    + Text.money(totals.sum("value"))
                    + ") but near-zero margin and minimal sales. Investigate potential shrinkage.";
        }
        return totals.count() + " SKU" + totals.plural() + " short at the last count, " + Text.money(totals.impact())
                + " at cost.";
    }

    @Override
    public List<String> recommendations() {
        return List.of(
                "Recount the item",
                "Review receiving accuracy",
                "Secure or relocate theft-prone items",
                "Record damage and write-offs separately so they are not counted as theft");
    }
}

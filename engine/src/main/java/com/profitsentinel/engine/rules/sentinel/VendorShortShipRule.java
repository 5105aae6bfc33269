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
import java.util.Map;

/**
 * VENDOR_SHORT_SHIP (engine.md §6.4.11): units ordered but not delivered, or damaged stock (with open orders, the
 * vendor keeps shipping the problem). One finding per SKU; precedence po_short_ship, damaged_with_open_po,
 * damaged_stock.
 */
final class VendorShortShipRule implements SentinelRule {
    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(
            "vendor-short-ship",
            LeakType.VENDOR_SHORT_SHIP,
            "Short-shipped orders (gross profit on the missing units) or damaged stock (its value, plus a share of open"
                    + " orders).",
            List.of(
                    Parameter.PURCHASE_LOOKBACK_DAYS,
                    Parameter.VENDOR_FILL_RATE_TARGET,
                    Parameter.DAMAGED_ORDER_RISK_SHARE,
                    Parameter.TARGET_MARGIN),
            "docs/rules/sentinel/vendor-short-ship.md");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void evaluate(Item item, Thresholds thresholds, PurchaseChecks checks, List<Draft> out) {
        boolean damaged = item.record().damaged();
        double q = item.q();
        double c = item.c();
        double o = item.o();
        double stockValue = Double.isNaN(q) || Double.isNaN(c) ? 0 : Math.max(q, 0) * c;
        double openOrderRisk = Double.isNaN(c) ? 0 : o * c * thresholds.damagedOrderRiskShare;
        boolean withOpenOrders = damaged && o >= EPSILON;
        boolean damagedStock = damaged && o < EPSILON && stockValue >= EPSILON;
        if (checks.shortShip().isPresent() && checks.shortShip().get().shortUnits() >= EPSILON) {
            PurchaseChecks.ShortShip shortShip = checks.shortShip().get();
            double fillRate = shortShip.vendorFillRate();
            boolean poor = !Double.isNaN(fillRate) && fillRate < thresholds.vendorFillRateTarget;
            Map<String, Object> details = Text.details(
                    "short_units", shortShip.shortUnits(),
                    "short_value", shortShip.shortValue(),
                    "ordered", shortShip.ordered(),
                    "filled", shortShip.filled(),
                    "vendor", shortShip.vendor(),
                    "vendor_fill_rate", fillRate,
                    "damaged_with_open_po_impact", withOpenOrders ? stockValue + openOrderRisk : Double.NaN,
                    "damaged_stock_impact", damagedStock ? stockValue : Double.NaN);
            String vendor = shortShip.vendor().isEmpty() ? "The vendor" : shortShip.vendor();
            String context = vendor + " shipped " + Text.number(shortShip.filled(), 0) + " of "
                    + Text.number(shortShip.ordered(), 0) + " units on recent orders ("
                    + Text.number(shortShip.shortUnits(), 0) + " short, " + Text.money(shortShip.shortValue())
                    + "); about " + Text.money(shortShip.lostProfit()) + " of gross profit lost.";
            out.add(Draft.of(
                    LeakType.VENDOR_SHORT_SHIP,
                    "po_short_ship",
                    shortShip.lostProfit(),
                    0,
                    0.90,
                    poor ? Trend.WORSENING : Trend.STABLE,
                    details,
                    context));
            return;
        }
        if (withOpenOrders) {
            String context = "Damaged goods with active purchase orders (" + Text.number(q, 0) + " damaged, "
                    + Text.number(o, 0) + " on order). Vendor fulfillment issue — contact the vendor.";
            out.add(Draft.of(
                    LeakType.VENDOR_SHORT_SHIP,
                    "damaged_with_open_po",
                    stockValue + openOrderRisk,
                    stockValue,
                    0.85,
                    Trend.WORSENING,
                    Text.details("damaged_value", stockValue, "open_order_risk", openOrderRisk),
                    context));
            return;
        }
        if (damagedStock) {
            String context = "Damaged inventory (" + Text.number(q, 0) + " units, " + Text.money(q * c)
                    + "). Evaluate vendor quality and file a claim if eligible.";
            out.add(new Draft(
                    LeakType.VENDOR_SHORT_SHIP,
                    "damaged_stock",
                    q * c,
                    q * c,
                    0.70,
                    Severity.MEDIUM,
                    Trend.STABLE,
                    Text.details("damaged_value", q * c),
                    context));
        }
    }

    @Override
    public String groupContext(GroupTotals totals) {
        return totals.count() + " SKU" + totals.plural() + " with vendor fulfillment problems ("
                + Text.money(totals.impact()) + ").";
    }

    @Override
    public List<String> recommendations() {
        return List.of(
                "Call the vendor with the short-ship and damage list",
                "Request credit or back-order confirmation",
                "Track fill rate by vendor",
                "Add a second source for chronically shorted items");
    }
}

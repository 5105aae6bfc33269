package com.profitsentinel.engine.analysis;

import com.profitsentinel.engine.record.ItemRecord;
import com.profitsentinel.engine.record.PurchaseOrderLine;
import com.profitsentinel.engine.record.PurchaseOrderStatus;
import com.profitsentinel.engine.rule.Parameter;
import com.profitsentinel.engine.rule.Parameters;
import java.util.Optional;

/**
 * The three purchase-order tests of one item (engine.md §6.4.10–§6.4.12), computed once and shared by the rules and
 * the facts {@code unrecorded_receipt}, {@code vendor_short_shipped} and {@code cost_increase} (§9.1).
 *
 * @param receivingGap shipped but never received, when the item qualifies
 * @param shortShip delivered short on recent orders, when the item qualifies
 * @param overpay bought above its recorded cost, when the item qualifies
 */
public record PurchaseChecks(
        Optional<ReceivingGap> receivingGap, Optional<ShortShip> shortShip, Optional<Overpay> overpay) {

    private static final double EPSILON = Item.EPSILON;

    /** No PO data for the item. */
    public static final PurchaseChecks NONE = new PurchaseChecks(Optional.empty(), Optional.empty(), Optional.empty());

    /**
     * Units shipped on qualifying lines with no receipt recorded since (§6.4.10).
     *
     * @param units Σ filled
     * @param value Σ filled × PO unit cost (the record's cost when the line has none)
     * @param poNumber the PO of the most recent qualifying line
     * @param poDate its date as days since 1970-01-01
     */
    public record ReceivingGap(double units, double value, String poNumber, int poDate) {}

    /**
     * Units ordered but not delivered on recent delivered lines (§6.4.11).
     *
     * @param shortUnits Σ (ordered − filled)
     * @param shortValue Σ short × c'
     * @param lostProfit Σ short × unit gross profit
     * @param ordered Σ ordered over the short lines
     * @param filled Σ filled over the short lines
     * @param vendor the vendor of the lines
     * @param vendorFillRate the vendor's fill rate over the lookback, NaN when unknown
     */
    public record ShortShip(
            double shortUnits,
            double shortValue,
            double lostProfit,
            double ordered,
            double filled,
            String vendor,
            double vendorFillRate) {}

    /**
     * Average paid above the reference cost (§6.4.12 {@code po_overpay}).
     *
     * @param paid ordered-weighted PO cost
     * @param reference the record's cost, else the lowest PO cost in the window
     * @param annualUnits units a year the overpayment applies to
     * @param latestIsHighest the most recent line's cost is the highest in the window (WORSENING)
     */
    public record Overpay(double paid, double reference, double annualUnits, boolean latestIsHighest) {}

    /** Runs the three tests for an item. */
    public static PurchaseChecks of(Item item, PurchaseIndex purchases, Parameters parameters) {
        if (item.purchaseLines().isEmpty()) {
            return NONE;
        }
        return new PurchaseChecks(
                receivingGap(item, purchases, parameters),
                shortShip(item, purchases, parameters),
                overpay(item, purchases, parameters));
    }

    private static Optional<ReceivingGap> receivingGap(Item item, PurchaseIndex purchases, Parameters parameters) {
        if (!item.lastReceiptColumn()) {
            return Optional.empty();
        }
        int grace = (int) parameters.get(Parameter.RECEIVING_GRACE_DAYS);
        int lookback = (int) parameters.get(Parameter.RECEIVING_LOOKBACK_DAYS);
        int lastReceipt = item.record().lastReceiptDate();
        double units = 0;
        double value = 0;
        PurchaseOrderLine latest = null;
        for (PurchaseOrderLine line : item.purchaseLines()) {
            int age = purchases.age(line);
            double filled = PurchaseIndex.filled(line);
            boolean qualifies = PurchaseIndex.delivered(line)
                    && filled >= EPSILON
                    && age != Integer.MIN_VALUE
                    && age >= grace
                    && age <= lookback
                    && (!ItemRecord.known(lastReceipt) || lastReceipt < line.poDate());
            if (qualifies) {
                units += filled;
                double cost = Double.isNaN(line.unitCost()) ? item.c() : line.unitCost();
                value += filled * cost;
                if (latest == null || line.poDate() > latest.poDate()) {
                    latest = line;
                }
            }
        }
        if (latest == null || Double.isNaN(value)) {
            return Optional.empty();
        }
        return Optional.of(new ReceivingGap(units, value, latest.poNumber(), latest.poDate()));
    }

    private static Optional<ShortShip> shortShip(Item item, PurchaseIndex purchases, Parameters parameters) {
        double targetMargin = parameters.get(Parameter.TARGET_MARGIN);
        double shortUnits = 0;
        double shortValue = 0;
        double lostProfit = 0;
        double ordered = 0;
        double filled = 0;
        String vendor = "";
        for (PurchaseOrderLine line : item.purchaseLines()) {
            if (!PurchaseIndex.filledKnown(line)) {
                continue;
            }
            double lineFilled = PurchaseIndex.filled(line);
            double missing = line.orderedQuantity() - lineFilled;
            boolean isShort = missing >= EPSILON || (line.shortFlag() && lineFilled < line.orderedQuantity());
            if (PurchaseIndex.delivered(line) && purchases.withinLookback(line) && isShort) {
                double unitCost = Double.isNaN(line.unitCost()) ? item.c() : line.unitCost();
                double retail = !Double.isNaN(item.r()) ? item.r() : line.retail();
                double unitProfit = !Double.isNaN(retail)
                        ? Math.max(retail - unitCost, 0)
                        : unitCost * targetMargin / (1 - targetMargin);
                shortUnits += missing;
                shortValue += missing * unitCost;
                lostProfit += missing * unitProfit;
                ordered += line.orderedQuantity();
                filled += lineFilled;
                if (vendor.isEmpty()) {
                    vendor = line.vendor();
                }
            }
        }
        if (shortUnits < EPSILON && ordered < EPSILON) {
            return Optional.empty();
        }
        double fillRate = vendor.isEmpty() ? Double.NaN : purchases.fillRate(vendor);
        return Optional.of(new ShortShip(
                shortUnits,
                Double.isNaN(shortValue) ? 0 : shortValue,
                Double.isNaN(lostProfit) ? 0 : lostProfit,
                ordered,
                filled,
                vendor,
                fillRate));
    }

    private static Optional<Overpay> overpay(Item item, PurchaseIndex purchases, Parameters parameters) {
        double lowest = Double.NaN;
        double highest = Double.NaN;
        double weighted = 0;
        double orderedTotal = 0;
        double plainSum = 0;
        int plainCount = 0;
        PurchaseOrderLine latest = null;
        for (PurchaseOrderLine line : item.purchaseLines()) {
            if (line.status() == PurchaseOrderStatus.CANCELLED
                    || !purchases.withinLookback(line)
                    || Double.isNaN(line.unitCost())) {
                continue;
            }
            double cost = line.unitCost();
            lowest = Double.isNaN(lowest) ? cost : Math.min(lowest, cost);
            highest = Double.isNaN(highest) ? cost : Math.max(highest, cost);
            plainSum += cost;
            plainCount++;
            if (line.orderedQuantity() >= EPSILON) {
                weighted += line.orderedQuantity() * cost;
                orderedTotal += line.orderedQuantity();
            }
            if (latest == null || line.poDate() > latest.poDate()) {
                latest = line;
            }
        }
        if (latest == null) {
            return Optional.empty();
        }
        double reference = item.c() >= EPSILON ? item.c() : lowest;
        double paid = orderedTotal >= EPSILON ? weighted / orderedTotal : plainSum / plainCount;
        if (!(paid > reference * (1 + parameters.get(Parameter.PURCHASE_OVERPAY_PCT)))) {
            return Optional.empty();
        }
        double annualUnits = item.velocityKnown()
                ? item.s30() * 12
                : orderedTotal * 365 / parameters.get(Parameter.PURCHASE_LOOKBACK_DAYS);
        return Optional.of(new Overpay(paid, reference, annualUnits, latest.unitCost() == highest));
    }
}

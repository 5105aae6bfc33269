package com.profitsentinel.engine.rules.sentinel;

import static com.profitsentinel.engine.analysis.Item.EPSILON;

import com.profitsentinel.engine.analysis.Item;
import com.profitsentinel.engine.analysis.PurchaseChecks;
import com.profitsentinel.engine.finding.LeakType;
import com.profitsentinel.engine.finding.Trend;
import com.profitsentinel.engine.rule.Parameter;
import com.profitsentinel.engine.rule.RuleDescriptor;
import java.time.LocalDate;
import java.util.List;

/** RECEIVING_GAP (engine.md §6.4.10): goods a vendor shipped and invoiced that were never received into inventory. */
final class ReceivingGapRule implements SentinelRule {
    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(
            "receiving-gap",
            LeakType.RECEIVING_GAP,
            "Shipped on a recent PO with no receipt recorded since: the goods' cost is missing from the books.",
            List.of(Parameter.RECEIVING_GRACE_DAYS, Parameter.RECEIVING_LOOKBACK_DAYS),
            "docs/rules/sentinel/receiving-gap.md");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void evaluate(Item item, Thresholds thresholds, PurchaseChecks checks, List<Draft> out) {
        if (checks.receivingGap().isEmpty()) {
            return;
        }
        PurchaseChecks.ReceivingGap gap = checks.receivingGap().get();
        String date = LocalDate.ofEpochDay(gap.poDate()).toString();
        String context = Text.number(gap.units(), 0) + " units shipped on PO " + gap.poNumber() + " (" + date
                + ") with no receipt recorded since; " + Text.money(gap.value())
                + " at cost is missing from the books.";
        out.add(Draft.of(
                LeakType.RECEIVING_GAP,
                "",
                gap.value(),
                gap.value(),
                0.80,
                item.q() <= -EPSILON ? Trend.WORSENING : Trend.STABLE,
                Text.details("units", gap.units(), "value", gap.value(), "po_number", gap.poNumber(), "po_date", date),
                context));
    }

    @Override
    public String groupContext(GroupTotals totals) {
        return totals.count() + " SKU" + totals.plural() + " shipped by vendors but not received into inventory ("
                + Text.money(totals.sum("value")) + ").";
    }

    @Override
    public List<String> recommendations() {
        return List.of(
                "Find the delivery and post the receipt",
                "Check the packing slip against the PO",
                "If it never arrived, claim credit from the vendor",
                "Require a receiving scan before items are shelved");
    }
}

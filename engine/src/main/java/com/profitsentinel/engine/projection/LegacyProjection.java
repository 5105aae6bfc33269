package com.profitsentinel.engine.projection;

import com.profitsentinel.engine.analysis.InputCounts;
import com.profitsentinel.engine.finding.CodePoints;
import com.profitsentinel.engine.finding.Finding;
import com.profitsentinel.engine.finding.Formats;
import com.profitsentinel.engine.finding.LegacyPrimitive;
import com.profitsentinel.engine.projection.LegacyResponse.EstimatedImpact;
import com.profitsentinel.engine.projection.LegacyResponse.ItemDetail;
import com.profitsentinel.engine.projection.LegacyResponse.LeakEntry;
import com.profitsentinel.engine.projection.LegacyResponse.NegativeInventoryAlert;
import com.profitsentinel.engine.rootcause.Diagnosis;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The legacy response shape built from {@code sentinel} findings as they stream (engine.md §11, api.md §4.10.2–4.10.4):
 * per legacy key, each (store, SKU) once at its largest projected finding; {@code count} distinct items; the top 20
 * by annual profit at risk (ties by store, then SKU); the breakdown as the Σ of projected impacts; low and high
 * estimates as 0.7 and 1.3 × the de-duplicated total; the negative-inventory alert over the projected negative items;
 * the cause diagnosis of the store with the largest impact.
 */
public final class LegacyProjection {
    static final int TOP_ITEMS = 20;
    private static final int DESCRIPTION_LENGTH = 50;
    private static final double LOW_FACTOR = 0.7;
    private static final double HIGH_FACTOR = 1.3;
    private static final double ANOMALY_THRESHOLD = 100_000;
    private static final double ALERT_UNITS_CAP = 100;
    private static final double ALERT_ITEM_CAP = 1_000;

    /** Largest annual profit at risk first; ties by store, then SKU (code points). */
    private static final Comparator<Candidate> LARGEST_FIRST = LegacyProjection::compareLargestFirst;

    private final EnumMap<LegacyPrimitive, Key> keys = new EnumMap<>(LegacyPrimitive.class);
    private final EnumMap<LegacyPrimitive, Candidate> recordBest = new EnumMap<>(LegacyPrimitive.class);
    private final Map<String, Double> impactByStore = new LinkedHashMap<>();

    private Key key(LegacyPrimitive primitive) {
        return keys.computeIfAbsent(primitive, ignored -> new Key());
    }

    /**
     * The record values an item detail shows.
     *
     * @param quantity q (0 when unknown, as the legacy shape reads blanks)
     * @param cost c
     * @param revenue r
     * @param sold units sold as exported, else sales per 30 days
     * @param margin m × 100, one decimal
     * @param subTotal the inventory value column
     */
    public record ItemValues(
            double quantity, double cost, double revenue, double sold, double margin, double subTotal) {}

    /**
     * A finding as the projection sees it: its figures for every item, the finding itself only for the items shown in
     * a top 20 (so engines may build findings lazily).
     */
    public interface Projected {
        double impact();

        double capital();

        String storeId();

        String sku();

        String kindId();

        Finding finding();
    }

    /** One finding of the current record; findings without a legacy key are ignored. */
    public void add(Finding finding, ItemValues values) {
        Optional<LegacyPrimitive> key = finding.legacyPrimitive();
        if (key.isPresent()) {
            add(key.get(), new Built(finding), values);
        }
    }

    /** One finding of the current record under its legacy key. */
    public void add(LegacyPrimitive key, Projected member, ItemValues values) {
        Candidate best = recordBest.get(key);
        if (best == null || member.impact() > best.impact()) {
            recordBest.put(key, new Candidate(member, values));
        }
        key(key).sourceTypes.add(member.kindId());
    }

    /** An already built finding. */
    private record Built(Finding finding) implements Projected {
        @Override
        public double impact() {
            return finding.annualProfitAtRisk();
        }

        @Override
        public double capital() {
            return finding.capitalTiedUp();
        }

        @Override
        public String storeId() {
            return finding.storeId();
        }

        @Override
        public String sku() {
            return finding.sku();
        }

        @Override
        public String kindId() {
            return finding.kind().id();
        }
    }

    /** A projected item: its finding and record values; made into an {@link ItemDetail} only if it is in a top 20. */
    private record Candidate(Projected member, ItemValues values) {
        double impact() {
            return member.impact();
        }

        ItemDetail detail() {
            Finding finding = member.finding();
            return new ItemDetail(
                    finding.sku(),
                    Formats.rounded(finding.confidence(), 2),
                    finding.description().length() <= DESCRIPTION_LENGTH
                            ? finding.description()
                            : finding.description().substring(0, DESCRIPTION_LENGTH),
                    values.quantity(),
                    values.cost(),
                    values.revenue(),
                    values.sold(),
                    values.margin(),
                    values.subTotal(),
                    finding.context(),
                    finding.findingId(),
                    finding.kind().id(),
                    finding.subtype(),
                    finding.annualProfitAtRisk(),
                    finding.capitalTiedUp(),
                    finding.confidence(),
                    finding.trend().name(),
                    finding.storeId());
        }
    }

    private static int compareLargestFirst(Candidate left, Candidate right) {
        int byImpact = Double.compare(right.impact(), left.impact());
        if (byImpact != 0) {
            return byImpact;
        }
        int byStore = CodePoints.compare(left.member().storeId(), right.member().storeId());
        return byStore != 0
                ? byStore
                : CodePoints.compare(left.member().sku(), right.member().sku());
    }

    /** The current record is complete: each key keeps its largest finding of the record. */
    public void endRecord() {
        recordBest.forEach((primitive, candidate) -> {
            key(primitive).add(candidate);
            impactByStore.merge(candidate.member().storeId(), candidate.impact(), Double::sum);
        });
        recordBest.clear();
    }

    /**
     * The response.
     *
     * @param counts rows read and rejected
     * @param uniqueItems distinct (store, SKU) under any key
     * @param annualProfitAtRiskTotal the engine's de-duplicated total
     * @param storeDiagnoses store-level hypotheses (§9.5)
     */
    public LegacyResponse finish(
            InputCounts counts,
            long uniqueItems,
            double annualProfitAtRiskTotal,
            Map<String, Diagnosis> storeDiagnoses) {
        Map<String, LeakEntry> leaks = new LinkedHashMap<>();
        Map<String, Double> breakdown = new LinkedHashMap<>();
        long flagged = 0;
        long critical = 0;
        long high = 0;
        for (LegacyPrimitive primitive : LegacyPrimitive.values()) {
            Key key = key(primitive);
            List<ItemDetail> top = key.top();
            leaks.put(
                    primitive.id(),
                    LeakEntry.of(
                            primitive,
                            top.stream().map(ItemDetail::sku).toList(),
                            top.stream().map(ItemDetail::score).toList(),
                            top,
                            key.count,
                            key.impact,
                            key.capital,
                            top.stream().map(ItemDetail::findingId).toList(),
                            List.copyOf(key.sourceTypes)));
            breakdown.put(primitive.id(), key.impact);
            flagged += key.count;
            if (primitive.severity().equals("critical")) {
                critical += key.count;
            } else if (primitive.severity().equals("high")) {
                high += key.count;
            }
        }
        EstimatedImpact impact = new EstimatedImpact(
                LOW_FACTOR * annualProfitAtRiskTotal,
                HIGH_FACTOR * annualProfitAtRiskTotal,
                breakdown,
                alert(key(LegacyPrimitive.NEGATIVE_INVENTORY)));
        LegacyResponse.Summary summary = new LegacyResponse.Summary(
                counts.rowsRead(),
                flagged,
                critical,
                high,
                impact,
                uniqueItems,
                counts.rowsRead() - counts.rowsRejected(),
                counts.rowsRejected());
        return new LegacyResponse(
                leaks,
                summary,
                java.util.Arrays.stream(LegacyPrimitive.values())
                        .map(LegacyPrimitive::id)
                        .toList(),
                causeDiagnosis(storeDiagnoses, uniqueItems));
    }

    /** The store with the largest projected impact (ties: code-point order), in the §5.9 shape. */
    private Optional<LegacyResponse.CauseDiagnosis> causeDiagnosis(
            Map<String, Diagnosis> storeDiagnoses, long uniqueItems) {
        String largest = "";
        double largestImpact = -1;
        for (Map.Entry<String, Double> entry : impactByStore.entrySet()) {
            if (!storeDiagnoses.containsKey(entry.getKey())) {
                continue;
            }
            boolean larger = entry.getValue() > largestImpact
                    || (entry.getValue() == largestImpact && CodePoints.compare(entry.getKey(), largest) < 0);
            if (larger) {
                largest = entry.getKey();
                largestImpact = entry.getValue();
            }
        }
        Diagnosis diagnosis = storeDiagnoses.get(largest);
        return diagnosis == null ? Optional.empty() : CauseDiagnoses.of(diagnosis, uniqueItems);
    }

    /** engine.md §5.7 alert over the projected negative items (top 20 with q < 0), counted in the estimate. */
    private static Optional<NegativeInventoryAlert> alert(Key key) {
        if (key.count == 0) {
            return Optional.empty();
        }
        double raw = 0;
        double capped = 0;
        for (ItemDetail detail : key.top()) {
            if (detail.quantity() < 0) {
                double units = Math.abs(detail.quantity());
                raw += units * detail.cost();
                capped += Math.min(Math.min(units, ALERT_UNITS_CAP) * detail.cost(), ALERT_ITEM_CAP);
            }
        }
        boolean anomalous = raw > ANOMALY_THRESHOLD;
        return Optional.of(new NegativeInventoryAlert(
                key.count,
                capped,
                anomalous ? Optional.of(raw) : Optional.empty(),
                anomalous,
                anomalous,
                true,
                false,
                anomalous
                        ? Optional.of("Capped estimate - actual data suggests system sync issues")
                        : Optional.empty()));
    }

    /** One legacy key: counts and sums over all its items, the 20 largest kept. */
    private static final class Key {
        long count;
        double impact;
        double capital;
        final Set<String> sourceTypes = new LinkedHashSet<>();
        /** The smallest of the kept items at the head. */
        final PriorityQueue<Candidate> largest = new PriorityQueue<>(LARGEST_FIRST.reversed());

        void add(Candidate candidate) {
            count++;
            impact += candidate.impact();
            capital += candidate.member().capital();
            if (largest.size() < TOP_ITEMS) {
                largest.add(candidate);
                return;
            }
            Candidate smallest = largest.peek();
            if (smallest != null
                    && candidate.impact() >= smallest.impact()
                    && compareLargestFirst(candidate, smallest) < 0) {
                largest.poll();
                largest.add(candidate);
            }
        }

        List<ItemDetail> top() {
            List<Candidate> top = new ArrayList<>(largest);
            top.sort(LARGEST_FIRST);
            return top.stream().map(Candidate::detail).toList();
        }
    }
}

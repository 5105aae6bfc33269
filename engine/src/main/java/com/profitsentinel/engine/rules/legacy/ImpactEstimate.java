package com.profitsentinel.engine.rules.legacy;

import com.profitsentinel.engine.finding.Formats;
import com.profitsentinel.engine.finding.LegacyPrimitive;
import com.profitsentinel.engine.projection.LegacyResponse.EstimatedImpact;
import com.profitsentinel.engine.projection.LegacyResponse.NegativeInventoryAlert;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dollar-impact estimate of the {@code legacy} engine (engine.md §5.7): per primitive the average capped impact of
 * a sample of its top items, times its count, times 0.7; low and high accumulated unrounded in iteration order; the
 * $10,000,000 sanity cap; rounding to cents only at the end. Negative inventory is reported as a separate alert.
 */
final class ImpactEstimate {
    /** {@code high_estimate} never exceeds this. */
    static final double SANITY_CAP = 10_000_000;

    /** At most this many top items are sampled per primitive. */
    static final int SAMPLE_SIZE = 10;

    /** A raw negative-inventory value above this is anomalous. */
    static final double ANOMALY_THRESHOLD = 100_000;

    static final String ANOMALY_NOTE = "Capped estimate - actual data suggests system sync issues";

    private ImpactEstimate() {}

    /** The estimate over the tallies of every primitive. */
    static EstimatedImpact estimate(Tallies tallies) {
        EnumMap<LegacyPrimitive, Double> breakdown = new EnumMap<>(LegacyPrimitive.class);
        double low = 0;
        double high = 0;
        for (LegacyPrimitive primitive : LegacyPrimitive.values()) {
            double primitiveImpact =
                    primitive == LegacyPrimitive.NEGATIVE_INVENTORY ? 0 : primitiveImpact(tallies.get(primitive));
            breakdown.put(primitive, primitiveImpact);
            low += 0.7 * primitiveImpact;
            high += 1.3 * primitiveImpact;
        }
        if (high > SANITY_CAP) {
            double scale = SANITY_CAP / high;
            low *= scale;
            breakdown.replaceAll((primitive, value) -> value * scale);
            high = SANITY_CAP;
        }
        Map<String, Double> rounded = new LinkedHashMap<>();
        breakdown.forEach((primitive, value) -> rounded.put(primitive.id(), cents(value)));
        return new EstimatedImpact(
                cents(low),
                cents(high),
                rounded,
                negativeInventoryAlert(tallies.get(LegacyPrimitive.NEGATIVE_INVENTORY)));
    }

    /** Steps 1–3: {@code (Σ sample impacts / sample size) * count * 0.7} when the sum is positive, else 0. */
    static double primitiveImpact(PrimitiveTally tally) {
        List<FlaggedItem> top = tally.top().items();
        int sampleSize = Math.min(SAMPLE_SIZE, top.size());
        double sum = 0;
        for (int index = 0; index < sampleSize; index++) {
            sum += top.get(index).impact();
        }
        return sum > 0 ? (sum / sampleSize) * tally.count() * 0.7 : 0;
    }

    /** The negative-inventory alert, empty when nothing is negative. */
    static Optional<NegativeInventoryAlert> negativeInventoryAlert(PrimitiveTally tally) {
        if (tally.count() == 0) {
            return Optional.empty();
        }
        NegativeValue value = negativeValue(tally);
        boolean anomalous = value.raw() > ANOMALY_THRESHOLD;
        return Optional.of(new NegativeInventoryAlert(
                tally.count(),
                cents(value.capped()),
                anomalous ? Optional.of(cents(value.raw())) : Optional.empty(),
                anomalous,
                anomalous,
                true,
                true,
                anomalous ? Optional.of(ANOMALY_NOTE) : Optional.empty()));
    }

    /**
     * {@code raw = Σ abs(q) * c} and {@code capped = Σ min(min(abs(q), 100) * c, 1000)} over the top items (every one
     * has q < 0, which is what the primitive flags).
     */
    static NegativeValue negativeValue(PrimitiveTally tally) {
        double raw = 0;
        double capped = 0;
        for (FlaggedItem item : tally.top().items()) {
            double units = Math.abs(item.fields().q());
            double c = item.fields().c();
            raw += units * c;
            capped += Math.min(Math.min(units, 100) * c, 1000);
        }
        return new NegativeValue(raw, capped);
    }

    private static double cents(double value) {
        return Formats.rounded(value, 2);
    }

    /** The unrounded negative-inventory values. */
    record NegativeValue(double raw, double capped) {}
}

package com.profitsentinel.engine.finding;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One leak type on one SKU in one store (engine.md §4.1): an immutable value that explains itself. Dollar figures are
 * unrounded doubles (rounded only when written out, §0) and never negative.
 *
 * @param findingId stable 16-hex ID (§7.3)
 * @param groupId stable ID of the (store, kind) group
 * @param engine engine id ({@code sentinel}, {@code legacy})
 * @param engineVersion engine version ({@code 2.0.0})
 * @param kind the leak type or legacy primitive
 * @param subtype the rule path that fired, or empty when the type has one path
 * @param storeId store
 * @param sku SKU exactly as in the record
 * @param description item description
 * @param annualProfitAtRisk annual profit at risk in dollars, ≥ 0
 * @param capitalTiedUp at-cost value of the stock concerned, ≥ 0
 * @param confidence 0–1
 * @param severity severity after adjustment and escalation
 * @param trend trend
 * @param trendBasis static or snapshot
 * @param isNew true when a previous snapshot exists and this ID was not in it
 * @param evidence the facts true for the record, in §9.1 order
 * @param inputs the record inputs the formula used ({@code q}, {@code c}, {@code r}, {@code s30}, ...), in order
 * @param details type-specific numbers ({@code months_of_supply}, {@code excess_units}, ...), in order
 * @param context one sentence with the real numbers
 * @param recommendations ordered recommendations
 * @param legacyPrimitive the legacy key this finding projects onto (§11); empty for DATA_QUALITY
 * @param legacyScore the primitive score of a {@code legacy} finding, NaN otherwise
 * @param sourceRow the record's physical row, 0 when the finding is not about one record
 */
public record Finding(
        String findingId,
        String groupId,
        String engine,
        String engineVersion,
        FindingKind kind,
        String subtype,
        String storeId,
        String sku,
        String description,
        double annualProfitAtRisk,
        double capitalTiedUp,
        double confidence,
        Severity severity,
        Trend trend,
        TrendBasis trendBasis,
        boolean isNew,
        List<Evidence> evidence,
        Map<String, Object> inputs,
        Map<String, Object> details,
        String context,
        List<String> recommendations,
        Optional<LegacyPrimitive> legacyPrimitive,
        double legacyScore,
        long sourceRow) {

    public Finding {
        requireNonNull(findingId, "findingId is null");
        requireNonNull(groupId, "groupId is null");
        requireNonNull(engine, "engine is null");
        requireNonNull(engineVersion, "engineVersion is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(subtype, "subtype is null");
        requireNonNull(storeId, "storeId is null");
        requireNonNull(sku, "sku is null");
        requireNonNull(description, "description is null");
        if (!(annualProfitAtRisk >= 0) || Double.isInfinite(annualProfitAtRisk)) {
            throw new IllegalArgumentException("annualProfitAtRisk must be a finite number ≥ 0: " + annualProfitAtRisk);
        }
        if (!(capitalTiedUp >= 0) || Double.isInfinite(capitalTiedUp)) {
            throw new IllegalArgumentException("capitalTiedUp must be a finite number ≥ 0: " + capitalTiedUp);
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be within 0..1: " + confidence);
        }
        requireNonNull(severity, "severity is null");
        requireNonNull(trend, "trend is null");
        requireNonNull(trendBasis, "trendBasis is null");
        evidence = List.copyOf(evidence);
        inputs = ValueMap.of(inputs);
        details = ValueMap.of(details);
        requireNonNull(context, "context is null");
        recommendations = List.copyOf(recommendations);
        requireNonNull(legacyPrimitive, "legacyPrimitive is null");
    }

    /** The facts of the evidence, in order. */
    public List<Fact> facts() {
        return evidence.stream().map(Evidence::fact).toList();
    }
}

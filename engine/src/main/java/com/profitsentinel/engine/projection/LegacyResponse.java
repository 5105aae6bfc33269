package com.profitsentinel.engine.projection;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The legacy result object (engine.md §5.8, §11; api.md §4.10) produced by either engine: the {@code legacy} engine
 * fills it directly, {@link LegacyProjection} projects a {@code sentinel} result onto it. Money values are already
 * rounded as the spec says; JSON writers add {@code currency}, the {@code low}/{@code high} aliases and the run time.
 *
 * @param leaks all 11 keys in {@code primitives_used} order
 * @param summary counts and estimated impact
 * @param primitivesUsed the 11 keys in iteration order
 * @param causeDiagnosis the store-level cause diagnosis; empty when no flagged record has any fact
 */
public record LegacyResponse(
        Map<String, LeakEntry> leaks,
        Summary summary,
        List<String> primitivesUsed,
        Optional<CauseDiagnosis> causeDiagnosis) {

    public LegacyResponse {
        leaks = Collections.unmodifiableMap(new LinkedHashMap<>(leaks));
        requireNonNull(summary, "summary is null");
        primitivesUsed = List.copyOf(primitivesUsed);
        requireNonNull(causeDiagnosis, "causeDiagnosis is null");
    }

    /**
     * One primitive's entry (api.md §4.10.2).
     *
     * @param topItems SKUs, at most 20
     * @param scores 2-decimal scores, same order
     * @param itemDetails details, same order
     * @param count flagged rows (legacy) or distinct (store, sku) (sentinel)
     * @param severity legacy severity
     * @param category legacy category
     * @param recommendations four recommendations
     * @param title display title
     * @param icon display icon
     * @param color display color
     * @param priority display priority
     * @param annualProfitAtRisk additive: Σ over the entry's findings
     * @param capitalTiedUp additive: Σ over the entry's findings
     * @param findingIds additive: the findings of {@code itemDetails}, same order
     * @param sourceTypes additive: sentinel leak types projected into the key
     */
    public record LeakEntry(
            List<String> topItems,
            List<Double> scores,
            List<ItemDetail> itemDetails,
            long count,
            String severity,
            String category,
            List<String> recommendations,
            String title,
            String icon,
            String color,
            int priority,
            double annualProfitAtRisk,
            double capitalTiedUp,
            List<String> findingIds,
            List<String> sourceTypes) {
        /** An entry of one legacy key with its display metadata (engine.md §5.6). */
        public static LeakEntry of(
                com.profitsentinel.engine.finding.LegacyPrimitive primitive,
                List<String> topItems,
                List<Double> scores,
                List<ItemDetail> itemDetails,
                long count,
                double annualProfitAtRisk,
                double capitalTiedUp,
                List<String> findingIds,
                List<String> sourceTypes) {
            return new LeakEntry(
                    topItems,
                    scores,
                    itemDetails,
                    count,
                    primitive.severity(),
                    primitive.category(),
                    primitive.recommendations(),
                    primitive.title(),
                    primitive.icon(),
                    primitive.color(),
                    primitive.priority(),
                    annualProfitAtRisk,
                    capitalTiedUp,
                    findingIds,
                    sourceTypes);
        }

        public LeakEntry {
            topItems = List.copyOf(topItems);
            scores = List.copyOf(scores);
            itemDetails = List.copyOf(itemDetails);
            requireNonNull(severity, "severity is null");
            requireNonNull(category, "category is null");
            recommendations = List.copyOf(recommendations);
            requireNonNull(title, "title is null");
            requireNonNull(icon, "icon is null");
            requireNonNull(color, "color is null");
            findingIds = List.copyOf(findingIds);
            sourceTypes = List.copyOf(sourceTypes);
        }
    }

    /**
     * One flagged item (api.md §4.10.2 {@code ItemDetail}); the last fields are the additive sentinel ones (empty or
     * NaN for the legacy engine).
     *
     * @param sku SKU
     * @param score 2-decimal score
     * @param description up to 50 characters
     * @param quantity q
     * @param cost c
     * @param revenue r
     * @param sold units sold as exported (else s30, 2 decimals)
     * @param margin the margin field (legacy) or m × 100 with 1 decimal (sentinel)
     * @param subTotal inventory value
     * @param context the sentence
     * @param findingId additive
     * @param leakType additive
     * @param subtype additive
     * @param annualProfitAtRisk additive, NaN for legacy
     * @param capitalTiedUp additive, NaN for legacy
     * @param confidence additive, NaN for legacy
     * @param trend additive
     * @param storeId additive
     */
    public record ItemDetail(
            String sku,
            double score,
            String description,
            double quantity,
            double cost,
            double revenue,
            double sold,
            double margin,
            double subTotal,
            String context,
            String findingId,
            String leakType,
            String subtype,
            double annualProfitAtRisk,
            double capitalTiedUp,
            double confidence,
            String trend,
            String storeId) {
        public ItemDetail {
            requireNonNull(sku, "sku is null");
            requireNonNull(description, "description is null");
            requireNonNull(context, "context is null");
            requireNonNull(findingId, "findingId is null");
            requireNonNull(leakType, "leakType is null");
            requireNonNull(subtype, "subtype is null");
            requireNonNull(trend, "trend is null");
            requireNonNull(storeId, "storeId is null");
        }
    }

    /**
     * The summary (engine.md §5.8, api.md §4.10.3), without the run time.
     *
     * @param totalRowsAnalyzed all data rows read
     * @param totalItemsFlagged Σ counts
     * @param criticalIssues Σ counts of critical primitives
     * @param highIssues Σ counts of high primitives
     * @param estimatedImpact the impact estimate
     * @param uniqueItemsFlagged additive: distinct (store, sku) under any key
     * @param rowsAccepted additive
     * @param rowsRejected additive
     */
    public record Summary(
            long totalRowsAnalyzed,
            long totalItemsFlagged,
            long criticalIssues,
            long highIssues,
            EstimatedImpact estimatedImpact,
            long uniqueItemsFlagged,
            long rowsAccepted,
            long rowsRejected) {
        public Summary {
            requireNonNull(estimatedImpact, "estimatedImpact is null");
        }
    }

    /**
     * The impact estimate (engine.md §5.7, §11), rounded to cents.
     *
     * @param lowEstimate low
     * @param highEstimate high
     * @param breakdown all 11 keys
     * @param negativeInventoryAlert empty when no item is negative
     */
    public record EstimatedImpact(
            double lowEstimate,
            double highEstimate,
            Map<String, Double> breakdown,
            Optional<NegativeInventoryAlert> negativeInventoryAlert) {
        public EstimatedImpact {
            breakdown = Collections.unmodifiableMap(new LinkedHashMap<>(breakdown));
            requireNonNull(negativeInventoryAlert, "negativeInventoryAlert is null");
        }
    }

    /**
     * The negative-inventory alert (engine.md §5.7).
     *
     * @param itemsFound count of negative items
     * @param potentialUntrackedCogs capped estimate
     * @param rawDataAnomalyValue raw value when above 100,000
     * @param isAnomalous raw above 100,000
     * @param thresholdExceeded raw above 100,000
     * @param requiresAudit always true
     * @param excludedFromAnnualEstimate true for legacy, false for the sentinel projection
     * @param note set when anomalous
     */
    public record NegativeInventoryAlert(
            long itemsFound,
            double potentialUntrackedCogs,
            Optional<Double> rawDataAnomalyValue,
            boolean isAnomalous,
            boolean thresholdExceeded,
            boolean requiresAudit,
            boolean excludedFromAnnualEstimate,
            Optional<String> note) {
        public NegativeInventoryAlert {
            requireNonNull(rawDataAnomalyValue, "rawDataAnomalyValue is null");
            requireNonNull(note, "note is null");
        }
    }

    /**
     * The cause diagnosis (engine.md §5.9).
     *
     * @param topCause the top cause id
     * @param confidence confidence
     * @param ambiguity ambiguity
     * @param needsReview needs review
     * @param reviewReason the review reason, empty when none
     * @param hypotheses top 3 with score > 0
     * @param alternativeCauses ranks 2–4
     * @param evidenceSummary counts
     */
    public record CauseDiagnosis(
            String topCause,
            double confidence,
            double ambiguity,
            boolean needsReview,
            Optional<String> reviewReason,
            List<CauseHypothesis> hypotheses,
            List<AlternativeCause> alternativeCauses,
            EvidenceSummary evidenceSummary) {
        public CauseDiagnosis {
            requireNonNull(topCause, "topCause is null");
            requireNonNull(reviewReason, "reviewReason is null");
            hypotheses = List.copyOf(hypotheses);
            alternativeCauses = List.copyOf(alternativeCauses);
            requireNonNull(evidenceSummary, "evidenceSummary is null");
        }
    }

    /** One of the top hypotheses: cause id, probability (3 decimals), evidence sentences. */
    public record CauseHypothesis(String cause, double probability, List<String> evidence) {
        public CauseHypothesis {
            requireNonNull(cause, "cause is null");
            evidence = List.copyOf(evidence);
        }
    }

    /** A lower-ranked cause: id, score, confidence. */
    public record AlternativeCause(String cause, double score, double confidence) {
        public AlternativeCause {
            requireNonNull(cause, "cause is null");
        }
    }

    /** What the diagnosis was based on. */
    public record EvidenceSummary(long totalItems, long itemsWithEvidence, Map<String, Integer> factsFired) {
        public EvidenceSummary {
            factsFired = Collections.unmodifiableMap(new LinkedHashMap<>(factsFired));
        }
    }
}

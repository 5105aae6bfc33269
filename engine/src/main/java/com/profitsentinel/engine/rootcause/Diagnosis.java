package com.profitsentinel.engine.rootcause;

import static java.util.Objects.requireNonNull;

import com.profitsentinel.engine.finding.Fact;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The root-cause result of a group or a store (engine.md §9.4, §9.5).
 *
 * @param hypotheses every cause with score > 0, ranked
 * @param rootCause the top cause when its confidence reaches the minimum; empty otherwise
 * @param confidence support × (1 − 0.5 × ambiguity)
 * @param ambiguity second score / top score
 * @param support top score / SKUs with evidence
 * @param agreement share of SKUs with evidence whose own top cause is the group's top cause
 * @param needsReview whether a person should look
 * @param reviewReason the first reason that applies ({@code low_confidence}, {@code competing_hypotheses},
 *     {@code thin_evidence}, {@code sensitive_cause}), empty when no review is needed
 * @param factsUsed fact → number of SKUs it was true for (only facts used by the type)
 * @param skusWithEvidence SKUs with any evidence
 */
public record Diagnosis(
        List<Hypothesis> hypotheses,
        Optional<Cause> rootCause,
        double confidence,
        double ambiguity,
        double support,
        double agreement,
        boolean needsReview,
        Optional<String> reviewReason,
        Map<Fact, Integer> factsUsed,
        int skusWithEvidence) {

    public Diagnosis {
        hypotheses = List.copyOf(hypotheses);
        requireNonNull(rootCause, "rootCause is null");
        requireNonNull(reviewReason, "reviewReason is null");
        factsUsed = factsUsed.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(factsUsed));
    }

    /** The diagnosis of a group without evidence. */
    public static Diagnosis none() {
        return new Diagnosis(List.of(), Optional.empty(), 0, 0, 0, 0, false, Optional.empty(), Map.of(), 0);
    }

    /** The top hypothesis, if any. */
    public Optional<Hypothesis> top() {
        return hypotheses.isEmpty() ? Optional.empty() : Optional.of(hypotheses.get(0));
    }
}

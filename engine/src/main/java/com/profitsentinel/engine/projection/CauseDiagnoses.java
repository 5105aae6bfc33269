package com.profitsentinel.engine.projection;

import com.profitsentinel.engine.finding.Fact;
import com.profitsentinel.engine.finding.Formats;
import com.profitsentinel.engine.projection.LegacyResponse.AlternativeCause;
import com.profitsentinel.engine.projection.LegacyResponse.CauseDiagnosis;
import com.profitsentinel.engine.projection.LegacyResponse.CauseHypothesis;
import com.profitsentinel.engine.projection.LegacyResponse.EvidenceSummary;
import com.profitsentinel.engine.rootcause.Diagnosis;
import com.profitsentinel.engine.rootcause.EvidenceRules;
import com.profitsentinel.engine.rootcause.Hypothesis;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A store's diagnosis in the shape of the legacy {@code cause_diagnosis} (engine.md §5.9). */
public final class CauseDiagnoses {
    private static final int HYPOTHESES = 3;
    private static final int LAST_ALTERNATIVE_RANK = 4;
    private static final int FACTS_PER_HYPOTHESIS = 3;

    private CauseDiagnoses() {}

    /** The {@code cause_diagnosis} of a diagnosis over {@code totalItems} flagged records; empty without a cause. */
    public static Optional<CauseDiagnosis> of(Diagnosis diagnosis, long totalItems) {
        List<Hypothesis> hypotheses = diagnosis.hypotheses();
        if (hypotheses.isEmpty()) {
            return Optional.empty();
        }
        List<CauseHypothesis> top = new ArrayList<>();
        for (Hypothesis hypothesis : hypotheses.subList(0, Math.min(HYPOTHESES, hypotheses.size()))) {
            top.add(new CauseHypothesis(
                    hypothesis.cause().id(),
                    Formats.rounded(hypothesis.share(), 3),
                    evidence(hypothesis, diagnosis.factsUsed())));
        }
        List<AlternativeCause> alternatives = new ArrayList<>();
        for (Hypothesis hypothesis : hypotheses.subList(1, Math.min(LAST_ALTERNATIVE_RANK, hypotheses.size()))) {
            alternatives.add(new AlternativeCause(
                    hypothesis.cause().id(),
                    Formats.rounded(hypothesis.score(), 4),
                    Formats.rounded(hypothesis.score() / diagnosis.skusWithEvidence(), 4)));
        }
        Map<String, Integer> factsFired = new LinkedHashMap<>();
        diagnosis.factsUsed().forEach((fact, count) -> factsFired.put(fact.id(), count));
        return Optional.of(new CauseDiagnosis(
                hypotheses.get(0).cause().id(),
                Formats.rounded(diagnosis.confidence(), 4),
                Formats.rounded(diagnosis.ambiguity(), 4),
                diagnosis.needsReview(),
                diagnosis.reviewReason(),
                top,
                alternatives,
                new EvidenceSummary(totalItems, diagnosis.skusWithEvidence(), factsFired)));
    }

    /**
     * {@code Supported by N flagged item(s)}, then the three facts that support the cause on the most records (ties in
     * §9.1 order), each as {@code fact (n item(s))}.
     */
    private static List<String> evidence(Hypothesis hypothesis, Map<Fact, Integer> factCounts) {
        List<String> lines = new ArrayList<>();
        lines.add("Supported by " + hypothesis.evidenceCount() + " flagged item(s)");
        factCounts.entrySet().stream()
                .filter(entry -> EvidenceRules.weight(entry.getKey(), hypothesis.cause()) > 0)
                .sorted(Map.Entry.<Fact, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(FACTS_PER_HYPOTHESIS)
                .forEach(entry -> lines.add(entry.getKey().id() + " (" + entry.getValue() + " item(s))"));
        return lines;
    }
}

package com.profitsentinel.engine.rootcause;

import static java.util.Objects.requireNonNull;

import com.profitsentinel.engine.finding.Fact;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What store-level scoring (engine.md §9.5) needs from one group: its impact (the weight), its diagnosis (per-cause
 * scores, {@code n_e}, evidence counts and the facts true in it) and the facts its leak type may use (for
 * {@code why_lower}, §9.6).
 *
 * @param impact the group's annual profit at risk, ≥ 0
 * @param diagnosis the group's diagnosis from {@link EvidenceScorer#scoreGroup}
 * @param relevantFacts the facts the group's type uses ({@link EvidenceRules#usedBy})
 */
public record GroupEvidence(double impact, Diagnosis diagnosis, Set<Fact> relevantFacts) {
    public GroupEvidence {
        if (!(impact >= 0) || Double.isInfinite(impact)) {
            throw new IllegalArgumentException("impact must be a finite number ≥ 0: " + impact);
        }
        requireNonNull(diagnosis, "diagnosis is null");
        relevantFacts = Collections.unmodifiableSet(
                relevantFacts.isEmpty() ? EnumSet.noneOf(Fact.class) : EnumSet.copyOf(relevantFacts));
    }
}

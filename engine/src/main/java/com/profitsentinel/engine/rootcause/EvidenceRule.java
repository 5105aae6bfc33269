package com.profitsentinel.engine.rootcause;

import static java.util.Objects.requireNonNull;

import com.profitsentinel.engine.finding.Fact;

/**
 * One non-zero cell of the evidence table (engine.md §9.2): a true fact adds {@code weight} to a cause (negative weights
 * are counter-evidence), with the one-line reason shown in explanations.
 *
 * @param fact the fact
 * @param cause the cause it speaks for or against
 * @param weight the weight, never 0
 * @param rationale why the fact points to (or away from) the cause
 */
public record EvidenceRule(Fact fact, Cause cause, double weight, String rationale) {
    public EvidenceRule {
        requireNonNull(fact, "fact is null");
        requireNonNull(cause, "cause is null");
        if (weight == 0 || !Double.isFinite(weight)) {
            throw new IllegalArgumentException("weight must be finite and not 0: " + weight);
        }
        requireNonNull(rationale, "rationale is null");
        if (rationale.isBlank()) {
            throw new IllegalArgumentException("rationale is blank");
        }
    }

    /** Whether the fact speaks for the cause (positive weight). */
    public boolean supports() {
        return weight > 0;
    }
}

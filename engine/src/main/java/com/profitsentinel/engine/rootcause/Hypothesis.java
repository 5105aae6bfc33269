package com.profitsentinel.engine.rootcause;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One cause a group's evidence points to (engine.md §9.4 step 9, §9.6).
 *
 * @param cause the cause
 * @param rank 1 = the top cause
 * @param score Σ over SKUs of the cause's normalized weight
 * @param share score / Σ scores
 * @param evidenceCount SKUs whose normalized weight for the cause is positive
 * @param whyLower for ranks 2–4, why this cause scored lower than the top one (§9.6); empty otherwise
 */
public record Hypothesis(Cause cause, int rank, double score, double share, int evidenceCount, List<String> whyLower) {
    public Hypothesis {
        requireNonNull(cause, "cause is null");
        whyLower = List.copyOf(whyLower);
    }
}

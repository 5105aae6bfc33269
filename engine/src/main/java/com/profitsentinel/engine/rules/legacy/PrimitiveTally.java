package com.profitsentinel.engine.rules.legacy;

/**
 * What the response keeps of one primitive over the whole analysis (engine.md §5.4): the count of flagged records,
 * the top 20 and the Σ of the findings' annual figures. Not thread-safe.
 */
final class PrimitiveTally {
    private final TopItems top;
    private long count;
    private double impact;

    PrimitiveTally() {
        this(new TopItems(), 0, 0);
    }

    private PrimitiveTally(TopItems top, long count, double impact) {
        this.top = top;
        this.count = count;
        this.impact = impact;
    }

    void add(FlaggedItem item, double findingImpact) {
        count++;
        impact += findingImpact;
        top.offer(item);
    }

    long count() {
        return count;
    }

    /** Σ annual profit at risk of the primitive's findings. */
    double impact() {
        return impact;
    }

    TopItems top() {
        return top;
    }

    /** An independent copy (a checkpoint). */
    PrimitiveTally copy() {
        return new PrimitiveTally(top.copy(), count, impact);
    }
}

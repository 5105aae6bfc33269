package com.profitsentinel.engine.finding;

/** Whether a finding is getting worse (engine.md §8), with its priority multiplier and urgency score. */
public enum Trend {
    WORSENING(1.5, 0.9),
    STABLE(1.0, 0.5),
    IMPROVING(0.7, 0.2);

    private final double priorityMultiplier;
    private final double urgencyScore;

    Trend(double priorityMultiplier, double urgencyScore) {
        this.priorityMultiplier = priorityMultiplier;
        this.urgencyScore = urgencyScore;
    }

    /** Digest multiplier: 1.5 / 1.0 / 0.7. */
    public double priorityMultiplier() {
        return priorityMultiplier;
    }

    /** Group urgency kept for compatibility: 0.9 / 0.5 / 0.2. */
    public double urgencyScore() {
        return urgencyScore;
    }

    /** The worse of two trends (WORSENING > STABLE > IMPROVING). */
    public Trend worst(Trend other) {
        return rank(this) >= rank(other) ? this : other;
    }

    private static int rank(Trend trend) {
        return switch (trend) {
            case WORSENING -> 2;
            case STABLE -> 1;
            case IMPROVING -> 0;
        };
    }
}

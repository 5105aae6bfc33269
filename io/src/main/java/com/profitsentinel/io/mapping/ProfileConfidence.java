package com.profitsentinel.io.mapping;

import java.util.Locale;

/**
 * How much a POS profile is trusted (columns.md §8): high for profiles verified on real exports, low for ones based on
 * documentation only (shown with a "please check" badge). Sets the profile tier's score (§6.3).
 */
public enum ProfileConfidence {
    HIGH(1.00),
    MEDIUM(0.95),
    LOW(0.90);

    private final double firstChoiceScore;

    ProfileConfidence(double firstChoiceScore) {
        this.firstChoiceScore = firstChoiceScore;
    }

    /** The score of the profile's first choice for a field; each listed alternative scores 0.05 less. */
    public double firstChoiceScore() {
        return firstChoiceScore;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

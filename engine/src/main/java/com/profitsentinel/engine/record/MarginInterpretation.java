package com.profitsentinel.engine.record;

/**
 * How a file's margin-like column is to be read (engine.md §2.3.3): its scale (percent units or fractions) and its
 * meaning (margin on retail or markup on cost). Decided once per column by ingestion.
 *
 * @param percentUnits values are in percent (25.9 means 25.9 %) and are divided by 100
 * @param markup values are markup on cost and are converted to margin with k / (1 + k)
 */
public record MarginInterpretation(boolean percentUnits, boolean markup) {
    /** Margins written as fractions (0.259). */
    public static final MarginInterpretation FRACTION_MARGIN = new MarginInterpretation(false, false);

    /**
     * The reported margin as a fraction on retail, or NaN when the raw value is unknown, a markup is at or below −100 %,
     * or the margin is above 100 % (both {@code IMPOSSIBLE_MARGIN}, see {@link #impossible(double)}).
     */
    public double margin(double raw) {
        if (Double.isNaN(raw)) {
            return Double.NaN;
        }
        double value = percentUnits ? raw / 100 : raw;
        if (markup) {
            if (value <= -1) {
                return Double.NaN;
            }
            value = value / (1 + value);
        }
        return value > 1.0 ? Double.NaN : value;
    }

    /** Whether a known raw value reads as an impossible margin (above 100 % after conversion, or markup ≤ −100 %). */
    public boolean impossible(double raw) {
        return !Double.isNaN(raw) && Double.isNaN(margin(raw));
    }
}

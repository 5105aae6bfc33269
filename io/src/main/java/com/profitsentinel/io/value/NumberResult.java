package com.profitsentinel.io.value;

/**
 * The outcome of parsing one numeric cell, reused from cell to cell so that the per-row path allocates nothing. Read
 * {@link #status()} first; {@link #value()} is meaningful only for {@link Status#VALUE}.
 */
public final class NumberResult {
    /** What the cell held. */
    public enum Status {
        /** A finite number. */
        VALUE,
        /** Blank or a "no value" spelling such as {@code N/A} (columns.md §5.1); no data-quality note. */
        MISSING,
        /** Not a number ({@code 12..5}, {@code abc}): {@code UNPARSEABLE_NUMBER}. */
        UNPARSEABLE,
        /** {@code NaN}, {@code Infinity}, {@code #N/A}, ...: {@code NON_FINITE_NUMBER}. */
        NON_FINITE
    }

    private Status status = Status.MISSING;
    private double value = Double.NaN;
    private boolean percent;

    public Status status() {
        return status;
    }

    /** The number; NaN unless the status is {@link Status#VALUE}. */
    public double value() {
        return value;
    }

    /** Whether the cell carried a percent sign ({@code 12%}); the value is then 12, not 0.12. */
    public boolean percent() {
        return percent;
    }

    public void setValue(double number, boolean withPercentSign) {
        if (Double.isNaN(number) || Double.isInfinite(number)) {
            throw new IllegalArgumentException("not a finite number: " + number);
        }
        status = Status.VALUE;
        value = number;
        percent = withPercentSign;
    }

    public void setMissing() {
        set(Status.MISSING);
    }

    public void setUnparseable() {
        set(Status.UNPARSEABLE);
    }

    public void setNonFinite() {
        set(Status.NON_FINITE);
    }

    private void set(Status newStatus) {
        status = newStatus;
        value = Double.NaN;
        percent = false;
    }

    @Override
    public String toString() {
        return status == Status.VALUE ? value + (percent ? "%" : "") : status.name();
    }
}

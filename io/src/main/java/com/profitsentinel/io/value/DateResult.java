package com.profitsentinel.io.value;

/**
 * The outcome of parsing one date cell, reused from cell to cell. Read {@link #status()} first; {@link #epochDay()} is
 * meaningful only for {@link Status#VALUE}.
 */
public final class DateResult {
    /** What the cell held. */
    public enum Status {
        /** A calendar date. */
        VALUE,
        /** Blank, or a placeholder meaning "never" ({@code 00000000}, {@code 1900-01-01}, ...). */
        MISSING,
        /** Not a date in any supported format: {@code UNPARSEABLE_DATE}. */
        UNPARSEABLE
    }

    private Status status = Status.MISSING;
    private int epochDay;

    public Status status() {
        return status;
    }

    /** Days since 1970-01-01 in the store's time zone; only meaningful for {@link Status#VALUE}. */
    public int epochDay() {
        return epochDay;
    }

    public void setValue(int day) {
        status = Status.VALUE;
        epochDay = day;
    }

    public void setMissing() {
        status = Status.MISSING;
        epochDay = 0;
    }

    public void setUnparseable() {
        status = Status.UNPARSEABLE;
        epochDay = 0;
    }

    @Override
    public String toString() {
        return status == Status.VALUE ? java.time.LocalDate.ofEpochDay(epochDay).toString() : status.name();
    }
}

package com.profitsentinel.engine.analysis;

import static java.util.Objects.requireNonNull;

import com.profitsentinel.engine.rule.Parameters;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What an analysis depends on besides its records (engine.md §2.1): the reference date, the thresholds and the previous
 * snapshot for two-snapshot trends, plus how findings leave the engine. Engines read nothing else: no clock, no files.
 *
 * @param asOf the analysis date; every "days since" is measured to it
 * @param parameters the effective thresholds
 * @param previous the most recent earlier result of the same store and engine major version, if any
 * @param listener receives every finding as it is made
 * @param retainedFindings at most this many findings are kept in the result (the ones with the largest annual profit at
 *     risk, ties in record order); counts, totals, groups and root causes always cover every finding
 */
public record AnalysisContext(
        LocalDate asOf,
        Parameters parameters,
        Optional<Snapshot> previous,
        FindingListener listener,
        int retainedFindings) {

    /** Keep every finding. */
    public static final int ALL_FINDINGS = Integer.MAX_VALUE;

    public AnalysisContext {
        requireNonNull(asOf, "asOf is null");
        requireNonNull(parameters, "parameters is null");
        requireNonNull(previous, "previous is null");
        requireNonNull(listener, "listener is null");
        if (retainedFindings < 0) {
            throw new IllegalArgumentException("retainedFindings is negative: " + retainedFindings);
        }
    }

    /** A context that keeps every finding and has no previous snapshot. */
    public AnalysisContext(LocalDate asOf, Parameters parameters, Optional<Snapshot> previous) {
        this(asOf, parameters, previous, FindingListener.NONE, ALL_FINDINGS);
    }

    /** A context with the standard preset, no previous snapshot, every finding kept. */
    public static AnalysisContext of(LocalDate asOf) {
        return new AnalysisContext(asOf, Parameters.standard(), Optional.empty());
    }

    /** Whether a listener other than {@link FindingListener#NONE} wants every finding as it is made. */
    public boolean hasListener() {
        return !FindingListener.NONE.equals(listener);
    }

    /** The analysis date as days since 1970-01-01. */
    public int asOfDay() {
        return (int) asOf.toEpochDay();
    }
}

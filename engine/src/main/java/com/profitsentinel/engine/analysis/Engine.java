package com.profitsentinel.engine.analysis;

import com.profitsentinel.engine.rule.RuleDescriptor;
import java.util.List;

/**
 * A registered, versioned detector (engine.md §1): a pure function of the records, the thresholds and the analysis
 * date. No clock, no I/O, no randomness: the same input gives byte-identical findings.
 */
public interface Engine {
    /** The engine id: {@code legacy} or {@code sentinel}. */
    String id();

    /** The semantic version ({@code 2.0.0}); the major number is part of every finding ID. */
    String version();

    /** The major version. */
    default int majorVersion() {
        return Integer.parseInt(version().substring(0, version().indexOf('.')));
    }

    /** The engine's rules, in registry order. */
    List<RuleDescriptor> rules();

    /** Starts an analysis. */
    Analysis start(AnalysisContext context);
}

package com.profitsentinel.engine.analysis;

import com.profitsentinel.engine.finding.Finding;

/**
 * Receives every finding the moment the engine makes it, so that huge inputs can be written out as they are analysed
 * (ndjson) without keeping every finding in memory.
 */
@FunctionalInterface
public interface FindingListener {
    /** A listener that ignores findings. */
    FindingListener NONE = finding -> {};

    void finding(Finding finding);
}

package com.profitsentinel.engine.rules.legacy;

import com.profitsentinel.engine.analysis.Analysis;
import com.profitsentinel.engine.analysis.AnalysisContext;
import com.profitsentinel.engine.analysis.Engine;
import com.profitsentinel.engine.rule.RuleDescriptor;
import java.util.List;

/**
 * The {@code legacy} engine, version 1.0.0 (engine.md §1, §5): the reference implementation's 11 primitives with the
 * same flags, scores, counts and ordering, the documented impact estimate (§5.7) and a cause diagnosis from the shared
 * evidence scorer (§5.9). Its thresholds are fixed; the context's parameters are not read. Stateless; every
 * {@link #start} returns an independent analysis.
 */
public final class LegacyEngine implements Engine {
    /** The engine id. */
    public static final String ID = "legacy";

    /** The engine version. */
    public static final String VERSION = "1.0.0";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return VERSION;
    }

    /** The 11 primitives, sorted by rule id. */
    @Override
    public List<RuleDescriptor> rules() {
        return LegacyRules.descriptors();
    }

    @Override
    public Analysis start(AnalysisContext context) {
        return new LegacyAnalysis(context, ID, VERSION, majorVersion());
    }
}

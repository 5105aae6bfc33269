package com.profitsentinel.engine.rules.sentinel;

import com.profitsentinel.engine.analysis.Analysis;
import com.profitsentinel.engine.analysis.AnalysisContext;
import com.profitsentinel.engine.analysis.Engine;
import com.profitsentinel.engine.rule.RuleDescriptor;
import java.util.List;

/**
 * The {@code sentinel} engine, version 2 (engine.md §6): thirteen leak rules with documented dollar formulas, evidence
 * on every finding, root causes by transparent scoring (§9), two-snapshot trends (§8) and de-duplicated totals (§7.2).
 */
public final class SentinelEngine implements Engine {
    /** The engine id. */
    public static final String ID = "sentinel";

    /** The engine version; its major number is part of every finding ID. */
    public static final String VERSION = "2.0.0";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public List<RuleDescriptor> rules() {
        return SentinelRules.descriptors();
    }

    @Override
    public Analysis start(AnalysisContext context) {
        return new SentinelAnalysis(context);
    }
}

package com.profitsentinel.engine.rules.legacy;

import com.profitsentinel.engine.finding.LegacyPrimitive;
import com.profitsentinel.engine.rule.RuleDescriptor;
import java.util.Comparator;
import java.util.List;

/**
 * The registry of the {@code legacy} engine's 11 primitives (engine.md §5.3), one line per rule, sorted by id. Rules
 * are never found by scanning.
 */
final class LegacyRules {
    private static final List<LegacyRule> ALL = List.of(
            new DeadItemRule(),
            new HighMarginLeakRule(),
            new LowStockRule(),
            new MarginErosionRule(),
            new NegativeInventoryRule(),
            new NegativeProfitRule(),
            new OverstockRule(),
            new PriceDiscrepancyRule(),
            new SevereInventoryDeficitRule(),
            new ShrinkagePatternRule(),
            new ZeroCostAnomalyRule());

    private static final List<LegacyRule> ITERATION_ORDER =
            ALL.stream().sorted(Comparator.comparing(LegacyRule::primitive)).toList();

    private LegacyRules() {}

    /** Every rule, sorted by id. */
    static List<LegacyRule> all() {
        return ALL;
    }

    /** Every rule in the primitive iteration order of §5.4 ({@link LegacyPrimitive} declaration order). */
    static List<LegacyRule> inIterationOrder() {
        return ITERATION_ORDER;
    }

    /** The descriptors, sorted by id. */
    static List<RuleDescriptor> descriptors() {
        return ALL.stream().map(LegacyRule::descriptor).toList();
    }
}

package com.profitsentinel.engine.rules.sentinel;

import com.profitsentinel.engine.finding.LeakType;
import com.profitsentinel.engine.rule.RuleDescriptor;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every rule of the {@code sentinel} engine, one line each, sorted by rule id (style §2.4). Rules are never found by
 * scanning: a reviewer sees every active rule here.
 */
final class SentinelRules {
    static final List<SentinelRule> ALL = List.of(
            new BelowCostRule(),
            new DeadStockRule(),
            new LowStockRule(),
            new MarginErosionRule(),
            new NegativeInventoryRule(),
            new OverstockRule(),
            new PatronageMissRule(),
            new PriceDiscrepancyRule(),
            new PurchasingLeakageRule(),
            new ReceivingGapRule(),
            new ShrinkageRule(),
            new VendorShortShipRule(),
            new ZeroCostRule());

    private static final Map<LeakType, SentinelRule> BY_TYPE = byType();

    private SentinelRules() {}

    /** The rule of a leak type. */
    static SentinelRule forType(LeakType type) {
        SentinelRule rule = BY_TYPE.get(type);
        if (rule == null) {
            throw new IllegalArgumentException("no sentinel rule finds " + type);
        }
        return rule;
    }

    private static Map<LeakType, SentinelRule> byType() {
        EnumMap<LeakType, SentinelRule> byType = new EnumMap<>(LeakType.class);
        for (SentinelRule rule : ALL) {
            if (byType.put((LeakType) rule.descriptor().kind(), rule) != null) {
                throw new IllegalStateException(
                        "two rules find " + rule.descriptor().kind());
            }
        }
        return Collections.unmodifiableMap(byType);
    }

    /** The descriptors, in registry order. */
    static List<RuleDescriptor> descriptors() {
        return ALL.stream().map(SentinelRule::descriptor).toList();
    }
}

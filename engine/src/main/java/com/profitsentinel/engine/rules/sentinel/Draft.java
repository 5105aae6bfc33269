package com.profitsentinel.engine.rules.sentinel;

import static java.util.Objects.requireNonNull;

import com.profitsentinel.engine.finding.LeakType;
import com.profitsentinel.engine.finding.Severity;
import com.profitsentinel.engine.finding.Trend;
import com.profitsentinel.engine.finding.ValueMap;
import java.util.Map;

/**
 * What a rule found on one record, before the engine completes it into a finding (IDs, snapshot trend, escalation,
 * evidence).
 *
 * @param type the leak type
 * @param subtype the rule path, or empty
 * @param impact annual profit at risk, ≥ 0
 * @param capital capital tied up, ≥ 0
 * @param confidence 0–1
 * @param severity severity after the type's adjustment, before escalation by impact
 * @param staticTrend the rule's static trend
 * @param details type-specific numbers, in order
 * @param context the item sentence
 */
record Draft(
        LeakType type,
        String subtype,
        double impact,
        double capital,
        double confidence,
        Severity severity,
        Trend staticTrend,
        Map<String, Object> details,
        String context) {

    Draft {
        requireNonNull(type, "type is null");
        requireNonNull(subtype, "subtype is null");
        if (Double.isNaN(impact) || impact < 0) {
            impact = 0;
        }
        if (Double.isNaN(capital) || capital < 0) {
            capital = 0;
        }
        confidence = Math.max(0, Math.min(1, confidence));
        requireNonNull(severity, "severity is null");
        requireNonNull(staticTrend, "staticTrend is null");
        details = ValueMap.of(details);
        requireNonNull(context, "context is null");
    }

    /** A draft with the type's base severity. */
    static Draft of(
            LeakType type,
            String subtype,
            double impact,
            double capital,
            double confidence,
            Trend staticTrend,
            Map<String, Object> details,
            String context) {
        return new Draft(
                type, subtype, impact, capital, confidence, type.baseSeverity(), staticTrend, details, context);
    }
}

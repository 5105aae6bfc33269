package com.profitsentinel.app.findings;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * One group (a leak type in a store) of one analysis as stored.
 *
 * @param severity the highest severity of its findings ({@code info} when none is known)
 * @param priority the digest priority, 0 when the group was not ranked
 * @param document the group's JSON object as the native result writes it (with its root cause and hypotheses)
 */
public record StoredGroup(
        String groupId,
        String leakType,
        long skuCount,
        String severity,
        BigDecimal annualProfitAtRisk,
        BigDecimal capitalTiedUp,
        double priority,
        String document) {
    public StoredGroup {
        requireNonNull(groupId, "groupId is null");
        requireNonNull(leakType, "leakType is null");
        requireNonNull(severity, "severity is null");
        requireNonNull(annualProfitAtRisk, "annualProfitAtRisk is null");
        requireNonNull(capitalTiedUp, "capitalTiedUp is null");
        requireNonNull(document, "document is null");
        if (skuCount < 0) {
            throw new IllegalArgumentException("skuCount must be ≥ 0: " + skuCount);
        }
    }
}

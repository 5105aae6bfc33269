package com.profitsentinel.app.findings;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/** One stored finding of an analysis in short: what comparisons need. */
public record FindingLine(
        String findingId, String leakType, String sku, String description, BigDecimal annualProfitAtRisk) {
    public FindingLine {
        requireNonNull(findingId, "findingId is null");
        requireNonNull(leakType, "leakType is null");
        requireNonNull(sku, "sku is null");
        requireNonNull(description, "description is null");
        requireNonNull(annualProfitAtRisk, "annualProfitAtRisk is null");
    }
}

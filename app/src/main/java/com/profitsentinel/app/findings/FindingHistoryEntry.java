package com.profitsentinel.app.findings;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Instant;

/** One analysis that contained a finding ID: when, its impact then, and the finding's JSON then. */
public record FindingHistoryEntry(String analysisId, Instant at, BigDecimal annualProfitAtRisk, String document) {
    public FindingHistoryEntry {
        requireNonNull(analysisId, "analysisId is null");
        requireNonNull(at, "at is null");
        requireNonNull(annualProfitAtRisk, "annualProfitAtRisk is null");
        requireNonNull(document, "document is null");
    }
}

package com.profitsentinel.app.findings;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One finding of one analysis as stored: the columns lists filter and sort on, and the finding's JSON object (the
 * engine.md §4.1 fields as the native result writes them).
 *
 * @param leakType leak type or legacy primitive id
 * @param severity {@code info|low|medium|high|critical}
 * @param annualProfitAtRisk rounded to cents, as shown
 * @param exactAnnualProfitAtRisk unrounded, for totals that round only when written out (engine.md §0)
 * @param priority {@code p0} of workflows.md §0.3 applied to the single finding
 * @param document the finding's JSON object, UTF-8 text
 */
public record StoredFinding(
        String findingId,
        String groupId,
        String engine,
        String leakType,
        String severity,
        String sku,
        String description,
        Optional<String> department,
        Optional<String> category,
        Optional<String> vendor,
        BigDecimal annualProfitAtRisk,
        double exactAnnualProfitAtRisk,
        BigDecimal capitalTiedUp,
        double confidence,
        double priority,
        String document) {
    public StoredFinding {
        requireNonNull(findingId, "findingId is null");
        requireNonNull(groupId, "groupId is null");
        requireNonNull(engine, "engine is null");
        requireNonNull(leakType, "leakType is null");
        requireNonNull(severity, "severity is null");
        requireNonNull(sku, "sku is null");
        requireNonNull(description, "description is null");
        requireNonNull(department, "department is null");
        requireNonNull(category, "category is null");
        requireNonNull(vendor, "vendor is null");
        requireNonNull(annualProfitAtRisk, "annualProfitAtRisk is null");
        requireNonNull(capitalTiedUp, "capitalTiedUp is null");
        requireNonNull(document, "document is null");
        if (annualProfitAtRisk.signum() < 0 || capitalTiedUp.signum() < 0) {
            throw new IllegalArgumentException("impacts are never negative: " + findingId);
        }
        if (!(exactAnnualProfitAtRisk >= 0) || Double.isInfinite(exactAnnualProfitAtRisk)) {
            throw new IllegalArgumentException("exactAnnualProfitAtRisk must be finite and ≥ 0: " + findingId);
        }
        if (!Double.isFinite(priority)) {
            throw new IllegalArgumentException("priority must be finite: " + priority);
        }
    }
}

package com.profitsentinel.app.history;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored analysis without its documents: what lists and summaries show.
 *
 * @param preset the threshold preset the engine ran with
 * @param rows inventory rows read
 * @param findings findings of the primary engine (data quality excluded)
 */
public record AnalysisRecord(
        String id,
        String orgId,
        String storeId,
        String label,
        String originalFilename,
        AnalysisStatus status,
        LocalDate asOf,
        Instant createdAt,
        Instant completedAt,
        String createdBy,
        String engine,
        String engineVersion,
        String preset,
        long rows,
        long findings,
        BigDecimal annualProfitAtRisk) {
    public AnalysisRecord {
        requireNonNull(id, "id is null");
        requireNonNull(orgId, "orgId is null");
        requireNonNull(storeId, "storeId is null");
        requireNonNull(label, "label is null");
        requireNonNull(originalFilename, "originalFilename is null");
        requireNonNull(status, "status is null");
        requireNonNull(asOf, "asOf is null");
        requireNonNull(createdAt, "createdAt is null");
        requireNonNull(completedAt, "completedAt is null");
        requireNonNull(createdBy, "createdBy is null");
        requireNonNull(engine, "engine is null");
        requireNonNull(engineVersion, "engineVersion is null");
        requireNonNull(preset, "preset is null");
        requireNonNull(annualProfitAtRisk, "annualProfitAtRisk is null");
        if (label.isEmpty() || label.length() > 200) {
            throw new IllegalArgumentException("label must be 1-200 characters: \"" + label + "\"");
        }
    }

    /** The same analysis under another label. */
    public AnalysisRecord withLabel(String newLabel) {
        return new AnalysisRecord(
                id,
                orgId,
                storeId,
                newLabel,
                originalFilename,
                status,
                asOf,
                createdAt,
                completedAt,
                createdBy,
                engine,
                engineVersion,
                preset,
                rows,
                findings,
                annualProfitAtRisk);
    }
}

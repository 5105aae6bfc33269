package com.profitsentinel.app.output;

import com.fasterxml.jackson.databind.util.RawValue;
import com.profitsentinel.app.analysis.EngineRun;
import com.profitsentinel.engine.analysis.AnalysisResult;
import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import com.profitsentinel.engine.finding.Finding;
import com.profitsentinel.engine.projection.LegacyResponse;
import com.profitsentinel.engine.projection.LegacyResponse.CauseDiagnosis;
import com.profitsentinel.engine.projection.LegacyResponse.CauseHypothesis;
import com.profitsentinel.engine.projection.LegacyResponse.EstimatedImpact;
import com.profitsentinel.engine.projection.LegacyResponse.ItemDetail;
import com.profitsentinel.engine.projection.LegacyResponse.LeakEntry;
import com.profitsentinel.io.ingest.IngestionReport;
import com.profitsentinel.io.table.Notice;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code analyze --format legacy-json}: the legacy {@code /analysis/analyze} result object (api.md §4.10) from whichever
 * engine ran, with its additive members. Money is rounded to cents and scores to 2 decimals only here.
 */
public final class LegacyJson {
    private LegacyJson() {}

    public static Map<String, Object> response(EngineRun.Outcome outcome) {
        return response(outcome, Optional.empty(), true);
    }

    /**
     * The response with its findings and groups given already written ({@link JsonResultWriter#sharedArrays}); without
     * the {@code findings} member when {@code withFindings} is false, for a store that keeps the findings once, in the
     * native document, and puts them back when the legacy document is read.
     */
    public static Map<String, Object> response(
            EngineRun.Outcome outcome, JsonResultWriter.SharedArrays shared, boolean withFindings) {
        return response(outcome, Optional.of(shared), withFindings);
    }

    private static Map<String, Object> response(
            EngineRun.Outcome outcome, Optional<JsonResultWriter.SharedArrays> shared, boolean withFindings) {
        AnalysisResult result = outcome.result();
        LegacyResponse legacy = result.legacyResponse()
                .orElseThrow(() -> new ProfitSentinelException(
                        ErrorCode.INTERNAL_ERROR, "the " + result.engine() + " engine gave no legacy result"));
        Map<String, Object> json = new LinkedHashMap<>();
        Map<String, Object> leaks = new LinkedHashMap<>();
        legacy.leaks().forEach((key, entry) -> leaks.put(key, leak(entry)));
        json.put("leaks", leaks);
        json.put("summary", summary(legacy.summary(), outcome.durationMillis()));
        json.put("primitives_used", legacy.primitivesUsed());
        legacy.causeDiagnosis().ifPresent(diagnosis -> json.put("cause_diagnosis", causeDiagnosis(diagnosis)));
        json.put("status", "success");
        List<String> warnings = new ArrayList<>();
        for (IngestionReport report : outcome.reports()) {
            for (Notice notice : report.notices()) {
                warnings.add(notice.message());
            }
        }
        // api.md §4.5: the legacy warnings repeat the data-quality findings naming the rules a missing column stops
        for (Finding quality : result.dataQuality()) {
            if (quality.subtype().equals("COLUMN_MISSING") && !warnings.contains(quality.context())) {
                warnings.add(quality.context());
            }
        }
        json.put("warnings", warnings.isEmpty() ? null : warnings);
        json.put("engine", result.engine());
        json.put("engine_version", result.engineVersion());
        json.put("annual_profit_at_risk", ResultJson.money(result.summary().annualProfitAtRiskTotal()));
        json.put("capital_tied_up", ResultJson.money(result.summary().capitalTiedUpTotal()));
        Map<String, BigDecimal> byType = new LinkedHashMap<>();
        result.summary().impactByType().forEach((type, value) -> byType.put(type, ResultJson.money(value)));
        json.put("impact_by_leak_type", byType);
        if (withFindings) {
            json.put(
                    "findings",
                    shared.isPresent()
                            ? new RawValue(shared.get().findings())
                            : result.findings().stream()
                                    .map(ResultJson::finding)
                                    .toList());
        }
        json.put("findings_listed", result.findings().size());
        json.put(
                "findings_total",
                result.summary().findingsByType().values().stream()
                        .mapToLong(Long::longValue)
                        .sum());
        json.put(
                "groups",
                shared.isPresent()
                        ? new RawValue(shared.get().groups())
                        : result.groups().stream().map(ResultJson::group).toList());
        Map<String, Object> dataQuality = new LinkedHashMap<>();
        dataQuality.put(
                "findings",
                result.dataQuality().stream().map(ResultJson::finding).toList());
        dataQuality.put("by_code", result.summary().dataQualityByCode());
        json.put("data_quality", dataQuality);
        json.put("as_of", result.asOf().toString());
        json.put("parameters", result.parameters());
        json.put("cause_diagnosis_by_store", ResultJson.byStore(result.storeDiagnoses()));
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("primary", result.engine() + "@" + result.engineVersion());
        run.put("fallback_used", false);
        run.put("fallback_reason", null);
        run.put("preset", result.preset());
        json.put("engine_run", run);
        return json;
    }

    private static Map<String, Object> leak(LeakEntry entry) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("top_items", entry.topItems());
        json.put("scores", entry.scores().stream().map(score -> scale(score, 2)).toList());
        json.put(
                "item_details",
                entry.itemDetails().stream().map(LegacyJson::item).toList());
        json.put("count", entry.count());
        json.put("severity", entry.severity());
        json.put("category", entry.category());
        json.put("recommendations", entry.recommendations());
        json.put("title", entry.title());
        json.put("icon", entry.icon());
        json.put("color", entry.color());
        json.put("priority", entry.priority());
        json.put("annual_profit_at_risk", ResultJson.money(entry.annualProfitAtRisk()));
        json.put("capital_tied_up", ResultJson.money(entry.capitalTiedUp()));
        json.put("finding_ids", entry.findingIds());
        json.put("source_types", entry.sourceTypes());
        return json;
    }

    private static Map<String, Object> item(ItemDetail detail) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("sku", detail.sku());
        json.put("score", scale(detail.score(), 2));
        json.put("description", detail.description());
        json.put("quantity", plain(detail.quantity()));
        json.put("cost", plain(detail.cost()));
        json.put("revenue", plain(detail.revenue()));
        json.put("sold", plain(detail.sold()));
        json.put("margin", plain(detail.margin()));
        json.put("sub_total", plain(detail.subTotal()));
        json.put("context", detail.context());
        if (!detail.findingId().isEmpty()) {
            json.put("finding_id", detail.findingId());
        }
        // the sentinel primary's additive members (api.md §4.10.2); the legacy engine has no per-item impact
        if (!Double.isNaN(detail.annualProfitAtRisk())) {
            json.put("leak_type", detail.leakType());
            json.put("subtype", detail.subtype().isEmpty() ? null : detail.subtype());
            json.put("annual_profit_at_risk", ResultJson.money(detail.annualProfitAtRisk()));
            json.put("capital_tied_up", ResultJson.money(detail.capitalTiedUp()));
            json.put("confidence", ResultJson.ratio(detail.confidence()));
            json.put("trend", detail.trend());
            json.put("store_id", detail.storeId());
        }
        return json;
    }

    private static Map<String, Object> summary(LegacyResponse.Summary summary, long durationMillis) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("total_rows_analyzed", summary.totalRowsAnalyzed());
        json.put("total_items_flagged", summary.totalItemsFlagged());
        json.put("critical_issues", summary.criticalIssues());
        json.put("high_issues", summary.highIssues());
        json.put("estimated_impact", impact(summary.estimatedImpact()));
        json.put("analysis_time_seconds", scale(durationMillis / 1000.0, 2));
        json.put("unique_items_flagged", summary.uniqueItemsFlagged());
        json.put("rows_accepted", summary.rowsAccepted());
        json.put("rows_rejected", summary.rowsRejected());
        return json;
    }

    private static Map<String, Object> impact(EstimatedImpact impact) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("currency", "USD");
        json.put("low_estimate", ResultJson.money(impact.lowEstimate()));
        json.put("high_estimate", ResultJson.money(impact.highEstimate()));
        json.put("low", ResultJson.money(impact.lowEstimate()));
        json.put("high", ResultJson.money(impact.highEstimate()));
        Map<String, BigDecimal> breakdown = new LinkedHashMap<>();
        impact.breakdown().forEach((key, value) -> breakdown.put(key, ResultJson.money(value)));
        json.put("breakdown", breakdown);
        json.put(
                "negative_inventory_alert",
                impact.negativeInventoryAlert()
                        .map(alert -> {
                            Map<String, Object> entry = new LinkedHashMap<>();
                            entry.put("items_found", alert.itemsFound());
                            entry.put("potential_untracked_cogs", ResultJson.money(alert.potentialUntrackedCogs()));
                            entry.put(
                                    "raw_data_anomaly_value",
                                    alert.rawDataAnomalyValue()
                                            .map(ResultJson::money)
                                            .orElse(null));
                            entry.put("is_anomalous", alert.isAnomalous());
                            entry.put("threshold_exceeded", alert.thresholdExceeded());
                            entry.put("requires_audit", alert.requiresAudit());
                            entry.put("excluded_from_annual_estimate", alert.excludedFromAnnualEstimate());
                            entry.put("note", alert.note().orElse(null));
                            return entry;
                        })
                        .orElse(null));
        return json;
    }

    private static Map<String, Object> causeDiagnosis(CauseDiagnosis diagnosis) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("top_cause", diagnosis.topCause());
        json.put("confidence", diagnosis.confidence());
        json.put("ambiguity", diagnosis.ambiguity());
        json.put("needs_review", diagnosis.needsReview());
        json.put("review_reason", diagnosis.reviewReason().orElse(null));
        List<Map<String, Object>> hypotheses = new ArrayList<>();
        for (CauseHypothesis hypothesis : diagnosis.hypotheses()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("cause", hypothesis.cause());
            entry.put("probability", hypothesis.probability());
            entry.put("evidence", hypothesis.evidence());
            hypotheses.add(entry);
        }
        json.put("hypotheses", hypotheses);
        json.put(
                "alternative_causes",
                diagnosis.alternativeCauses().stream()
                        .map(alternative -> {
                            Map<String, Object> entry = new LinkedHashMap<>();
                            entry.put("cause", alternative.cause());
                            entry.put("score", alternative.score());
                            entry.put("confidence", alternative.confidence());
                            return entry;
                        })
                        .toList());
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("total_items", diagnosis.evidenceSummary().totalItems());
        evidence.put("items_with_evidence", diagnosis.evidenceSummary().itemsWithEvidence());
        evidence.put("facts_fired", diagnosis.evidenceSummary().factsFired());
        json.put("evidence_summary", evidence);
        return json;
    }

    private static BigDecimal scale(double value, int decimals) {
        return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN);
    }

    /** A record value as the legacy shape wrote it: the number itself, trailing zeros dropped. */
    private static BigDecimal plain(double value) {
        BigDecimal exact =
                new BigDecimal(value).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return exact.scale() < 0 ? exact.setScale(0) : exact;
    }
}

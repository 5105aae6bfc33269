package com.profitsentinel.app.output;

import com.profitsentinel.app.analysis.EngineRun;
import com.profitsentinel.engine.analysis.AnalysisResult;
import com.profitsentinel.engine.analysis.Summary;
import com.profitsentinel.engine.digest.Digest;
import com.profitsentinel.engine.finding.Evidence;
import com.profitsentinel.engine.finding.Finding;
import com.profitsentinel.engine.finding.Group;
import com.profitsentinel.engine.rootcause.Diagnosis;
import com.profitsentinel.engine.rootcause.Hypothesis;
import com.profitsentinel.io.ingest.IngestionReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The native JSON of a result ({@code analyze --format json}): findings as engine.md §4.1, groups as §4.2, the
 * summary as §4.3, the digest of §10 and the store-level hypotheses of §9.5. Money is rounded HALF_EVEN to cents on
 * the exact binary value only here (§0); ratios to 6 decimals.
 */
public final class ResultJson {
    private ResultJson() {}

    public static Map<String, Object> analysis(EngineRun.Outcome outcome, Digest digest) {
        AnalysisResult result = outcome.result();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("engine", result.engine());
        json.put("engine_version", result.engineVersion());
        json.put("as_of", result.asOf().toString());
        json.put("preset", result.preset());
        json.put("duration_ms", outcome.durationMillis());
        json.put("files", files(outcome.reports()));
        json.put("summary", summary(result.summary()));
        json.put("digest", digest(digest));
        json.put("cause_diagnosis_by_store", byStore(result.storeDiagnoses()));
        json.put("groups", result.groups().stream().map(ResultJson::group).toList());
        json.put("findings", result.findings().stream().map(ResultJson::finding).toList());
        json.put("findings_listed", result.findings().size());
        json.put(
                "data_quality",
                result.dataQuality().stream().map(ResultJson::finding).toList());
        json.put("parameters", ratios(result.parameters()));
        return json;
    }

    public static List<Map<String, Object>> files(List<IngestionReport> reports) {
        List<Map<String, Object>> files = new ArrayList<>();
        for (IngestionReport report : reports) {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("file", report.file());
            file.put("file_type", report.fileType().id());
            file.put("pos", report.pos());
            file.put("rows_read", report.rowsRead());
            file.put("rows_rejected", report.rowsRejected());
            file.put("records", report.records());
            files.add(file);
        }
        return files;
    }

    public static Map<String, Object> summary(Summary summary) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("rows_read", summary.rowsRead());
        json.put("rows_rejected", summary.rowsRejected());
        json.put("records_analyzed", summary.recordsAnalyzed());
        json.put("duplicates_excluded", summary.duplicatesExcluded());
        json.put("non_inventory_excluded", summary.nonInventoryExcluded());
        json.put("items_flagged", summary.itemsFlagged());
        json.put("findings_by_type", summary.findingsByType());
        json.put("impact_by_type", money(summary.impactByType()));
        json.put("capital_by_type", money(summary.capitalByType()));
        json.put("annual_profit_at_risk_total", money(summary.annualProfitAtRiskTotal()));
        json.put("capital_tied_up_total", money(summary.capitalTiedUpTotal()));
        json.put("data_quality_by_code", summary.dataQualityByCode());
        json.put("stores_analyzed", summary.storesAnalyzed());
        json.put("dead_stock_not_evaluable", summary.deadStockNotEvaluable());
        json.put("sales_lines_unmatched", summary.salesLinesUnmatched());
        return json;
    }

    public static Map<String, Object> digest(Digest digest) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("total_issues", digest.totalIssues());
        json.put("total_dollar_impact", money(digest.totalDollarImpact()));
        json.put("selected_dedup_total", money(digest.selectedDedupTotal()));
        json.put("stores_affected", digest.storesAffected());
        json.put("groups_detected", digest.groupsDetected());
        json.put("groups_filtered_out", digest.groupsFilteredOut());
        json.put("selected", digest.selected().stream().map(ResultJson::group).toList());
        return json;
    }

    public static Map<String, Object> group(Group group) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("group_id", group.groupId());
        json.put("store_id", group.storeId());
        json.put("leak_type", group.kind().id());
        json.put("title", group.kind().title());
        json.put("skus", group.skus());
        json.put("sku_count", group.skuCount());
        json.put("finding_ids", group.findingIds());
        json.put("annual_profit_at_risk", money(group.annualProfitAtRisk()));
        json.put("capital_tied_up", money(group.capitalTiedUp()));
        json.put("confidence", ratio(group.confidence()));
        json.put("trend", group.trend().name());
        json.put("urgency_score", group.urgencyScore());
        json.put("priority_score", Double.isNaN(group.priorityScore()) ? null : ratio(group.priorityScore()));
        json.put("root_cause", diagnosis(group.rootCause()));
        json.put("context", group.context());
        return json;
    }

    public static Map<String, Object> finding(Finding finding) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("finding_id", finding.findingId());
        json.put("group_id", finding.groupId());
        json.put("engine", finding.engine());
        json.put("engine_version", finding.engineVersion());
        json.put("leak_type", finding.kind().id());
        json.put("subtype", finding.subtype().isEmpty() ? null : finding.subtype());
        json.put("store_id", finding.storeId());
        json.put("sku", finding.sku());
        json.put("description", finding.description());
        json.put("annual_profit_at_risk", money(finding.annualProfitAtRisk()));
        json.put("capital_tied_up", money(finding.capitalTiedUp()));
        json.put("confidence", ratio(finding.confidence()));
        json.put("severity", finding.severity().id());
        json.put("trend", finding.trend().name());
        json.put("trend_basis", finding.trendBasis().name());
        json.put("is_new", finding.isNew());
        Map<String, Object> evidence = new LinkedHashMap<>();
        List<Map<String, Object>> facts = new ArrayList<>();
        for (Evidence fact : finding.evidence()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("fact", fact.fact().id());
            entry.put("observed", fact.observed());
            entry.put("condition", fact.condition());
            facts.add(entry);
        }
        evidence.put("facts", facts);
        evidence.put("inputs", values(finding.inputs()));
        json.put("evidence", evidence);
        json.put("details", values(finding.details()));
        json.put("context", finding.context());
        json.put("recommendations", finding.recommendations());
        json.put(
                "legacy_primitive",
                finding.legacyPrimitive().map(primitive -> primitive.id()).orElse(null));
        if (!Double.isNaN(finding.legacyScore())) {
            json.put("legacy_score", ratio(finding.legacyScore()));
        }
        json.put("source_row", finding.sourceRow());
        return json;
    }

    public static Map<String, Object> byStore(Map<String, Diagnosis> diagnoses) {
        Map<String, Object> json = new LinkedHashMap<>();
        diagnoses.forEach((storeId, diagnosis) -> json.put(storeId, diagnosis(diagnosis)));
        return json;
    }

    public static Map<String, Object> diagnosis(Diagnosis diagnosis) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("root_cause", diagnosis.rootCause().map(cause -> cause.id()).orElse(null));
        json.put("confidence", ratio(diagnosis.confidence()));
        json.put("ambiguity", ratio(diagnosis.ambiguity()));
        json.put("support", ratio(diagnosis.support()));
        json.put("agreement", ratio(diagnosis.agreement()));
        json.put("needs_review", diagnosis.needsReview());
        json.put("review_reason", diagnosis.reviewReason().orElse(null));
        List<Map<String, Object>> hypotheses = new ArrayList<>();
        for (Hypothesis hypothesis : diagnosis.hypotheses()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("cause", hypothesis.cause().id());
            entry.put("display_name", hypothesis.cause().displayName());
            entry.put("rank", hypothesis.rank());
            entry.put("score", ratio(hypothesis.score()));
            entry.put("share", ratio(hypothesis.share()));
            entry.put("evidence_count", hypothesis.evidenceCount());
            entry.put("why_lower", hypothesis.whyLower());
            hypotheses.add(entry);
        }
        json.put("hypotheses", hypotheses);
        Map<String, Integer> facts = new LinkedHashMap<>();
        diagnosis.factsUsed().forEach((fact, count) -> facts.put(fact.id(), count));
        json.put("facts_used", facts);
        return json;
    }

    /** Detail and input values: finite numbers to 6 decimals (money stays exact enough), text as is. */
    private static Map<String, Object> values(Map<String, Object> values) {
        Map<String, Object> json = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (value instanceof Double number) {
                json.put(name, Double.isFinite(number) ? ratio(number) : null);
            } else {
                json.put(name, value);
            }
        });
        return json;
    }

    private static Map<String, BigDecimal> money(Map<String, Double> values) {
        Map<String, BigDecimal> json = new LinkedHashMap<>();
        values.forEach((name, value) -> json.put(name, money(value)));
        return json;
    }

    private static Map<String, BigDecimal> ratios(Map<String, Double> values) {
        Map<String, BigDecimal> json = new LinkedHashMap<>();
        values.forEach((name, value) -> json.put(name, ratio(value)));
        return json;
    }

    /** Cents, HALF_EVEN on the exact binary value (engine.md §0). */
    public static BigDecimal money(double value) {
        return new BigDecimal(value).setScale(2, RoundingMode.HALF_EVEN);
    }

    /** Six decimals, trailing zeros dropped. */
    public static BigDecimal ratio(double value) {
        BigDecimal rounded =
                new BigDecimal(value).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }
}

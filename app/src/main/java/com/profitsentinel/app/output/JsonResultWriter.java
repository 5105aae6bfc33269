package com.profitsentinel.app.output;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.profitsentinel.app.analysis.EngineRun;
import com.profitsentinel.engine.analysis.AnalysisResult;
import com.profitsentinel.engine.analysis.Summary;
import com.profitsentinel.engine.digest.Digest;
import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import com.profitsentinel.engine.finding.Evidence;
import com.profitsentinel.engine.finding.Fact;
import com.profitsentinel.engine.finding.Finding;
import com.profitsentinel.engine.finding.Formats;
import com.profitsentinel.engine.finding.Group;
import com.profitsentinel.engine.record.DataQualityNote;
import com.profitsentinel.engine.rootcause.Diagnosis;
import com.profitsentinel.engine.rootcause.Hypothesis;
import com.profitsentinel.io.ingest.IngestionReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes results as JSON straight to the output with Jackson's streaming generator — the shape of {@link ResultJson}
 * (engine.md §4) without building maps first, so a result with tens of thousands of findings is written in a few
 * milliseconds. Money is written with 2 decimals and ratios with up to 6, HALF_EVEN on the exact binary value (§0).
 */
public final class JsonResultWriter {
    private static final JsonFactory FACTORY = new JsonFactory();

    private final JsonGenerator json;
    private final IdentityHashMap<List<String>, String> recommendationArrays = new IdentityHashMap<>();

    private JsonResultWriter(JsonGenerator json) {
        this.json = json;
    }

    /**
     * The whole result ({@code analyze --format json}) on one line: results run to tens of megabytes and indenting them
     * costs a quarter of the time (pipe through {@code jq .} to read one).
     */
    public static void analysis(OutputStream output, EngineRun.Outcome outcome, Digest digest) {
        analysis(output, outcome, digest, Optional.empty());
    }

    /**
     * Arrays of a result written once and shared by several documents (the native and the legacy one): the findings
     * and the groups, each a compact JSON array exactly as {@link #analysis} writes it.
     */
    public record SharedArrays(RawJson findings, RawJson groups) {}

    /** Writes the findings and the groups of a result once. */
    public static SharedArrays sharedArrays(AnalysisResult result) {
        return new SharedArrays(
                array(result.findings(), JsonResultWriter::writeFinding),
                array(result.groups(), JsonResultWriter::writeGroup));
    }

    /** The whole result, its findings and groups given already written ({@link #sharedArrays}). */
    public static void analysis(OutputStream output, EngineRun.Outcome outcome, Digest digest, SharedArrays shared) {
        analysis(output, outcome, digest, Optional.of(shared));
    }

    private static void analysis(
            OutputStream output, EngineRun.Outcome outcome, Digest digest, Optional<SharedArrays> shared) {
        try (JsonGenerator generator = FACTORY.createGenerator(output, JsonEncoding.UTF8)) {
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            new JsonResultWriter(generator).writeAnalysis(outcome, digest, shared);
            generator.writeRaw('\n');
            generator.flush();
            output.flush();
        } catch (IOException e) {
            throw failed(e);
        }
    }

    /** How one element is written. */
    private interface ElementWriter<T> {
        void write(JsonResultWriter writer, T element) throws IOException;
    }

    private static <T> RawJson array(List<T> elements, ElementWriter<T> elementWriter) {
        java.io.ByteArrayOutputStream output = new java.io.ByteArrayOutputStream(1024 + elements.size() * 1024);
        try (JsonGenerator generator = FACTORY.createGenerator(output, JsonEncoding.UTF8)) {
            JsonResultWriter writer = new JsonResultWriter(generator);
            generator.writeStartArray();
            for (T element : elements) {
                elementWriter.write(writer, element);
            }
            generator.writeEndArray();
        } catch (IOException e) {
            throw failed(e);
        }
        return new RawJson(output.toByteArray());
    }

    /**
     * Each finding as its own compact JSON object, exactly as {@link #analysis} writes it in the findings array (one
     * generator for all: the stored finding rows of an analysis).
     */
    public static List<String> documents(List<Finding> findings) {
        java.io.StringWriter buffer = new java.io.StringWriter(2048);
        List<String> documents = new java.util.ArrayList<>(findings.size());
        try (JsonGenerator generator = FACTORY.createGenerator(buffer)) {
            generator.setRootValueSeparator(null);
            JsonResultWriter writer = new JsonResultWriter(generator);
            for (Finding finding : findings) {
                writer.writeFinding(finding);
                generator.flush();
                documents.add(buffer.toString());
                buffer.getBuffer().setLength(0);
            }
        } catch (IOException e) {
            throw failed(e);
        }
        return documents;
    }

    /** A writer of one finding per line ({@code --format ndjson}) on one generator. */
    public static JsonResultWriter lines(Writer writer) {
        try {
            JsonGenerator generator = FACTORY.createGenerator(writer);
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            generator.setRootValueSeparator(null);
            return new JsonResultWriter(generator);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    /** Writes one finding and a line break. */
    public void line(Finding finding) {
        try {
            writeFinding(finding);
            json.writeRaw('\n');
        } catch (IOException e) {
            throw failed(e);
        }
    }

    /** Flushes what was written. */
    public void flush() {
        try {
            json.flush();
        } catch (IOException e) {
            throw failed(e);
        }
    }

    private static ProfitSentinelException failed(IOException e) {
        return new ProfitSentinelException(ErrorCode.INTERNAL_ERROR, "cannot write the output: " + e.getMessage(), e);
    }

    private void writeAnalysis(EngineRun.Outcome outcome, Digest digest, Optional<SharedArrays> shared)
            throws IOException {
        AnalysisResult result = outcome.result();
        json.writeStartObject();
        json.writeStringField("engine", result.engine());
        json.writeStringField("engine_version", result.engineVersion());
        json.writeStringField("as_of", result.asOf().toString());
        json.writeStringField("preset", result.preset());
        json.writeNumberField("duration_ms", outcome.durationMillis());
        json.writeArrayFieldStart("files");
        for (IngestionReport report : outcome.reports()) {
            json.writeStartObject();
            json.writeStringField("file", report.file());
            json.writeStringField("file_type", report.fileType().id());
            json.writeStringField("pos", report.pos());
            json.writeNumberField("rows_read", report.rowsRead());
            json.writeNumberField("rows_rejected", report.rowsRejected());
            json.writeNumberField("records", report.records());
            // the first rejected rows, as the ingestion report keeps them (api.md §5.3 rejections.csv)
            json.writeArrayFieldStart("rejections");
            for (DataQualityNote rejection : report.rejections()) {
                json.writeStartObject();
                json.writeNumberField("row", rejection.sourceRow());
                json.writeStringField("column", rejection.column());
                json.writeStringField("reason", rejection.message());
                json.writeStringField("value", rejection.value());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        writeSummary(result.summary());
        writeDigest(digest);
        json.writeObjectFieldStart("cause_diagnosis_by_store");
        for (Map.Entry<String, Diagnosis> entry : result.storeDiagnoses().entrySet()) {
            json.writeFieldName(entry.getKey());
            writeDiagnosis(entry.getValue());
        }
        json.writeEndObject();
        if (shared.isPresent()) {
            json.writeFieldName("groups");
            json.writeRawValue(shared.get().groups());
            json.writeFieldName("findings");
            json.writeRawValue(shared.get().findings());
        } else {
            json.writeArrayFieldStart("groups");
            for (Group group : result.groups()) {
                writeGroup(group);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("findings");
            for (Finding finding : result.findings()) {
                writeFinding(finding);
            }
            json.writeEndArray();
        }
        json.writeNumberField("findings_listed", result.findings().size());
        long total = 0;
        for (long count : result.summary().findingsByType().values()) {
            total += count;
        }
        json.writeNumberField("findings_total", total);
        json.writeArrayFieldStart("data_quality");
        for (Finding finding : result.dataQuality()) {
            writeFinding(finding);
        }
        json.writeEndArray();
        json.writeObjectFieldStart("parameters");
        for (Map.Entry<String, Double> entry : result.parameters().entrySet()) {
            ratioField(entry.getKey(), entry.getValue());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private void writeSummary(Summary summary) throws IOException {
        json.writeObjectFieldStart("summary");
        json.writeNumberField("rows_read", summary.rowsRead());
        json.writeNumberField("rows_rejected", summary.rowsRejected());
        json.writeNumberField("records_analyzed", summary.recordsAnalyzed());
        json.writeNumberField("duplicates_excluded", summary.duplicatesExcluded());
        json.writeNumberField("non_inventory_excluded", summary.nonInventoryExcluded());
        json.writeNumberField("items_flagged", summary.itemsFlagged());
        json.writeObjectFieldStart("findings_by_type");
        for (Map.Entry<String, Long> entry : summary.findingsByType().entrySet()) {
            json.writeNumberField(entry.getKey(), entry.getValue());
        }
        json.writeEndObject();
        moneyMap("impact_by_type", summary.impactByType());
        moneyMap("capital_by_type", summary.capitalByType());
        moneyField("annual_profit_at_risk_total", summary.annualProfitAtRiskTotal());
        moneyField("capital_tied_up_total", summary.capitalTiedUpTotal());
        json.writeObjectFieldStart("data_quality_by_code");
        for (Map.Entry<String, Long> entry : summary.dataQualityByCode().entrySet()) {
            json.writeNumberField(entry.getKey(), entry.getValue());
        }
        json.writeEndObject();
        json.writeNumberField("stores_analyzed", summary.storesAnalyzed());
        json.writeNumberField("dead_stock_not_evaluable", summary.deadStockNotEvaluable());
        json.writeNumberField("sales_lines_unmatched", summary.salesLinesUnmatched());
        json.writeEndObject();
    }

    private void writeDigest(Digest digest) throws IOException {
        json.writeObjectFieldStart("digest");
        json.writeNumberField("total_issues", digest.totalIssues());
        moneyField("total_dollar_impact", digest.totalDollarImpact());
        moneyField("selected_dedup_total", digest.selectedDedupTotal());
        json.writeNumberField("stores_affected", digest.storesAffected());
        json.writeNumberField("groups_detected", digest.groupsDetected());
        json.writeNumberField("groups_filtered_out", digest.groupsFilteredOut());
        json.writeArrayFieldStart("selected");
        for (Group group : digest.selected()) {
            writeGroup(group);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void writeGroup(Group group) throws IOException {
        json.writeStartObject();
        json.writeStringField("group_id", group.groupId());
        json.writeStringField("store_id", group.storeId());
        json.writeStringField("leak_type", group.kind().id());
        json.writeStringField("title", group.kind().title());
        stringArray("skus", group.skus());
        json.writeNumberField("sku_count", group.skuCount());
        stringArray("finding_ids", group.findingIds());
        moneyField("annual_profit_at_risk", group.annualProfitAtRisk());
        moneyField("capital_tied_up", group.capitalTiedUp());
        ratioField("confidence", group.confidence());
        json.writeStringField("trend", group.trend().name());
        json.writeNumberField("urgency_score", group.urgencyScore());
        if (Double.isNaN(group.priorityScore())) {
            json.writeNullField("priority_score");
        } else {
            ratioField("priority_score", group.priorityScore());
        }
        json.writeFieldName("root_cause");
        writeDiagnosis(group.rootCause());
        json.writeStringField("context", group.context());
        json.writeEndObject();
    }

    private void writeDiagnosis(Diagnosis diagnosis) throws IOException {
        json.writeStartObject();
        if (diagnosis.rootCause().isPresent()) {
            json.writeStringField("root_cause", diagnosis.rootCause().get().id());
        } else {
            json.writeNullField("root_cause");
        }
        ratioField("confidence", diagnosis.confidence());
        ratioField("ambiguity", diagnosis.ambiguity());
        ratioField("support", diagnosis.support());
        ratioField("agreement", diagnosis.agreement());
        json.writeBooleanField("needs_review", diagnosis.needsReview());
        if (diagnosis.reviewReason().isPresent()) {
            json.writeStringField("review_reason", diagnosis.reviewReason().get());
        } else {
            json.writeNullField("review_reason");
        }
        json.writeArrayFieldStart("hypotheses");
        for (Hypothesis hypothesis : diagnosis.hypotheses()) {
            json.writeStartObject();
            json.writeStringField("cause", hypothesis.cause().id());
            json.writeStringField("display_name", hypothesis.cause().displayName());
            json.writeNumberField("rank", hypothesis.rank());
            ratioField("score", hypothesis.score());
            ratioField("share", hypothesis.share());
            json.writeNumberField("evidence_count", hypothesis.evidenceCount());
            stringArray("why_lower", hypothesis.whyLower());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectFieldStart("facts_used");
        for (Map.Entry<Fact, Integer> entry : diagnosis.factsUsed().entrySet()) {
            json.writeNumberField(entry.getKey().id(), entry.getValue());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private void writeFinding(Finding finding) throws IOException {
        json.writeStartObject();
        json.writeStringField("finding_id", finding.findingId());
        json.writeStringField("group_id", finding.groupId());
        json.writeStringField("engine", finding.engine());
        json.writeStringField("engine_version", finding.engineVersion());
        json.writeStringField("leak_type", finding.kind().id());
        if (finding.subtype().isEmpty()) {
            json.writeNullField("subtype");
        } else {
            json.writeStringField("subtype", finding.subtype());
        }
        json.writeStringField("store_id", finding.storeId());
        json.writeStringField("sku", finding.sku());
        json.writeStringField("description", finding.description());
        moneyField("annual_profit_at_risk", finding.annualProfitAtRisk());
        moneyField("capital_tied_up", finding.capitalTiedUp());
        ratioField("confidence", finding.confidence());
        json.writeStringField("severity", finding.severity().id());
        json.writeStringField("trend", finding.trend().name());
        json.writeStringField("trend_basis", finding.trendBasis().name());
        json.writeBooleanField("is_new", finding.isNew());
        json.writeObjectFieldStart("evidence");
        json.writeArrayFieldStart("facts");
        for (Evidence evidence : finding.evidence()) {
            json.writeStartObject();
            json.writeStringField("fact", evidence.fact().id());
            json.writeStringField("observed", evidence.observed());
            json.writeStringField("condition", evidence.condition());
            json.writeEndObject();
        }
        json.writeEndArray();
        valuesField("inputs", finding.inputs());
        json.writeEndObject();
        valuesField("details", finding.details());
        json.writeStringField("context", finding.context());
        json.writeFieldName("recommendations");
        json.writeRawValue(recommendations(finding.recommendations()));
        if (finding.legacyPrimitive().isPresent()) {
            json.writeStringField(
                    "legacy_primitive", finding.legacyPrimitive().get().id());
        } else {
            json.writeNullField("legacy_primitive");
        }
        if (!Double.isNaN(finding.legacyScore())) {
            ratioField("legacy_score", finding.legacyScore());
        }
        json.writeNumberField("source_row", finding.sourceRow());
        json.writeEndObject();
    }

    private void valuesField(String name, Map<String, Object> values) throws IOException {
        json.writeObjectFieldStart(name);
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            json.writeFieldName(entry.getKey());
            writeValue(entry.getValue());
        }
        json.writeEndObject();
    }

    /** A detail or input value: finite numbers (6 decimals at most), flags, lists of values, else text. */
    private void writeValue(Object value) throws IOException {
        switch (value) {
            case Double number when Double.isFinite(number) -> json.writeNumber(ratio(number));
            case Double ignored -> json.writeNull();
            case Integer number -> json.writeNumber(number);
            case Long number -> json.writeNumber(number);
            case Boolean flag -> json.writeBoolean(flag);
            case List<?> list -> {
                json.writeStartArray();
                for (Object element : list) {
                    writeValue(java.util.Objects.requireNonNull(element, "list element"));
                }
                json.writeEndArray();
            }
            default -> json.writeString(String.valueOf(value));
        }
    }

    /**
     * The JSON array of a finding's recommendations; every finding of a type shares its list, so the array is written
     * once per list and reused (the cache is keyed by the list's identity, at most a few dozen entries).
     */
    private String recommendations(List<String> values) {
        String cached = recommendationArrays.get(values);
        if (cached == null) {
            StringBuilder array = new StringBuilder("[");
            for (String value : values) {
                if (array.length() > 1) {
                    array.append(", ");
                }
                array.append('"');
                JsonStringEncoder.getInstance().quoteAsString(value, array);
                array.append('"');
            }
            cached = array.append(']').toString();
            recommendationArrays.put(values, cached);
        }
        return cached;
    }

    private void stringArray(String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private void moneyMap(String name, Map<String, Double> values) throws IOException {
        json.writeObjectFieldStart(name);
        for (Map.Entry<String, Double> entry : values.entrySet()) {
            moneyField(entry.getKey(), entry.getValue());
        }
        json.writeEndObject();
    }

    private void moneyField(String name, double value) throws IOException {
        json.writeFieldName(name);
        json.writeNumber(Formats.plain(value, 2));
    }

    private void ratioField(String name, double value) throws IOException {
        json.writeFieldName(name);
        json.writeNumber(ratio(value));
    }

    /** Up to 6 decimals, trailing zeros dropped ({@code 0.85}, {@code 12}). */
    public static String ratio(double value) {
        return Formats.decimal(value);
    }
}

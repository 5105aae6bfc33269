package com.profitsentinel.server.mapping;

import com.profitsentinel.io.ingest.ColumnReport;
import com.profitsentinel.io.ingest.FilePreview;
import com.profitsentinel.io.ingest.IngestionReport;
import com.profitsentinel.io.mapping.CanonicalField;
import com.profitsentinel.io.mapping.ColumnMapping;
import com.profitsentinel.io.mapping.DetectedProfile;
import com.profitsentinel.io.mapping.MappingDecision;
import com.profitsentinel.io.mapping.UnitsSoldPeriod;
import com.profitsentinel.io.table.Notice;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The mapping response of columns.md §6.7 for a file preview, in the two shapes the API answers with: the legacy one of
 * {@code POST /uploads/suggest-mapping} (api.md §4.4: the reference implementation's seven keys first, suggestions in
 * the legacy vocabulary, then the additive keys) and the one of {@code POST /api/v1/uploads/{id}/suggest-mapping}
 * (api.md §5.2: every key of §6.7 in its order, canonical suggestions). Values are maps, lists, text, numbers and nulls,
 * ready to be written as JSON.
 *
 * <p>Importance (0–5) is the importance columns.md §6.1 gives the column's canonical field; a column mapped to a field
 * of a sales-detail or purchase-order file, which §6.1 does not rank, counts as {@value #OTHER_FIELD_IMPORTANCE}; an
 * extended or unmapped column counts 0.
 */
public final class MappingSuggestions {
    /** Rows of {@code sample_data} (api.md §4.4). */
    public static final int SAMPLE_DATA_ROWS = 10;

    /** The importance of a mapped field outside columns.md §6.1 (sales-detail and purchase-order fields). */
    static final int OTHER_FIELD_IMPORTANCE = 3;

    /** The {@code notes} of a file in which no POS system was recognized. */
    static final String GENERIC_NOTE = "No POS system was recognized; columns were matched by their names and values.";

    /** The canonical fields behind the legacy {@code critical_missing} names (columns.md §6.6 step 3). */
    private static final Map<String, CanonicalField> LEGACY_CRITICAL = Map.of(
            "sku", CanonicalField.SKU,
            "quantity", CanonicalField.QTY_ON_HAND,
            "cost", CanonicalField.UNIT_COST,
            "revenue", CanonicalField.RETAIL_PRICE,
            "sold", CanonicalField.UNITS_SOLD);

    private MappingSuggestions() {}

    /**
     * The answer of {@code POST /uploads/suggest-mapping}: {@code original_columns, sample_data, suggestions} (legacy
     * names), {@code confidences, importance, critical_missing, notes}, then the additive keys.
     *
     * @param fileId the upload's id
     */
    public static Map<String, Object> legacy(String fileId, FilePreview preview) {
        IngestionReport report = preview.report();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("original_columns", report.headers());
        answer.put("sample_data", preview.sampleByHeader(SAMPLE_DATA_ROWS));
        answer.put("suggestions", legacySuggestions(report));
        answer.put("confidences", confidences(report));
        answer.put("importance", importance(report));
        answer.put("critical_missing", legacyCriticalMissing(report));
        answer.put("notes", notes(report));
        answer.put("canonical_suggestions", canonicalSuggestions(report));
        answer.put("detected_system", detectedSystem(report));
        answer.put("file_type", report.fileType().id());
        answer.put("encoding_detected", emptyAsNull(report.encoding()));
        answer.put("delimiter", emptyAsNull(report.delimiter()));
        answer.put("sheet", emptyAsNull(report.sheet()));
        answer.put("sheets", report.sheets());
        answer.put("recommended_missing", recommendedMissing(report));
        answer.put("sources", sources(report));
        answer.put("alternatives", alternatives(report));
        answer.put("fallbacks", fallbacks(report));
        answer.put("units_sold_period", unitsSoldPeriods(report));
        answer.put("stores_detected", report.storesDetected());
        answer.put("warnings", warnings(report));
        answer.put("file_id", fileId);
        answer.put("preamble", report.preamble());
        return answer;
    }

    /**
     * The answer of {@code POST /api/v1/uploads/{id}/suggest-mapping}: every key of columns.md §6.7 in its order, with
     * canonical {@code suggestions} and {@code critical_missing}, and the legacy names in {@code legacy_suggestions}.
     *
     * @param fileId the upload's id
     */
    public static Map<String, Object> canonical(String fileId, FilePreview preview) {
        IngestionReport report = preview.report();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("file_id", fileId);
        answer.put("file_type", report.fileType().id());
        answer.put("detected_system", detectedSystem(report));
        answer.put("encoding_detected", emptyAsNull(report.encoding()));
        answer.put("delimiter", emptyAsNull(report.delimiter()));
        answer.put("sheet", emptyAsNull(report.sheet()));
        answer.put("sheets", report.sheets());
        answer.put("preamble", report.preamble());
        answer.put("original_columns", report.headers());
        answer.put("sample_data", preview.sampleByHeader(SAMPLE_DATA_ROWS));
        answer.put("suggestions", canonicalSuggestions(report));
        answer.put("confidences", confidences(report));
        answer.put("sources", sources(report));
        answer.put("importance", importance(report));
        answer.put("alternatives", alternatives(report));
        answer.put("fallbacks", fallbacks(report));
        answer.put("critical_missing", canonicalCriticalMissing(report));
        answer.put("recommended_missing", recommendedMissing(report));
        answer.put("units_sold_period", unitsSoldPeriods(report));
        answer.put("stores_detected", report.storesDetected());
        answer.put("warnings", warnings(report));
        answer.put("notes", notes(report));
        answer.put("legacy_suggestions", legacySuggestions(report));
        answer.put("canonical_suggestions", canonicalSuggestions(report));
        return answer;
    }

    /** Header → canonical field id, {@code extended}, a sales or PO field id, or null. */
    static Map<String, Object> canonicalSuggestions(IngestionReport report) {
        Map<String, Object> suggestions = new LinkedHashMap<>();
        for (ColumnReport column : report.columns()) {
            suggestions.put(column.header(), column.field().orElse(null));
        }
        return suggestions;
    }

    /** Header → legacy field name or null (columns.md §6.1 "Legacy names"); all null for files without a mapping. */
    static Map<String, Object> legacySuggestions(IngestionReport report) {
        Map<String, Optional<String>> legacy =
                report.mapping().map(ColumnMapping::legacySuggestions).orElse(Map.of());
        Map<String, Object> suggestions = new LinkedHashMap<>();
        for (ColumnReport column : report.columns()) {
            suggestions.put(
                    column.header(),
                    legacy.getOrDefault(column.header(), Optional.empty()).orElse(null));
        }
        return suggestions;
    }

    /** Header → confidence, 2 decimals. */
    static Map<String, Object> confidences(IngestionReport report) {
        Map<String, Object> confidences = new LinkedHashMap<>();
        for (ColumnReport column : report.columns()) {
            confidences.put(column.header(), twoDecimals(column.confidence()));
        }
        return confidences;
    }

    /** Header → importance 0–5 (the rule in the class comment). */
    static Map<String, Object> importance(IngestionReport report) {
        Map<String, Object> importance = new LinkedHashMap<>();
        for (ColumnReport column : report.columns()) {
            importance.put(column.header(), importance(column.field()));
        }
        return importance;
    }

    /** The importance of a column's target (the rule in the class comment). */
    static int importance(Optional<String> field) {
        if (field.isEmpty() || field.get().equals("extended")) {
            return 0;
        }
        return CanonicalField.byId(field.get()).map(CanonicalField::importance).orElse(OTHER_FIELD_IMPORTANCE);
    }

    /** The legacy names of the unmapped fields among sku, quantity, cost, revenue and sold (columns.md §6.6). */
    private static List<String> legacyCriticalMissing(IngestionReport report) {
        return report.mapping().map(ColumnMapping::legacyCriticalMissing).orElse(List.of());
    }

    /** The same fields as {@link #legacyCriticalMissing}, by their canonical ids. */
    static List<String> canonicalCriticalMissing(IngestionReport report) {
        List<String> missing = new ArrayList<>();
        for (String name : legacyCriticalMissing(report)) {
            @Nullable CanonicalField field = LEGACY_CRITICAL.get(name);
            if (field != null) {
                missing.add(field.id());
            }
        }
        return missing;
    }

    /** {@code "<POS display name> detected."}, or the generic note. */
    static String notes(IngestionReport report) {
        return report.profile()
                .map(detected -> detected.profile().name() + " detected.")
                .orElse(GENERIC_NOTE);
    }

    /** {@code {id, name, confidence, markers_found}} or null; confidence is the profile tier's score (1.00, 0.95, 0.90). */
    private static @Nullable Map<String, Object> detectedSystem(IngestionReport report) {
        if (report.profile().isEmpty()) {
            return null;
        }
        DetectedProfile detected = report.profile().get();
        Map<String, Object> system = new LinkedHashMap<>();
        system.put("id", detected.profile().id());
        system.put("name", detected.profile().name());
        system.put("confidence", twoDecimals(detected.profile().confidence().firstChoiceScore()));
        system.put("markers_found", detected.markersFound());
        return system;
    }

    private static List<Map<String, Object>> recommendedMissing(IngestionReport report) {
        List<Map<String, Object>> missing = new ArrayList<>();
        for (ColumnMapping.MissingField field :
                report.mapping().map(ColumnMapping::recommendedMissing).orElse(List.of())) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("field", field.field().id());
            entry.put("rules", field.rules());
            missing.add(entry);
        }
        return missing;
    }

    private static Map<String, Object> sources(IngestionReport report) {
        Map<String, Object> sources = new LinkedHashMap<>();
        for (ColumnReport column : report.columns()) {
            sources.put(column.header(), column.source());
        }
        return sources;
    }

    /** Header → up to 3 {@code {field, score}}, for unmapped columns that had candidates. */
    static Map<String, Object> alternatives(IngestionReport report) {
        Map<String, Object> alternatives = new LinkedHashMap<>();
        for (MappingDecision decision :
                report.mapping().map(ColumnMapping::columns).orElse(List.of())) {
            if (decision instanceof MappingDecision.Unmapped unmapped
                    && !unmapped.alternatives().isEmpty()) {
                List<Map<String, Object>> candidates = new ArrayList<>();
                for (MappingDecision.Candidate candidate : unmapped.alternatives()) {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("field", candidate.field().id());
                    entry.put("score", twoDecimals(candidate.score()));
                    candidates.add(entry);
                }
                alternatives.put(unmapped.header(), candidates);
            }
        }
        return alternatives;
    }

    private static Map<String, Object> fallbacks(IngestionReport report) {
        Map<String, Object> fallbacks = new LinkedHashMap<>();
        report.mapping().ifPresent(mapping -> mapping.fallbacks()
                .forEach((field, header) -> fallbacks.put(field.id(), header)));
        return fallbacks;
    }

    /** Header → the number of days, or {@code YTD}, {@code QTD}, {@code MTD}, {@code WTD}, {@code ASSUMED}. */
    static Map<String, Object> unitsSoldPeriods(IngestionReport report) {
        Map<String, Object> periods = new LinkedHashMap<>();
        report.mapping().ifPresent(mapping -> mapping.unitsSoldPeriods()
                .forEach((header, period) -> periods.put(header, period(period))));
        return periods;
    }

    private static Object period(UnitsSoldPeriod period) {
        return switch (period) {
            case UnitsSoldPeriod.Days days -> days.count();
            case UnitsSoldPeriod.YearToDate ignored -> period.label();
            case UnitsSoldPeriod.QuarterToDate ignored -> period.label();
            case UnitsSoldPeriod.MonthToDate ignored -> period.label();
            case UnitsSoldPeriod.WeekToDate ignored -> period.label();
            case UnitsSoldPeriod.Assumed ignored -> period.label();
        };
    }

    private static List<Map<String, Object>> warnings(IngestionReport report) {
        List<Map<String, Object>> warnings = new ArrayList<>();
        for (Notice notice : report.notices()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("code", notice.code().name());
            entry.put("message", notice.message());
            warnings.add(entry);
        }
        return warnings;
    }

    /** A score rounded half-even to 2 decimals on its exact binary value (api.md §1.2). */
    static BigDecimal twoDecimals(double value) {
        return new BigDecimal(value).setScale(2, RoundingMode.HALF_EVEN);
    }

    private static @Nullable String emptyAsNull(String text) {
        return text.isEmpty() ? null : text;
    }
}

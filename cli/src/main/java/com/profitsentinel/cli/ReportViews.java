package com.profitsentinel.cli;

import com.profitsentinel.io.ingest.ColumnReport;
import com.profitsentinel.io.ingest.IngestionReport;
import com.profitsentinel.io.mapping.ColumnMapping;
import com.profitsentinel.io.mapping.DetectedProfile;
import com.profitsentinel.io.mapping.UnitsSoldPeriod;
import com.profitsentinel.io.table.Notice;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How an {@link IngestionReport} is shown: the JSON of {@code map} and the text tables of {@code map} and {@code analyze}. */
final class ReportViews {
    private ReportViews() {}

    /**
     * The JSON object of {@code ./sentinel map --format json}: {@code file, format, encoding, delimiter, rows, pos,
     * columns [{header, field, confidence}], missing, warnings} plus additive members.
     */
    static Map<String, Object> mapJson(IngestionReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", report.file());
        json.put("format", report.format().code());
        json.put("encoding", report.encoding().isEmpty() ? null : report.encoding());
        json.put("delimiter", report.delimiter().isEmpty() ? null : report.delimiter());
        json.put("rows", report.rowsRead());
        json.put("pos", report.pos());
        List<Map<String, Object>> columns = new ArrayList<>();
        for (ColumnReport column : report.columns()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("header", column.header());
            entry.put("field", column.field().orElse(null));
            entry.put("confidence", round(column.confidence(), 2));
            entry.put("source", column.source());
            entry.put("letter", column.letter());
            columns.add(entry);
        }
        json.put("columns", columns);
        json.put("missing", report.missing());
        json.put("warnings", notices(report.notices()));
        json.put("file_type", report.fileType().id());
        json.put("sheet", report.sheet().isEmpty() ? null : report.sheet());
        json.put("sheets", report.sheets());
        json.put("header_row", report.headerRow());
        json.put("preamble", report.preamble());
        json.put("detected_system", report.profile().map(ReportViews::system).orElse(null));
        json.put("stores_detected", report.storesDetected());
        report.mapping().ifPresent(mapping -> {
            Map<String, String> fallbacks = new LinkedHashMap<>();
            mapping.fallbacks().forEach((field, header) -> fallbacks.put(field.id(), header));
            json.put("fallbacks", fallbacks);
            Map<String, String> periods = new LinkedHashMap<>();
            mapping.unitsSoldPeriods().forEach((header, period) -> periods.put(header, period.label()));
            json.put("units_sold_period", periods);
            json.put("legacy_critical_missing", mapping.legacyCriticalMissing());
        });
        json.put("rows_rejected", report.rowsRejected());
        return json;
    }

    private static Map<String, Object> system(DetectedProfile detected) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", detected.profile().id());
        json.put("name", detected.profile().name());
        json.put("confidence", detected.profile().confidence().id());
        json.put("markers_found", detected.markersFound());
        return json;
    }

    private static List<Map<String, String>> notices(List<Notice> notices) {
        List<Map<String, String>> list = new ArrayList<>();
        for (Notice notice : notices) {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("code", notice.code().name());
            entry.put("message", notice.message());
            list.add(entry);
        }
        return list;
    }

    /** The text of {@code ./sentinel map}. */
    static String mapText(IngestionReport report) {
        StringBuilder out = new StringBuilder();
        out.append("file      ").append(report.file()).append('\n');
        out.append("format    ").append(report.format().code());
        if (!report.encoding().isEmpty()) {
            out.append(", ").append(report.encoding());
        }
        if (!report.delimiter().isEmpty()) {
            out.append(", delimiter ").append(showDelimiter(report.delimiter()));
        }
        if (!report.sheet().isEmpty()) {
            out.append(", sheet \"").append(report.sheet()).append('"');
        }
        out.append('\n');
        out.append("type      ")
                .append(report.fileType().id())
                .append(", header on row ")
                .append(report.headerRow());
        out.append('\n');
        out.append("rows      ").append(report.rowsRead());
        if (report.rowsRejected() > 0) {
            out.append(" (").append(report.rowsRejected()).append(" rejected)");
        }
        out.append('\n');
        out.append("pos       ").append(report.pos());
        report.profile().ifPresent(detected -> out.append("  ")
                .append(detected.profile().name())
                .append(", ")
                .append(detected.profile().confidence().id())
                .append(" confidence, ")
                .append(detected.markersFound().size())
                .append(detected.markersFound().size() == 1 ? " marker" : " markers"));
        out.append('\n');
        if (!report.storesDetected().isEmpty()) {
            out.append("stores    ")
                    .append(String.join(", ", report.storesDetected()))
                    .append('\n');
        }
        out.append("columns\n");
        int width = report.columns().stream()
                .mapToInt(column -> column.header().length())
                .max()
                .orElse(6);
        width = Math.min(Math.max(width, 6), 40);
        for (ColumnReport column : report.columns()) {
            out.append(String.format(
                    Locale.ROOT,
                    "  %-3s %-" + width + "s  %-24s %4s  %s%n",
                    column.letter(),
                    column.header(),
                    "→ " + column.field().orElse("(unmapped)"),
                    column.field().isPresent() ? round(column.confidence(), 2).toPlainString() : "",
                    column.source()));
        }
        report.mapping().ifPresent(mapping -> fallbacksAndPeriods(mapping, out));
        out.append("missing   ").append(report.missing().isEmpty() ? "none" : String.join(", ", report.missing()));
        out.append('\n');
        if (!report.notices().isEmpty()) {
            out.append("warnings\n");
            for (Notice notice : report.notices()) {
                out.append("  ")
                        .append(notice.code().name())
                        .append("  ")
                        .append(notice.message())
                        .append('\n');
            }
        }
        return out.toString();
    }

    private static void fallbacksAndPeriods(ColumnMapping mapping, StringBuilder out) {
        if (!mapping.fallbacks().isEmpty()) {
            List<String> parts = new ArrayList<>();
            mapping.fallbacks().forEach((field, header) -> parts.add(field.id() + " ← \"" + header + "\""));
            out.append("fallbacks ").append(String.join(", ", parts)).append('\n');
        }
        for (Map.Entry<String, UnitsSoldPeriod> entry :
                mapping.unitsSoldPeriods().entrySet()) {
            out.append("period    \"").append(entry.getKey()).append("\" covers ");
            out.append(
                    entry.getValue() instanceof UnitsSoldPeriod.Days days
                            ? days.count() + " days"
                            : entry.getValue().label());
            out.append('\n');
        }
    }

    private static String showDelimiter(String delimiter) {
        return delimiter.equals("\t") ? "tab" : "\"" + delimiter + "\"";
    }

    private static BigDecimal round(double value, int places) {
        return new BigDecimal(value).setScale(places, RoundingMode.HALF_EVEN);
    }
}

package com.profitsentinel.cli;

import com.profitsentinel.app.analysis.EngineRun;
import com.profitsentinel.engine.analysis.AnalysisResult;
import com.profitsentinel.engine.analysis.Summary;
import com.profitsentinel.engine.digest.Digest;
import com.profitsentinel.engine.finding.Finding;
import com.profitsentinel.engine.finding.Formats;
import com.profitsentinel.engine.finding.Group;
import com.profitsentinel.engine.rootcause.Diagnosis;
import com.profitsentinel.io.ingest.IngestionReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code analyze --format html}: one self-contained page (no scripts, no external files) a retailer can open in any
 * browser and print: the totals, the leak types, the digest with likely causes and recommendations, the largest
 * findings with their sentences, and the data-quality problems. Every text from the data is HTML-escaped.
 */
final class HtmlReport {
    private static final String STYLE = """
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1f2937;margin:2rem auto;\
            max-width:1100px;padding:0 1rem}
            h1{font-size:1.6rem;margin:0 0 .2rem}h2{font-size:1.15rem;margin:2rem 0 .6rem;border-bottom:2px solid #e5e7eb;\
            padding-bottom:.3rem}
            .meta{color:#6b7280;margin:0 0 1.2rem}
            .cards{display:flex;gap:1rem;flex-wrap:wrap}.card{border:1px solid #e5e7eb;border-radius:8px;padding:.8rem 1rem;\
            min-width:200px}
            .card b{display:block;font-size:1.5rem}.card span{color:#6b7280}
            table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #e5e7eb;\
            vertical-align:top}
            th{background:#f9fafb;font-weight:600}td.num,th.num{text-align:right;white-space:nowrap}
            .sev{display:inline-block;padding:0 .4rem;border-radius:4px;font-size:.8rem;color:#fff}
            .critical{background:#b91c1c}.high{background:#dc2626}.medium{background:#d97706}.low{background:#6b7280}\
            .info{background:#9ca3af}
            .group{border:1px solid #e5e7eb;border-left:6px solid var(--c);border-radius:6px;padding:.6rem .9rem;margin:.6rem 0;\
            page-break-inside:avoid}
            .context{color:#374151}.cause{color:#4b5563;font-size:.92rem}.small{font-size:.85rem;color:#6b7280}
            @media print{body{margin:0;max-width:none}.group,tr{page-break-inside:avoid}}
            """;

    private HtmlReport() {}

    static String render(EngineRun.Outcome outcome, Digest digest) {
        AnalysisResult result = outcome.result();
        Summary summary = result.summary();
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Profit Sentinel report — ")
                .append(escape(files(outcome.reports())))
                .append("</title><style>")
                .append(STYLE)
                .append("</style></head><body>\n");
        html.append("<h1>Profit leak report</h1><p class=\"meta\">")
                .append(escape(files(outcome.reports())))
                .append(" · as of ")
                .append(result.asOf())
                .append(" · engine ")
                .append(escape(result.engine() + " " + result.engineVersion()))
                .append(" · preset ")
                .append(escape(result.preset()))
                .append("</p>\n");
        html.append("<div class=\"cards\">")
                .append(card(Formats.money(summary.annualProfitAtRiskTotal()), "annual profit at risk"))
                .append(card(Formats.money(summary.capitalTiedUpTotal()), "capital tied up"))
                .append(card(
                        ResultText.whole(summary.itemsFlagged()) + " of " + ResultText.whole(summary.recordsAnalyzed()),
                        "items flagged"))
                .append(card(ResultText.whole(summary.storesAnalyzed()), "stores"))
                .append("</div>\n");

        html.append("<h2>Leaks by type</h2><table><thead><tr><th>Leak type</th><th class=\"num\">Findings</th>")
                .append("<th class=\"num\">Annual profit at risk</th><th class=\"num\">Capital tied up</th></tr>")
                .append("</thead><tbody>");
        for (Map.Entry<String, Long> entry : summary.findingsByType().entrySet()) {
            html.append("<tr><td>")
                    .append(escape(ResultText.title(entry.getKey())))
                    .append("</td><td class=\"num\">")
                    .append(ResultText.whole(entry.getValue()))
                    .append("</td><td class=\"num\">")
                    .append(Formats.money(summary.impactByType().getOrDefault(entry.getKey(), 0.0)))
                    .append("</td><td class=\"num\">")
                    .append(Formats.money(summary.capitalByType().getOrDefault(entry.getKey(), 0.0)))
                    .append("</td></tr>");
        }
        if (summary.findingsByType().isEmpty()) {
            html.append("<tr><td colspan=\"4\">No profit leaks found.</td></tr>");
        }
        html.append("</tbody></table>\n");

        html.append("<h2>Act on these first</h2>");
        if (digest.selected().isEmpty()) {
            html.append("<p>Nothing above the digest's minimum impact.</p>");
        }
        int rank = 1;
        for (Group group : digest.selected()) {
            html.append("<div class=\"group\" style=\"--c:")
                    .append(color(group))
                    .append("\"><b>")
                    .append(rank++)
                    .append(". ")
                    .append(escape(group.storeId()))
                    .append(" — ")
                    .append(escape(group.kind().title()))
                    .append("</b> · ")
                    .append(Formats.money(group.annualProfitAtRisk()))
                    .append(" a year · ")
                    .append(group.skuCount())
                    .append(group.skuCount() == 1 ? " SKU" : " SKUs")
                    .append(" · ")
                    .append(group.trend().name().toLowerCase(Locale.ROOT))
                    .append("<div class=\"context\">")
                    .append(escape(group.context()))
                    .append("</div>");
            cause(html, group.rootCause());
            html.append("</div>\n");
        }

        List<Finding> largest = new ArrayList<>(result.findings());
        largest.sort(Comparator.comparingDouble(Finding::annualProfitAtRisk).reversed());
        html.append("<h2>Largest findings</h2><table><thead><tr><th>Store</th><th>SKU</th><th>Leak</th>")
                .append("<th class=\"num\">At risk / year</th><th class=\"num\">Capital</th><th>Severity</th>")
                .append("<th>What we saw</th></tr></thead><tbody>");
        for (Finding finding : largest) {
            html.append("<tr><td>")
                    .append(escape(finding.storeId()))
                    .append("</td><td>")
                    .append(escape(finding.sku()))
                    .append("<div class=\"small\">")
                    .append(escape(finding.description()))
                    .append("</div></td><td>")
                    .append(escape(finding.kind().title()))
                    .append("</td><td class=\"num\">")
                    .append(Formats.money(finding.annualProfitAtRisk()))
                    .append("</td><td class=\"num\">")
                    .append(Formats.money(finding.capitalTiedUp()))
                    .append("</td><td><span class=\"sev ")
                    .append(finding.severity().id())
                    .append("\">")
                    .append(finding.severity().id())
                    .append("</span></td><td class=\"context\">")
                    .append(escape(finding.context()))
                    .append("<div class=\"small\">")
                    .append(escape(String.join(" · ", finding.recommendations())))
                    .append("</div></td></tr>");
        }
        if (largest.isEmpty()) {
            html.append("<tr><td colspan=\"7\">None.</td></tr>");
        }
        html.append("</tbody></table>");
        if (summary.itemsFlagged() > largest.size() && !largest.isEmpty()) {
            html.append("<p class=\"small\">The ")
                    .append(largest.size())
                    .append(" largest findings are listed; every finding is in --format json, csv or ndjson.</p>");
        }

        html.append("\n<h2>Data quality</h2>");
        if (result.dataQuality().isEmpty()) {
            html.append("<p>No problems found in the data.</p>");
        } else {
            html.append(
                    "<table><thead><tr><th>Problem</th><th>Store</th><th>SKU</th><th>Details</th></tr></thead><tbody>");
            for (Finding finding : result.dataQuality()
                    .subList(0, Math.min(200, result.dataQuality().size()))) {
                html.append("<tr><td>")
                        .append(escape(finding.subtype()))
                        .append("</td><td>")
                        .append(escape(finding.storeId()))
                        .append("</td><td>")
                        .append(escape(finding.sku()))
                        .append("</td><td class=\"context\">")
                        .append(escape(finding.context()))
                        .append("</td></tr>");
            }
            html.append("</tbody></table>");
        }
        html.append("\n<p class=\"small\">Annual profit at risk counts each SKU once, at its largest figure. ")
                .append("Made by Profit Sentinel in ")
                .append(String.format(Locale.ROOT, "%.2f", outcome.durationMillis() / 1000.0))
                .append(" s.</p>\n</body></html>\n");
        return html.toString();
    }

    private static void cause(StringBuilder html, Diagnosis diagnosis) {
        if (diagnosis.hypotheses().isEmpty()) {
            return;
        }
        html.append("<div class=\"cause\">");
        if (diagnosis.rootCause().isPresent()) {
            html.append("Likely cause: <b>")
                    .append(escape(diagnosis.rootCause().get().displayName()))
                    .append("</b>");
        } else {
            html.append("Leading hypothesis: ")
                    .append(escape(diagnosis.hypotheses().get(0).cause().displayName()))
                    .append(" (too uncertain to name)");
        }
        html.append(String.format(Locale.ROOT, " · confidence %.2f", diagnosis.confidence()));
        diagnosis.reviewReason().ifPresent(reason -> html.append(" · needs review (")
                .append(escape(reason.replace('_', ' ')))
                .append(')'));
        html.append("</div>");
    }

    private static String card(String value, String label) {
        return "<div class=\"card\"><b>" + escape(value) + "</b><span>" + escape(label) + "</span></div>";
    }

    private static String color(Group group) {
        return group.kind() instanceof com.profitsentinel.engine.finding.LeakType type ? type.color() : "#6b7280";
    }

    private static String files(List<IngestionReport> reports) {
        return String.join(", ", reports.stream().map(IngestionReport::file).toList());
    }

    /** Escapes text for HTML element content and attribute values. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            switch (character) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(character);
            }
        }
        return escaped.toString();
    }
}

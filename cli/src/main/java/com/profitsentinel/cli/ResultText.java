package com.profitsentinel.cli;

import com.profitsentinel.app.analysis.EngineRun;
import com.profitsentinel.engine.analysis.AnalysisResult;
import com.profitsentinel.engine.analysis.Summary;
import com.profitsentinel.engine.digest.Digest;
import com.profitsentinel.engine.finding.Finding;
import com.profitsentinel.engine.finding.FindingKind;
import com.profitsentinel.engine.finding.Formats;
import com.profitsentinel.engine.finding.Group;
import com.profitsentinel.engine.finding.LeakType;
import com.profitsentinel.engine.finding.LegacyPrimitive;
import com.profitsentinel.engine.rootcause.Diagnosis;
import com.profitsentinel.io.ingest.IngestionReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The readable result of {@code analyze} (the default format): what was read, the totals, the leak types with their
 * dollars, the digest's top groups with their likely cause, and the largest findings with their sentences.
 */
final class ResultText {
    private static final int CONTEXT_WIDTH = 110;

    private ResultText() {}

    static String render(EngineRun.Outcome outcome, Digest digest, int findingsListed) {
        AnalysisResult result = outcome.result();
        Summary summary = result.summary();
        StringBuilder text = new StringBuilder();
        text.append("Profit Sentinel · ")
                .append(result.engine())
                .append(' ')
                .append(result.engineVersion())
                .append(" · as of ")
                .append(result.asOf())
                .append(" · preset ")
                .append(result.preset())
                .append('\n');
        for (IngestionReport report : outcome.reports()) {
            text.append(report.file())
                    .append(" (")
                    .append(report.fileType().id().replace('_', ' '))
                    .append(", ")
                    .append(report.pos())
                    .append("): ")
                    .append(count(report.rowsRead(), "row"))
                    .append(" read, ")
                    .append(report.rowsRejected())
                    .append(" rejected\n");
        }
        text.append(count(summary.recordsAnalyzed(), "record"))
                .append(" in ")
                .append(count(summary.storesAnalyzed(), "store"));
        if (summary.duplicatesExcluded() > 0) {
            text.append(" · ").append(summary.duplicatesExcluded()).append(" duplicate SKU rows excluded");
        }
        if (summary.nonInventoryExcluded() > 0) {
            text.append(" · ").append(summary.nonInventoryExcluded()).append(" non-inventory items excluded");
        }
        text.append(" · ")
                .append(String.format(Locale.ROOT, "%.2f", outcome.durationMillis() / 1000.0))
                .append(" s\n\n");

        text.append(String.format(
                Locale.ROOT,
                "Annual profit at risk  %s  (each SKU counted once, at its largest figure)%n",
                Formats.money(summary.annualProfitAtRiskTotal())));
        text.append(
                String.format(Locale.ROOT, "Capital tied up        %s%n", Formats.money(summary.capitalTiedUpTotal())));
        text.append(String.format(
                Locale.ROOT,
                "Items flagged          %s of %s%n%n",
                whole(summary.itemsFlagged()),
                whole(summary.recordsAnalyzed())));

        if (summary.findingsByType().isEmpty()) {
            text.append("No profit leaks found.\n");
        } else {
            text.append(String.format(
                    Locale.ROOT,
                    "%-26s %9s %16s %16s%n",
                    "Leak type",
                    "Findings",
                    "Annual at risk",
                    "Capital tied up"));
            for (Map.Entry<String, Long> entry : summary.findingsByType().entrySet()) {
                text.append(String.format(
                        Locale.ROOT,
                        "%-26s %9s %16s %16s%n",
                        title(entry.getKey()),
                        whole(entry.getValue()),
                        Formats.money(summary.impactByType().getOrDefault(entry.getKey(), 0.0)),
                        Formats.money(summary.capitalByType().getOrDefault(entry.getKey(), 0.0))));
            }
        }

        if (!digest.selected().isEmpty()) {
            text.append("\nDigest: the ")
                    .append(
                            digest.selected().size() == 1
                                    ? "group"
                                    : digest.selected().size() + " groups")
                    .append(" to act on first (")
                    .append(Formats.money(digest.totalDollarImpact()))
                    .append(" a year")
                    .append(
                            digest.groupsFilteredOut() > 0
                                    ? "; " + digest.groupsFilteredOut() + " small groups left out"
                                    : "")
                    .append(")\n");
            int rank = 1;
            for (Group group : digest.selected()) {
                text.append(String.format(
                        Locale.ROOT,
                        "%2d. %s — %s (%s/yr) · %s · confidence %.2f%n",
                        rank++,
                        group.storeId(),
                        group.kind().title(),
                        Formats.money(group.annualProfitAtRisk()),
                        group.trend().name().toLowerCase(Locale.ROOT),
                        group.confidence()));
                wrap(text, group.context(), "    ");
                cause(text, group.rootCause());
            }
        }

        List<Finding> largest = new ArrayList<>(result.findings());
        largest.sort(Comparator.comparingDouble(Finding::annualProfitAtRisk).reversed());
        if (!largest.isEmpty() && findingsListed > 0) {
            text.append("\nLargest findings\n");
            text.append(String.format(
                    Locale.ROOT,
                    "%3s  %-10s %-16s %-22s %14s %14s  %-9s %s%n",
                    "#",
                    "Store",
                    "SKU",
                    "Leak type",
                    "At risk/yr",
                    "Capital",
                    "Severity",
                    "Finding ID"));
            int rank = 1;
            for (Finding finding : largest.subList(0, Math.min(findingsListed, largest.size()))) {
                text.append(String.format(
                        Locale.ROOT,
                        "%3d  %-10s %-16s %-22s %14s %14s  %-9s %s%n",
                        rank++,
                        cut(finding.storeId(), 10),
                        cut(finding.sku(), 16),
                        cut(finding.kind().title(), 22),
                        Formats.money(finding.annualProfitAtRisk()),
                        Formats.money(finding.capitalTiedUp()),
                        finding.severity().id(),
                        finding.findingId()));
                wrap(text, finding.context(), "     ");
            }
        }

        text.append('\n');
        if (summary.dataQualityByCode().isEmpty()) {
            text.append("Data quality: no problems found.\n");
        } else {
            text.append("Data quality: ");
            List<String> parts = new ArrayList<>();
            summary.dataQualityByCode().forEach((code, number) -> parts.add(code + " " + number));
            text.append(String.join(", ", parts)).append('\n');
            for (Finding finding : result.dataQuality()
                    .subList(0, Math.min(5, result.dataQuality().size()))) {
                wrap(text, finding.context(), "  ");
            }
        }
        if (!largest.isEmpty()) {
            text.append("\nWhy? ./sentinel explain FILE --finding ")
                    .append(largest.get(0).findingId())
                    .append('\n');
        }
        return text.toString();
    }

    private static void cause(StringBuilder text, Diagnosis diagnosis) {
        if (diagnosis.hypotheses().isEmpty()) {
            return;
        }
        String name = diagnosis
                .rootCause()
                .map(cause -> "Likely cause: " + cause.displayName())
                .orElse("Leading hypothesis: "
                        + diagnosis.hypotheses().get(0).cause().displayName()
                        + " (too uncertain to name)");
        text.append("    ")
                .append(name)
                .append(String.format(Locale.ROOT, " · confidence %.2f", diagnosis.confidence()));
        diagnosis.reviewReason().ifPresent(reason -> text.append(" · needs review: ")
                .append(reason.replace('_', ' ')));
        text.append('\n');
    }

    /** The display title of a leak type or legacy primitive id. */
    static String title(String kindId) {
        for (LeakType type : LeakType.values()) {
            if (type.id().equals(kindId)) {
                return type.title();
            }
        }
        for (LegacyPrimitive primitive : LegacyPrimitive.values()) {
            if (primitive.id().equals(kindId)) {
                return ((FindingKind) primitive).title();
            }
        }
        return kindId;
    }

    /** A whole number with thousands separators. */
    static String whole(long number) {
        return Formats.number((double) number, 0);
    }

    private static String count(long number, String noun) {
        return whole(number) + " " + noun + (number == 1 ? "" : "s");
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }

    private static void wrap(StringBuilder text, String sentence, String indent) {
        int start = 0;
        while (start < sentence.length()) {
            int end = Math.min(sentence.length(), start + CONTEXT_WIDTH);
            if (end < sentence.length()) {
                int space = sentence.lastIndexOf(' ', end);
                if (space > start) {
                    end = space;
                }
            }
            text.append(indent).append(sentence, start, end).append('\n');
            start = end;
            while (start < sentence.length() && sentence.charAt(start) == ' ') {
                start++;
            }
        }
    }
}

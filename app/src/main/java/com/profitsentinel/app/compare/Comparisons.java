package com.profitsentinel.app.compare;

import static java.util.Objects.requireNonNull;

import com.profitsentinel.app.explain.Explainer;
import com.profitsentinel.app.findings.FindingLine;
import com.profitsentinel.app.output.ResultJson;
import com.profitsentinel.engine.finding.FindingKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The comparison of a current and a previous analysis (workflows.md §9): statuses per leak type and per legacy key,
 * changes per finding ID, and the overall trend. Pure; money is summed unrounded and rounded when written (engine.md
 * §0).
 */
public final class Comparisons {
    /** A change in impact or count this large (dollars) makes a type worsening or improving. */
    private static final double TYPE_IMPACT_STEP = 100;

    private static final double OVERALL_IMPACT_STEP = 500;
    private static final long OVERALL_ISSUES_STEP = 2;
    private static final double FINDING_STEP = 25;
    private static final double FINDING_SHARE = 0.10;
    /** The most findings listed per kind of change (counts cover all). */
    private static final int MAX_LISTED = 1_000;

    private Comparisons() {}

    /**
     * One analysis as compared.
     *
     * @param countsByType findings per leak type (all findings, from the analysis summary)
     * @param impactByType annual profit at risk per leak type
     * @param legacyCounts findings per legacy key ({@code leaks.<key>.count})
     * @param legacyImpacts {@code estimated_impact.breakdown} per legacy key
     * @param findings the stored findings of the analysis
     */
    public record Side(
            String analysisId,
            String label,
            Instant createdAt,
            String storeId,
            long rows,
            Map<String, Long> countsByType,
            Map<String, Double> impactByType,
            Map<String, Double> capitalByType,
            Map<String, Long> legacyCounts,
            Map<String, Double> legacyImpacts,
            List<FindingLine> findings) {
        public Side {
            requireNonNull(analysisId, "analysisId is null");
            requireNonNull(label, "label is null");
            requireNonNull(createdAt, "createdAt is null");
            requireNonNull(storeId, "storeId is null");
            countsByType = Collections.unmodifiableMap(new TreeMap<>(countsByType));
            impactByType = Collections.unmodifiableMap(new TreeMap<>(impactByType));
            capitalByType = Collections.unmodifiableMap(new TreeMap<>(capitalByType));
            legacyCounts = Collections.unmodifiableMap(new TreeMap<>(legacyCounts));
            legacyImpacts = Collections.unmodifiableMap(new TreeMap<>(legacyImpacts));
            findings = List.copyOf(findings);
        }
    }

    /** The status of a type or key from its counts and impacts, the rules tested in the order of §9. */
    static String status(long previousCount, double previousImpact, long currentCount, double currentImpact) {
        if (previousCount == 0 && currentCount > 0) {
            return "new";
        }
        if (currentCount == 0 && previousCount > 0) {
            return "resolved";
        }
        double impactDelta = currentImpact - previousImpact;
        if (currentCount > previousCount || impactDelta > TYPE_IMPACT_STEP) {
            return "worsening";
        }
        if (currentCount < previousCount || impactDelta < -TYPE_IMPACT_STEP) {
            return "improving";
        }
        return "stable";
    }

    private static String severity(String status) {
        return switch (status) {
            case "new" -> "critical";
            case "worsening" -> "warning";
            case "resolved" -> "success";
            case "improving" -> "info";
            default -> "neutral";
        };
    }

    /**
     * The Comparison object of workflows.md §9.
     *
     * @param absentSkus SKUs of the store's open findings the current upload did not contain
     */
    public static Map<String, Object> compare(Side current, Side previous, Set<String> absentSkus) {
        List<Map<String, Object>> typeTrends = trends(
                "leak_type",
                union(previous.countsByType().keySet(), current.countsByType().keySet()),
                previous.countsByType(),
                previous.impactByType(),
                current.countsByType(),
                current.impactByType());
        List<Map<String, Object>> leakTrends = trends(
                "key",
                union(previous.legacyCounts().keySet(), current.legacyCounts().keySet()),
                previous.legacyCounts(),
                previous.legacyImpacts(),
                current.legacyCounts(),
                current.legacyImpacts());
        long currentIssues = sum(current.countsByType());
        long previousIssues = sum(previous.countsByType());
        double currentTotal = total(current.impactByType());
        double previousTotal = total(previous.impactByType());
        double impactDelta = currentTotal - previousTotal;
        long issuesDelta = currentIssues - previousIssues;
        String overall;
        if (impactDelta > OVERALL_IMPACT_STEP) {
            overall = "worsening";
        } else if (impactDelta < -OVERALL_IMPACT_STEP) {
            overall = "improving";
        } else if (issuesDelta > OVERALL_ISSUES_STEP) {
            overall = "worsening";
        } else if (issuesDelta < -OVERALL_ISSUES_STEP) {
            overall = "improving";
        } else {
            overall = "stable";
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("overall_trend", overall);
        summary.put("issues_delta", issuesDelta);
        summary.put("current_issues", currentIssues);
        summary.put("previous_issues", previousIssues);
        summary.put("current_total", ResultJson.money(currentTotal));
        summary.put("previous_total", ResultJson.money(previousTotal));
        summary.put("impact_delta", ResultJson.money(impactDelta));
        summary.put(
                "capital_delta", ResultJson.money(total(current.capitalByType()) - total(previous.capitalByType())));
        for (String status : List.of("new", "resolved", "worsening", "improving")) {
            summary.put(
                    status + "_types",
                    typeTrends.stream()
                            .filter(trend -> status.equals(trend.get("status")))
                            .count());
        }
        summary.put("current_rows", current.rows());
        summary.put("previous_rows", previous.rows());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("summary", summary);
        answer.put("type_trends", typeTrends);
        answer.put("leak_trends", leakTrends);
        answer.put("finding_changes", findingChanges(current, previous, absentSkus));
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("current", side(current));
        metadata.put("previous", side(previous));
        metadata.put("cross_store", !current.storeId().equals(previous.storeId()));
        answer.put("metadata", metadata);
        return answer;
    }

    private static Map<String, Object> side(Side side) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", side.analysisId());
        json.put("label", side.label());
        json.put("created_at", side.createdAt().toString());
        json.put("store_id", side.storeId());
        return json;
    }

    private static List<Map<String, Object>> trends(
            String keyName,
            Set<String> keys,
            Map<String, Long> previousCounts,
            Map<String, Double> previousImpacts,
            Map<String, Long> currentCounts,
            Map<String, Double> currentImpacts) {
        List<Map<String, Object>> trends = new ArrayList<>();
        List<Double> deltas = new ArrayList<>();
        for (String key : keys) {
            long previousCount = previousCounts.getOrDefault(key, 0L);
            long currentCount = currentCounts.getOrDefault(key, 0L);
            if (previousCount == 0 && currentCount == 0) {
                continue;
            }
            double previousImpact = previousImpacts.getOrDefault(key, 0.0);
            double currentImpact = currentImpacts.getOrDefault(key, 0.0);
            String status = status(previousCount, previousImpact, currentCount, currentImpact);
            Map<String, Object> trend = new LinkedHashMap<>();
            trend.put(keyName, key);
            if (keyName.equals("leak_type")) {
                trend.put(
                        "type_display",
                        Explainer.kind(key).map(FindingKind::title).orElse(key));
            }
            trend.put("previous_count", previousCount);
            trend.put("current_count", currentCount);
            trend.put("count_delta", currentCount - previousCount);
            trend.put("previous_impact", ResultJson.money(previousImpact));
            trend.put("current_impact", ResultJson.money(currentImpact));
            trend.put("impact_delta", ResultJson.money(currentImpact - previousImpact));
            trend.put("status", status);
            trend.put("severity", severity(status));
            trends.add(trend);
            deltas.add(Math.abs(currentImpact - previousImpact));
        }
        List<Integer> order = new ArrayList<>();
        for (int index = 0; index < trends.size(); index++) {
            order.add(index);
        }
        order.sort(Comparator.comparingDouble((Integer index) -> deltas.get(index))
                .reversed()
                .thenComparing(index -> String.valueOf(trends.get(index).get(keyName))));
        List<Map<String, Object>> sorted = new ArrayList<>();
        for (int index : order) {
            sorted.add(trends.get(index));
        }
        return sorted;
    }

    private static Map<String, Object> findingChanges(Side current, Side previous, Set<String> absentSkus) {
        Map<String, FindingLine> before = byId(previous.findings());
        Map<String, FindingLine> now = byId(current.findings());
        List<Change> created = new ArrayList<>();
        List<Change> resolved = new ArrayList<>();
        List<Change> worsening = new ArrayList<>();
        List<Change> improving = new ArrayList<>();
        long missing = 0;
        long persisting = 0;
        for (FindingLine line : now.values()) {
            FindingLine earlier = before.get(line.findingId());
            if (earlier == null) {
                created.add(new Change(line, 0, line.annualProfitAtRisk().doubleValue()));
                continue;
            }
            persisting++;
            double previousImpact = earlier.annualProfitAtRisk().doubleValue();
            double currentImpact = line.annualProfitAtRisk().doubleValue();
            double step = Math.max(FINDING_STEP, FINDING_SHARE * previousImpact);
            if (currentImpact - previousImpact > step) {
                worsening.add(new Change(line, previousImpact, currentImpact));
            } else if (previousImpact - currentImpact > step) {
                improving.add(new Change(line, previousImpact, currentImpact));
            }
        }
        for (FindingLine line : before.values()) {
            if (now.containsKey(line.findingId())) {
                continue;
            }
            if (absentSkus.contains(line.sku())) {
                missing++;
            } else {
                resolved.add(new Change(line, line.annualProfitAtRisk().doubleValue(), 0));
            }
        }
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("new", listed(created));
        changes.put("resolved", listed(resolved));
        changes.put("worsening", listed(worsening));
        changes.put("improving", listed(improving));
        changes.put("new_count", created.size());
        changes.put("resolved_count", resolved.size());
        changes.put("worsening_count", worsening.size());
        changes.put("improving_count", improving.size());
        changes.put("persisting_count", persisting);
        changes.put("missing_from_upload_count", missing);
        return changes;
    }

    private record Change(FindingLine line, double previousImpact, double currentImpact) {
        double delta() {
            return currentImpact - previousImpact;
        }
    }

    private static List<Map<String, Object>> listed(List<Change> changes) {
        List<Change> sorted = new ArrayList<>(changes);
        sorted.sort(Comparator.comparingDouble((Change change) -> Math.abs(change.delta()))
                .reversed()
                .thenComparing(change -> change.line().findingId()));
        List<Map<String, Object>> listed = new ArrayList<>();
        for (Change change : sorted.subList(0, Math.min(MAX_LISTED, sorted.size()))) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("finding_id", change.line().findingId());
            json.put("leak_type", change.line().leakType());
            json.put("sku", change.line().sku());
            json.put("description", change.line().description());
            json.put("previous_impact", ResultJson.money(change.previousImpact()));
            json.put("current_impact", ResultJson.money(change.currentImpact()));
            json.put("impact_delta", ResultJson.money(change.delta()));
            listed.add(json);
        }
        return listed;
    }

    private static Map<String, FindingLine> byId(List<FindingLine> lines) {
        Map<String, FindingLine> byId = new TreeMap<>();
        for (FindingLine line : lines) {
            byId.put(line.findingId(), line);
        }
        return byId;
    }

    private static Set<String> union(Set<String> left, Set<String> right) {
        Set<String> union = new LinkedHashSet<>(left);
        union.addAll(right);
        return Collections.unmodifiableSet(union);
    }

    private static long sum(Map<String, Long> counts) {
        long sum = 0;
        for (long count : counts.values()) {
            sum += count;
        }
        return sum;
    }

    private static double total(Map<String, Double> amounts) {
        double total = 0;
        for (double amount : amounts.values()) {
            total += amount;
        }
        return total;
    }
}

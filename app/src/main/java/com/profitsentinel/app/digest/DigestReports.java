package com.profitsentinel.app.digest;

import static java.util.Objects.requireNonNull;

import com.profitsentinel.app.explain.Explainer;
import com.profitsentinel.app.output.ResultJson;
import com.profitsentinel.engine.digest.Digest;
import com.profitsentinel.engine.digest.DigestRanker;
import com.profitsentinel.engine.finding.FindingKind;
import com.profitsentinel.engine.finding.Formats;
import com.profitsentinel.engine.finding.Group;
import com.profitsentinel.engine.finding.LeakType;
import com.profitsentinel.engine.finding.Trend;
import com.profitsentinel.engine.rootcause.Diagnosis;
import com.profitsentinel.engine.rule.Parameters;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The morning digest of workflows.md §3 built from stored groups: ranked exactly as engine.md §10 across the stores
 * asked for, each selected group written as a {@code DigestItem} (headline, detail line, trend and root-cause lines,
 * actions) and the whole as the rendered text of §3.4. Pure: the caller reads the stores, groups and findings.
 */
public final class DigestReports {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

    private DigestReports() {}

    /**
     * One stored group as the digest needs it.
     *
     * @param document the group's JSON object as stored ({@code skus}, {@code finding_ids}, {@code confidence},
     *     {@code trend}, {@code root_cause}, {@code context})
     * @param severity the highest severity of its findings
     */
    public record StoredGroup(
            String groupId,
            String storeId,
            String leakType,
            double annualProfitAtRisk,
            double capitalTiedUp,
            String severity,
            Map<String, Object> document) {
        public StoredGroup {
            requireNonNull(groupId, "groupId is null");
            requireNonNull(storeId, "storeId is null");
            requireNonNull(leakType, "leakType is null");
            requireNonNull(severity, "severity is null");
            requireNonNull(document, "document is null");
        }
    }

    /**
     * A store asked for: its latest analysis (empty when it has none) and that analysis's groups.
     *
     * @param asOf the date of the analysed data
     */
    public record StoreData(
            String storeId,
            String name,
            Optional<String> analysisId,
            Optional<LocalDate> asOf,
            List<StoredGroup> groups) {
        public StoreData {
            requireNonNull(storeId, "storeId is null");
            requireNonNull(name, "name is null");
            requireNonNull(analysisId, "analysisId is null");
            requireNonNull(asOf, "asOf is null");
            groups = List.copyOf(groups);
        }
    }

    /** The ranking of the stores' groups, before the selected groups' findings are read. */
    public record Ranking(Digest digest, Map<String, StoredGroup> byGroupId) {}

    /**
     * Ranks the stores' groups (engine.md §10).
     *
     * @param impacts annual profit at risk of each stored finding by ID (members not stored count 0 in the
     *     de-duplicated total)
     */
    public static Ranking rank(List<StoreData> stores, Map<String, Double> impacts, Parameters parameters, int topK) {
        List<Group> groups = new ArrayList<>();
        Map<String, StoredGroup> byGroupId = new LinkedHashMap<>();
        Map<String, Double> memberImpacts = new LinkedHashMap<>(impacts);
        for (StoreData store : stores) {
            for (StoredGroup stored : store.groups()) {
                Optional<FindingKind> kind = Explainer.kind(stored.leakType());
                if (kind.isEmpty()) {
                    continue;
                }
                List<String> skus = strings(stored.document().get("skus"));
                List<String> findingIds = strings(stored.document().get("finding_ids"));
                if (skus.size() != findingIds.size()) {
                    continue;
                }
                for (String findingId : findingIds) {
                    memberImpacts.putIfAbsent(findingId, 0.0);
                }
                groups.add(new Group(
                        stored.groupId(),
                        stored.storeId(),
                        kind.get(),
                        skus,
                        findingIds,
                        stored.annualProfitAtRisk(),
                        stored.capitalTiedUp(),
                        number(stored.document().get("confidence")),
                        trend(stored.document().get("trend")),
                        Double.NaN,
                        Diagnosis.none(),
                        String.valueOf(stored.document().getOrDefault("context", ""))));
                byGroupId.put(stored.groupId(), stored);
            }
        }
        return new Ranking(DigestRanker.rank(groups, memberImpacts, parameters, topK), byGroupId);
    }

    /**
     * The digest answer of api.md §5.6.
     *
     * @param members the stored findings (JSON objects) of each selected group, largest first
     * @param today the date in the stores' time zone, for staleness
     * @param generatedAt when the digest was made (ISO-8601)
     */
    public static Map<String, Object> report(
            List<StoreData> stores,
            Ranking ranking,
            Map<String, List<Map<String, Object>>> members,
            LocalDate today,
            int staleAfterDays,
            String generatedAt) {
        Map<String, String> names = new LinkedHashMap<>();
        List<Map<String, Object>> storeLines = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> dataLine = new ArrayList<>();
        for (StoreData store : stores) {
            names.put(store.storeId(), store.name());
            boolean stale = store.asOf()
                    .map(asOf -> ChronoUnit.DAYS.between(asOf, today) > staleAfterDays)
                    .orElse(false);
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("store_id", store.storeId());
            line.put("name", store.name());
            line.put("analysis_id", store.analysisId().orElse(null));
            line.put("as_of", store.asOf().map(LocalDate::toString).orElse(null));
            line.put("stale", stale);
            storeLines.add(line);
            if (store.analysisId().isEmpty()) {
                notes.add("No data yet for " + store.name() + " — upload an inventory export.");
            } else {
                LocalDate asOf = store.asOf().orElse(today);
                dataLine.add(store.name() + " analysed " + DAY.format(asOf));
                if (stale) {
                    notes.add("Data for " + store.name() + " is " + ChronoUnit.DAYS.between(asOf, today)
                            + " days old — upload a fresh export.");
                }
            }
        }
        Digest digest = ranking.digest();
        List<Map<String, Object>> items = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int rank = 0;
        for (Group group : digest.selected()) {
            rank++;
            StoredGroup stored = ranking.byGroupId().get(group.groupId());
            if (stored == null) {
                continue;
            }
            Map<String, Object> item =
                    item(rank, group, stored, names, members.getOrDefault(group.groupId(), List.of()));
            items.add(item);
            text.append('\n').append(item.get("headline")).append('\n');
            if (item.get("detail_lines") instanceof List<?> details) {
                for (Object detail : details) {
                    text.append("   ").append(detail).append('\n');
                }
            }
        }
        String header = items.isEmpty()
                ? "Good morning. Nothing needs your attention today. All clear."
                : "Good morning. " + items.size() + (items.size() == 1 ? " item needs" : " items need")
                        + " your attention today.\nTotal exposure: $" + Formats.number(digest.totalDollarImpact(), 0)
                        + " a year across " + digest.storesAffected() + " store"
                        + (digest.storesAffected() == 1 ? "" : "s") + ".";
        StringBuilder rendered = new StringBuilder(header).append('\n').append(text);
        for (String note : notes) {
            rendered.append('\n').append(note);
        }
        if (!dataLine.isEmpty()) {
            rendered.append("\nData: ").append(String.join("; ", dataLine)).append('.');
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("total_issues", digest.totalIssues());
        summary.put("total_dollar_impact", ResultJson.money(digest.totalDollarImpact()));
        summary.put("selected_dedup_total", ResultJson.money(digest.selectedDedupTotal()));
        summary.put("stores_affected", digest.storesAffected());
        summary.put("records_processed", null);
        summary.put("groups_detected", digest.groupsDetected());
        summary.put("groups_filtered_out", digest.groupsFilteredOut());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("generated_at", generatedAt);
        answer.put("stores", storeLines);
        answer.put("items", items);
        answer.put("summary", summary);
        answer.put("all_clear", items.isEmpty());
        answer.put("rendered_text", rendered.toString().strip());
        return answer;
    }

    private static Map<String, Object> item(
            int rank, Group group, StoredGroup stored, Map<String, String> names, List<Map<String, Object>> members) {
        String store = names.getOrDefault(group.storeId(), group.storeId());
        String display = group.kind().title();
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("rank", rank);
        item.put("group_id", group.groupId());
        item.put("store_id", group.storeId());
        item.put("store_name", store);
        item.put("leak_type", group.kind().id());
        item.put("type_display", display);
        item.put(
                "headline",
                rank + ". " + store + " — " + display + " ($" + Formats.number(group.annualProfitAtRisk(), 0) + "/yr)");
        List<String> lines = new ArrayList<>();
        lines.add(detailLine(group, members));
        lines.add(
                switch (group.trend()) {
                    case WORSENING -> "This is getting worse — act soon.";
                    case STABLE -> "Stable — act when you can.";
                    case IMPROVING -> "Improving — keep going.";
                });
        Map<String, Object> rootCause =
                Explainer.rootCauseSummary(stored.document().get("root_cause")).orElse(null);
        if (rootCause != null) {
            String line = "Likely cause: " + rootCause.get("display_name") + " ("
                    + Formats.number(number(rootCause.get("confidence")) * 100, 0) + " %)";
            if (number(rootCause.get("ambiguity")) > 0.7) {
                line += " — other causes are close";
            }
            lines.add(line);
        }
        item.put("detail_lines", lines);
        item.put("sku_count", group.skuCount());
        item.put("annual_profit_at_risk", ResultJson.money(group.annualProfitAtRisk()));
        item.put("capital_tied_up", ResultJson.money(group.capitalTiedUp()));
        item.put("trend", group.trend().name());
        item.put("trend_basis", members.isEmpty() ? null : members.get(0).get("trend_basis"));
        item.put("confidence", ResultJson.ratio(group.confidence()));
        item.put("base_priority", ResultJson.ratio(DigestRanker.basePriority(group)));
        item.put("priority_score", ResultJson.ratio(group.priorityScore()));
        item.put("severity", stored.severity());
        item.put("root_cause", rootCause == null ? null : summary(rootCause));
        item.put("actions", actions(group));
        return item;
    }

    /** "SKU <sku> <description>: <fact>" for one SKU, "<n> SKUs — <aggregate>" for several (workflows.md §3.3). */
    static String detailLine(Group group, List<Map<String, Object>> members) {
        if (members.isEmpty()) {
            return group.context();
        }
        LeakType type = group.kind() instanceof LeakType leakType ? leakType : null;
        if (group.skuCount() == 1) {
            Map<String, Object> finding = members.get(0);
            String fact = type == null ? null : singleFact(type, finding);
            return "SKU " + finding.get("sku") + " " + finding.getOrDefault("description", "") + ": "
                    + (fact != null ? fact : finding.getOrDefault("context", ""));
        }
        String aggregate = type == null ? null : aggregate(type, group, members);
        // other types: the group's own sentence, which already counts the SKUs
        return aggregate != null ? group.skuCount() + " SKUs — " + aggregate : group.context();
    }

    private static @org.jspecify.annotations.Nullable String singleFact(LeakType type, Map<String, Object> finding) {
        Map<?, ?> details = finding.get("details") instanceof Map<?, ?> map ? map : Map.of();
        Map<?, ?> inputs =
                finding.get("evidence") instanceof Map<?, ?> evidence && evidence.get("inputs") instanceof Map<?, ?> map
                        ? map
                        : Map.of();
        return switch (type) {
            case NEGATIVE_INVENTORY ->
                Formats.number(number(details.get("units_short")), 0) + " units short @ "
                        + Formats.money(number(inputs.get("c")));
            case DEAD_STOCK -> "no sale for " + Formats.number(number(details.get("days")), 0) + "+ days";
            case MARGIN_EROSION ->
                Formats.number(number(details.get("margin")) * 100, 1) + " % margin vs "
                        + Formats.number(number(details.get("target")) * 100, 0) + " % target";
            case BELOW_COST ->
                "cost " + Formats.money(number(inputs.get("c"))) + " > retail "
                        + Formats.money(number(inputs.get("r")));
            case ZERO_COST -> "$0 cost, " + Formats.number(number(inputs.get("s30")), 0) + " selling";
            case OVERSTOCK -> Formats.number(number(details.get("months_of_supply")), 1) + " months of supply";
            case LOW_STOCK -> "out in about " + Formats.number(number(details.get("days_of_cover")), 0) + " days";
            default -> null;
        };
    }

    private static @org.jspecify.annotations.Nullable String aggregate(
            LeakType type, Group group, List<Map<String, Object>> members) {
        return switch (type) {
            case NEGATIVE_INVENTORY -> {
                double units = 0;
                for (Map<String, Object> member : members) {
                    units +=
                            member.get("details") instanceof Map<?, ?> details ? number(details.get("units_short")) : 0;
                }
                yield Formats.number(units, 0) + " units short in total";
            }
            case DEAD_STOCK -> {
                double days = 0;
                for (Map<String, Object> member : members) {
                    days += member.get("details") instanceof Map<?, ?> details ? number(details.get("days")) : 0;
                }
                yield "no sales for " + Formats.number(days / members.size(), 0) + "+ days, " + "$"
                        + Formats.number(group.capitalTiedUp(), 0) + " tied up";
            }
            default -> null;
        };
    }

    private static Map<String, Object> summary(Map<String, Object> rootCause) {
        Map<String, Object> summary = new LinkedHashMap<>(rootCause);
        summary.remove("ambiguity");
        return summary;
    }

    /** The type's actions (workflows.md §0.1) as links into the UI. */
    private static List<Map<String, String>> actions(Group group) {
        List<Map<String, String>> actions = new ArrayList<>();
        actions.add(Map.of("label", "Review findings", "href", "/finding-groups/" + group.groupId()));
        actions.add(Map.of("label", "Delegate", "href", "/tasks/new?issue_id=" + group.groupId()));
        if (group.kind() instanceof LeakType type
                && switch (type) {
                    case MARGIN_EROSION, BELOW_COST, RECEIVING_GAP, VENDOR_SHORT_SHIP, PURCHASING_LEAKAGE -> true;
                    default -> false;
                }) {
            actions.add(Map.of("label", "Vendor call prep", "href", "/vendor-call/" + group.groupId()));
        }
        return actions;
    }

    private static List<String> strings(@org.jspecify.annotations.Nullable Object value) {
        List<String> strings = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                strings.add(String.valueOf(item));
            }
        }
        return strings;
    }

    private static double number(@org.jspecify.annotations.Nullable Object value) {
        return value instanceof Number number ? number.doubleValue() : 0;
    }

    private static Trend trend(@org.jspecify.annotations.Nullable Object value) {
        for (Trend trend : Trend.values()) {
            if (trend.name().equals(value)) {
                return trend;
            }
        }
        return Trend.STABLE;
    }
}

package com.profitsentinel.engine.digest;

import com.profitsentinel.engine.analysis.MemberImpacts;
import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import com.profitsentinel.engine.finding.CodePoints;
import com.profitsentinel.engine.finding.Finding;
import com.profitsentinel.engine.finding.FindingKind;
import com.profitsentinel.engine.finding.Group;
import com.profitsentinel.engine.finding.LeakType;
import com.profitsentinel.engine.finding.LegacyPrimitive;
import com.profitsentinel.engine.rule.Parameter;
import com.profitsentinel.engine.rule.Parameters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks groups into a digest (engine.md §10): low-impact filter, base priority {@code p0 = ln(1 + impact) × trend
 * multiplier × confidence}, store diversity {@code 0.1 + 0.9 × 0.7^j} for the j-th group of a store, final order and
 * top-k. Ties are broken by impact descending, then store id in code-point order, then kind order (the leak-type
 * catalogue order; legacy primitives in their §5.4 order, after every leak type when both appear).
 */
public final class DigestRanker {
    private static final int MAX_TOP_K = 100;
    private static final double DIVERSITY_FLOOR = 0.1;
    private static final double DIVERSITY_SPAN = 0.9;
    private static final double DIVERSITY_DECAY = 0.7;

    private static final Comparator<Group> TIE_BREAKERS = Comparator.comparingDouble(Group::annualProfitAtRisk)
            .reversed()
            .thenComparing(Group::storeId, CodePoints::compare)
            .thenComparing(Group::kind, DigestRanker::compareKinds);

    private DigestRanker() {}

    /** {@link #rank(List, Map, Parameters, int)} with the parameters' {@code digest_top_k}. */
    public static Digest rank(List<Group> groups, Map<String, Double> impactByFindingId, Parameters parameters) {
        return rank(groups, impactByFindingId, parameters, (int) parameters.get(Parameter.DIGEST_TOP_K));
    }

    /**
     * Ranks the groups of the requested stores.
     *
     * @param groups the groups; DATA_QUALITY groups are ignored
     * @param impactByFindingId annual profit at risk of each member finding by finding id, for
     *     {@code selected_dedup_total} (a group's {@code findingIds} and {@code skus} are parallel lists); only the
     *     findings of selected groups are looked up
     * @param parameters {@code min_digest_impact}
     * @param topK groups to select, 1–100
     * @throws ProfitSentinelException {@code INVALID_PARAMETER} when topK is outside 1–100
     * @throws IllegalArgumentException when a selected group's finding has no impact or its lists differ in length
     */
    public static Digest rank(
            List<Group> groups, Map<String, Double> impactByFindingId, Parameters parameters, int topK) {
        return rank(groups, group -> impactsFromMap(group, impactByFindingId), parameters, topK);
    }

    /** {@link #rank(List, MemberImpacts, Parameters, int)} with the parameters' {@code digest_top_k}. */
    public static Digest rank(List<Group> groups, MemberImpacts impacts, Parameters parameters) {
        return rank(groups, impacts, parameters, (int) parameters.get(Parameter.DIGEST_TOP_K));
    }

    /**
     * Ranks the groups of the requested stores, the member impacts of selected groups taken from a result's
     * {@link MemberImpacts}.
     */
    public static Digest rank(List<Group> groups, MemberImpacts impacts, Parameters parameters, int topK) {
        return rank(
                groups,
                group -> {
                    double[] values = impacts.of(group);
                    if (values.length != group.findingIds().size()) {
                        throw new IllegalArgumentException("no member impacts for group " + group.groupId());
                    }
                    return values;
                },
                parameters,
                topK);
    }

    /** The member impacts of a group, parallel to its finding IDs. */
    @FunctionalInterface
    private interface ImpactSource {
        double[] impacts(Group group);
    }

    private static double[] impactsFromMap(Group group, Map<String, Double> impactByFindingId) {
        double[] values = new double[group.findingIds().size()];
        for (int index = 0; index < values.length; index++) {
            String findingId = group.findingIds().get(index);
            Double impact = impactByFindingId.get(findingId);
            if (impact == null) {
                throw new IllegalArgumentException(
                        "no impact for finding " + findingId + " of group " + group.groupId());
            }
            values[index] = impact;
        }
        return values;
    }

    private static Digest rank(List<Group> groups, ImpactSource impactSource, Parameters parameters, int topK) {
        if (topK < 1 || topK > MAX_TOP_K) {
            throw new ProfitSentinelException(
                    ErrorCode.INVALID_PARAMETER,
                    "Parameter \"digest_top_k\" must be a whole number from 1 to 100, not " + topK + ".",
                    Map.of("parameter", "digest_top_k"));
        }
        double minimumImpact = parameters.get(Parameter.MIN_DIGEST_IMPACT);
        List<Group> kept = new ArrayList<>();
        List<Group> filteredOut = new ArrayList<>();
        for (Group group : groups) {
            if (group.kind() == LeakType.DATA_QUALITY) {
                continue;
            }
            if (group.annualProfitAtRisk() >= minimumImpact) {
                kept.add(group.withPriority(basePriority(group)));
            } else {
                filteredOut.add(group.withPriority(Double.NaN));
            }
        }
        kept.sort(byPriority());
        Map<String, Integer> groupsSeenByStore = new HashMap<>();
        List<Group> ranked = new ArrayList<>();
        for (Group group : kept) {
            int position = groupsSeenByStore.merge(group.storeId(), 1, Integer::sum) - 1;
            double multiplier = DIVERSITY_FLOOR + DIVERSITY_SPAN * Math.pow(DIVERSITY_DECAY, position);
            ranked.add(group.withPriority(group.priorityScore() * multiplier));
        }
        ranked.sort(byPriority());
        List<Group> selected = ranked.subList(0, Math.min(topK, ranked.size()));
        double totalDollarImpact = 0;
        Set<String> stores = new LinkedHashSet<>();
        for (Group group : selected) {
            totalDollarImpact += group.annualProfitAtRisk();
            stores.add(group.storeId());
        }
        return new Digest(
                selected,
                ranked,
                filteredOut,
                totalDollarImpact,
                dedupTotal(selected, impactSource),
                stores.size(),
                kept.size() + filteredOut.size(),
                filteredOut.size());
    }

    /** The base priority {@code p0 = ln(1 + impact) × trend multiplier × confidence} (§10 step 2). */
    public static double basePriority(Group group) {
        return Math.log(1 + group.annualProfitAtRisk()) * group.trend().priorityMultiplier() * group.confidence();
    }

    /** The same {@code p0} applied to a single finding (workflows.md §0.3: the findings list sorted by priority). */
    public static double basePriority(Finding finding) {
        return Math.log(1 + finding.annualProfitAtRisk()) * finding.trend().priorityMultiplier() * finding.confidence();
    }

    private static Comparator<Group> byPriority() {
        return Comparator.comparingDouble(Group::priorityScore).reversed().thenComparing(TIE_BREAKERS);
    }

    /** Σ over distinct (store, SKU) of the largest finding impact (§7.2). */
    private static double dedupTotal(List<Group> selected, ImpactSource impactSource) {
        Map<StoreSku, Double> largest = new LinkedHashMap<>();
        for (Group group : selected) {
            if (group.skus().size() != group.findingIds().size()) {
                throw new IllegalArgumentException(
                        "group " + group.groupId() + " has " + group.skus().size() + " SKUs but "
                                + group.findingIds().size() + " finding ids");
            }
            double[] impacts = impactSource.impacts(group);
            for (int index = 0; index < group.skus().size(); index++) {
                largest.merge(new StoreSku(group.storeId(), group.skus().get(index)), impacts[index], Math::max);
            }
        }
        double total = 0;
        for (double impact : largest.values()) {
            total += impact;
        }
        return total;
    }

    /** Leak types in catalogue order, then legacy primitives in their §5.4 order. */
    private static int compareKinds(FindingKind left, FindingKind right) {
        if (left instanceof LeakType leftType && right instanceof LeakType rightType) {
            return leftType.compareTo(rightType);
        }
        if (left instanceof LegacyPrimitive leftPrimitive && right instanceof LegacyPrimitive rightPrimitive) {
            return leftPrimitive.compareTo(rightPrimitive);
        }
        return left instanceof LeakType ? -1 : 1;
    }

    private record StoreSku(String storeId, String sku) {}
}

package com.profitsentinel.engine.finding;

import static java.util.Objects.requireNonNull;

import com.profitsentinel.engine.rootcause.Diagnosis;
import java.util.List;

/**
 * All findings of one kind in one store (engine.md §4.2): the unit the digest ranks and a task can cover.
 *
 * @param groupId stable ID (§7.3, {@code *} for the SKU)
 * @param storeId store
 * @param kind leak type or legacy primitive
 * @param skus member SKUs in record order
 * @param findingIds member finding IDs in the same order
 * @param annualProfitAtRisk Σ of member findings
 * @param capitalTiedUp Σ of member findings
 * @param confidence arithmetic mean of member confidences
 * @param trend worst member trend
 * @param priorityScore digest priority (§10), NaN when the group was filtered out or not ranked
 * @param rootCause the group's diagnosis (§9.4)
 * @param context the group sentence
 */
public record Group(
        String groupId,
        String storeId,
        FindingKind kind,
        List<String> skus,
        List<String> findingIds,
        double annualProfitAtRisk,
        double capitalTiedUp,
        double confidence,
        Trend trend,
        double priorityScore,
        Diagnosis rootCause,
        String context) {

    public Group {
        requireNonNull(groupId, "groupId is null");
        requireNonNull(storeId, "storeId is null");
        requireNonNull(kind, "kind is null");
        skus = List.copyOf(skus);
        findingIds = findingIds instanceof FindingIdList ? findingIds : List.copyOf(findingIds);
        requireNonNull(trend, "trend is null");
        requireNonNull(rootCause, "rootCause is null");
        requireNonNull(context, "context is null");
    }

    public int skuCount() {
        return skus.size();
    }

    /** Kept for compatibility: 0.9 / 0.5 / 0.2 for WORSENING / STABLE / IMPROVING. */
    public double urgencyScore() {
        return trend.urgencyScore();
    }

    /** A copy with a digest priority. */
    public Group withPriority(double priority) {
        return new Group(
                groupId,
                storeId,
                kind,
                skus,
                findingIds,
                annualProfitAtRisk,
                capitalTiedUp,
                confidence,
                trend,
                priority,
                rootCause,
                context);
    }
}

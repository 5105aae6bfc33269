package com.profitsentinel.engine.rules.legacy;

import com.profitsentinel.engine.analysis.InputCounts;
import com.profitsentinel.engine.analysis.Summary;
import com.profitsentinel.engine.finding.LegacyPrimitive;
import com.profitsentinel.engine.finding.Severity;
import com.profitsentinel.engine.projection.LegacyResponse;
import com.profitsentinel.engine.projection.LegacyResponse.CauseDiagnosis;
import com.profitsentinel.engine.projection.LegacyResponse.ItemDetail;
import com.profitsentinel.engine.projection.LegacyResponse.LeakEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The figures of a finished legacy analysis: the legacy response (engine.md §5.8) and the summary (§4.3). */
final class LegacyResults {
    private LegacyResults() {}

    /** The legacy response (§5.8): all 11 keys in iteration order, the summary and the estimate. */
    static LegacyResponse response(
            Tallies tallies, InputCounts counts, long uniqueItems, Optional<CauseDiagnosis> causeDiagnosis) {
        Map<String, LeakEntry> leaks = new LinkedHashMap<>();
        long flagged = 0;
        long critical = 0;
        long high = 0;
        for (LegacyPrimitive primitive : LegacyPrimitive.values()) {
            PrimitiveTally tally = tallies.get(primitive);
            leaks.put(primitive.id(), leakEntry(primitive, tally));
            flagged += tally.count();
            Severity severity = LegacyAnalysis.severity(primitive);
            if (severity == Severity.CRITICAL) {
                critical += tally.count();
            } else if (severity == Severity.HIGH) {
                high += tally.count();
            }
        }
        LegacyResponse.Summary summary = new LegacyResponse.Summary(
                counts.rowsRead(),
                flagged,
                critical,
                high,
                ImpactEstimate.estimate(tallies),
                uniqueItems,
                counts.rowsRead() - counts.rowsRejected(),
                counts.rowsRejected());
        List<String> primitivesUsed = new ArrayList<>();
        for (LegacyPrimitive primitive : LegacyPrimitive.values()) {
            primitivesUsed.add(primitive.id());
        }
        return new LegacyResponse(leaks, summary, primitivesUsed, causeDiagnosis);
    }

    private static LeakEntry leakEntry(LegacyPrimitive primitive, PrimitiveTally tally) {
        List<String> topItems = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        List<ItemDetail> details = new ArrayList<>();
        List<String> findingIds = new ArrayList<>();
        for (FlaggedItem item : tally.top().items()) {
            LegacyFields fields = item.fields();
            topItems.add(item.sku());
            scores.add(item.score());
            findingIds.add(item.findingId());
            details.add(new ItemDetail(
                    item.sku(),
                    item.score(),
                    item.description(),
                    fields.q(),
                    fields.c(),
                    fields.r(),
                    fields.s(),
                    fields.mf(),
                    fields.st(),
                    item.context(),
                    item.findingId(),
                    primitive.id(),
                    "",
                    Double.NaN,
                    Double.NaN,
                    Double.NaN,
                    "",
                    item.storeId()));
        }
        return LeakEntry.of(
                primitive, topItems, scores, details, tally.count(), tally.impact(), 0, findingIds, List.of());
    }

    /** The analysis summary (§4.3) with what the legacy engine knows. */
    static Summary summary(
            Tallies tallies, InputCounts counts, long records, long stores, long uniqueItems, double dedupedImpact) {
        Map<String, Long> findingsByType = new LinkedHashMap<>();
        Map<String, Double> impactByType = new LinkedHashMap<>();
        Map<String, Double> capitalByType = new LinkedHashMap<>();
        for (LegacyPrimitive primitive : LegacyPrimitive.values()) {
            PrimitiveTally tally = tallies.get(primitive);
            findingsByType.put(primitive.id(), tally.count());
            impactByType.put(primitive.id(), tally.impact());
            capitalByType.put(primitive.id(), 0.0);
        }
        return new Summary(
                counts.rowsRead(),
                counts.rowsRejected(),
                records,
                0,
                0,
                uniqueItems,
                findingsByType,
                impactByType,
                capitalByType,
                dedupedImpact,
                0,
                Map.of(),
                stores,
                0,
                0);
    }
}

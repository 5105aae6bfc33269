package com.profitsentinel.engine.rules.legacy;

import com.profitsentinel.engine.analysis.Analysis;
import com.profitsentinel.engine.analysis.AnalysisContext;
import com.profitsentinel.engine.analysis.AnalysisResult;
import com.profitsentinel.engine.analysis.Facts;
import com.profitsentinel.engine.analysis.InputCounts;
import com.profitsentinel.engine.analysis.ItemFactory;
import com.profitsentinel.engine.analysis.MemberImpacts;
import com.profitsentinel.engine.analysis.PurchaseChecks;
import com.profitsentinel.engine.finding.DataQualityCode;
import com.profitsentinel.engine.finding.Evidence;
import com.profitsentinel.engine.finding.Finding;
import com.profitsentinel.engine.finding.FindingIds;
import com.profitsentinel.engine.finding.Formats;
import com.profitsentinel.engine.finding.Group;
import com.profitsentinel.engine.finding.LegacyPrimitive;
import com.profitsentinel.engine.finding.Severity;
import com.profitsentinel.engine.finding.Trend;
import com.profitsentinel.engine.finding.TrendBasis;
import com.profitsentinel.engine.projection.CauseDiagnoses;
import com.profitsentinel.engine.projection.LegacyResponse;
import com.profitsentinel.engine.projection.LegacyResponse.CauseDiagnosis;
import com.profitsentinel.engine.record.DataQualityNote;
import com.profitsentinel.engine.record.FileFacts;
import com.profitsentinel.engine.record.ItemRecord;
import com.profitsentinel.engine.record.PurchaseOrderLine;
import com.profitsentinel.engine.record.SalesLine;
import com.profitsentinel.engine.rootcause.Diagnosis;
import com.profitsentinel.engine.rootcause.EvidenceRules;
import com.profitsentinel.engine.rootcause.EvidenceScorer;
import com.profitsentinel.engine.rule.Parameters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * One streaming run of the {@code legacy} engine (engine.md §5). Each record is read once: every primitive scores it,
 * and a flagged record becomes a finding that goes to the listener at once. What stays in memory is bounded per
 * primitive (count, top 20, sums) and per (store, primitive) group (member SKUs, IDs and figures, and fact-set
 * counters for the cause diagnosis); records are never kept. Sales and PO lines are not read (§5.2). Not thread-safe.
 */
final class LegacyAnalysis implements Analysis {
    /** A record is flagged when the raw score is strictly above this (§5.3). */
    static final double FLAG_THRESHOLD = 0.1;

    /** Descriptions are shown up to this many characters (§5.2). */
    static final int DESCRIPTION_LENGTH = 50;

    /** Within this distance of a tie, the stored score is rounded on the exact decimal expansion. */
    private static final double TIE_MARGIN = 1e-9;

    /** The cause diagnosis uses the standard thresholds (§9.1). */
    private static final Parameters STANDARD = Parameters.standard();

    private final AnalysisContext context;
    private final String engine;
    private final String version;
    private final FindingIds ids;
    private final ItemFactory items;
    private final List<LegacyRule> rules = LegacyRules.inIterationOrder();
    private final Map<String, StoreTally> stores = new HashMap<>();
    private final RetainedFindings retained;
    private final List<DataQualityNote> negativePrices = new ArrayList<>();
    private Tallies tallies = new Tallies();
    private long records;
    private long findings;

    private Tallies savedTallies = new Tallies();
    private long savedRecords;
    private long savedFindings;

    LegacyAnalysis(AnalysisContext context, String engine, String version, int major) {
        this.context = context;
        this.engine = engine;
        this.version = version;
        this.ids = new FindingIds(engine, major);
        this.items = new ItemFactory(context);
        this.retained = new RetainedFindings(context.retainedFindings());
    }

    @Override
    public void beginFile(FileFacts facts) {
        items.file(facts);
        negativePrices.clear();
        savedTallies = tallies.copy();
        savedRecords = records;
        savedFindings = findings;
        stores.values().forEach(StoreTally::checkpoint);
        retained.checkpoint(findings);
    }

    @Override
    public void restartFile() {
        negativePrices.clear();
        tallies = savedTallies.copy();
        records = savedRecords;
        findings = savedFindings;
        stores.values().forEach(StoreTally::restore);
        stores.values().removeIf(store -> store.records() == 0);
        retained.restore();
    }

    @Override
    public void record(ItemRecord record) {
        context.listener().item(record);
        records++;
        boolean negativeRetail = negativeRetail(record);
        StoreTally store = stores.computeIfAbsent(record.storeId(), StoreTally::new);
        store.record();
        LegacyFields fields = LegacyFields.of(record);
        List<Evidence> evidence = List.of();
        long factMask = 0;
        boolean flagged = false;
        for (LegacyRule rule : rules) {
            double raw = rule.score(fields);
            if (!(raw > FLAG_THRESHOLD)) {
                continue;
            }
            if (!flagged) {
                flagged = true;
                evidence = Facts.evaluate(
                        items.item(record, negativeRetail), STANDARD, PurchaseChecks.NONE, OptionalDouble.empty());
                factMask = FactSetCounts.mask(evidence);
            }
            flag(record, store, fields, rule, raw, evidence, factMask);
        }
        if (flagged) {
            store.flagged(factMask);
        }
    }

    private void flag(
            ItemRecord record,
            StoreTally store,
            LegacyFields fields,
            LegacyRule rule,
            double raw,
            List<Evidence> evidence,
            long factMask) {
        LegacyPrimitive primitive = rule.primitive();
        double score = storedScore(raw);
        double impact = rule.cappedImpact(fields);
        double findingImpact = impact > 0 ? Math.min(impact, Double.MAX_VALUE) : 0;
        String sentence = rule.context(fields);
        String description = description(record.description());
        GroupTally group = store.group(primitive, key -> new GroupTally(key, ids.group(record.storeId(), key.id())));
        String findingId = ids.finding(record.storeId(), record.sku(), primitive.id());
        Finding finding = new Finding(
                findingId,
                group.groupId(),
                engine,
                version,
                primitive,
                "",
                record.storeId(),
                record.sku(),
                description,
                findingImpact,
                0,
                score,
                severity(primitive),
                Trend.STABLE,
                TrendBasis.STATIC,
                false,
                evidence,
                inputs(fields),
                Map.of(),
                sentence,
                primitive.recommendations(),
                Optional.of(primitive),
                raw,
                record.sourceRow());
        context.listener().finding(finding, record);
        retained.offer(findings++, primitive, finding);
        tallies.get(primitive)
                .add(
                        new FlaggedItem(
                                raw,
                                score,
                                record.storeId(),
                                record.sku(),
                                description,
                                fields,
                                impact,
                                sentence,
                                findingId),
                        findingImpact);
        group.add(record.sku(), findingId, findingImpact, score, factMask);
        store.addImpact(findingImpact);
    }

    /** Whether ingestion reported this record's retail cell as negative (the note precedes the record). */
    private boolean negativeRetail(ItemRecord record) {
        if (negativePrices.isEmpty()) {
            return false;
        }
        boolean negative = negativePrices.removeIf(note -> note.sourceRow() == record.sourceRow()
                && note.storeId().equals(record.storeId())
                && note.sku().equals(record.sku()));
        negativePrices.removeIf(note -> note.sourceRow() != record.sourceRow());
        return negative;
    }

    @Override
    public void salesLine(SalesLine line) {
        // The legacy engine reads units sold as exported (engine.md §5.2); sales lines are not used.
    }

    @Override
    public void purchaseOrderLine(PurchaseOrderLine line) {
        // The legacy primitives do not use purchase orders (engine.md §5.3).
    }

    @Override
    public void note(DataQualityNote note) {
        if (note.code() == DataQualityCode.NEGATIVE_PRICE) {
            negativePrices.add(note);
        }
    }

    @Override
    public AnalysisResult finish(InputCounts counts) {
        List<Group> groups = new ArrayList<>();
        Map<String, double[]> memberImpacts = new HashMap<>();
        Map<String, Diagnosis> storeDiagnoses = new LinkedHashMap<>();
        Optional<CauseDiagnosis> causeDiagnosis = Optional.empty();
        double causeStoreImpact = 0;
        long uniqueItems = 0;
        double dedupedImpact = 0;
        for (StoreTally store : new TreeMap<>(stores).values()) {
            for (GroupTally group : store.groups().values()) {
                groups.add(group(store.storeId(), group));
                double[] impacts = new double[group.size()];
                for (int index = 0; index < impacts.length; index++) {
                    impacts[index] = group.impact(index);
                }
                memberImpacts.put(group.groupId(), impacts);
            }
            FactSetCounts flaggedFacts = store.flaggedFacts();
            if (flaggedFacts.total() > 0) {
                Diagnosis diagnosis =
                        EvidenceScorer.scoreGroup(flaggedFacts.asList(), EvidenceRules.allFacts(), STANDARD);
                storeDiagnoses.put(store.storeId(), diagnosis);
                Optional<CauseDiagnosis> shape = CauseDiagnoses.of(diagnosis, flaggedFacts.total());
                if (shape.isPresent() && (causeDiagnosis.isEmpty() || store.impact() > causeStoreImpact)) {
                    causeDiagnosis = shape;
                    causeStoreImpact = store.impact();
                }
            }
            Map<String, Double> largestBySku = largestImpactBySku(store);
            uniqueItems += largestBySku.size();
            for (double impact : largestBySku.values()) {
                dedupedImpact += impact;
            }
            store.release();
        }
        LegacyResponse response = LegacyResults.response(tallies, counts, uniqueItems, causeDiagnosis);
        return new AnalysisResult(
                engine,
                version,
                context.asOf(),
                STANDARD.preset().id(),
                Map.of(),
                retained.findings(),
                List.of(),
                groups,
                storeDiagnoses,
                LegacyResults.summary(tallies, counts, records, stores.size(), uniqueItems, dedupedImpact),
                Optional.of(response),
                new MemberImpacts(memberImpacts));
    }

    private Group group(String storeId, GroupTally group) {
        Diagnosis rootCause = EvidenceScorer.scoreGroup(group.facts().asList(), EvidenceRules.allFacts(), STANDARD);
        LegacyPrimitive primitive = group.primitive();
        return new Group(
                group.groupId(),
                storeId,
                primitive,
                group.skus(),
                group.findingIds(),
                group.impact(),
                0,
                group.meanConfidence(),
                Trend.STABLE,
                Double.NaN,
                rootCause,
                group.size() + " item(s) flagged: " + primitive.title() + ".");
    }

    /** Each distinct SKU of a store flagged by any primitive → the largest annual figure among its findings (§7.2). */
    private static Map<String, Double> largestImpactBySku(StoreTally store) {
        Map<String, Double> largest = new LinkedHashMap<>();
        for (GroupTally group : store.groups().values()) {
            for (int index = 0; index < group.size(); index++) {
                largest.merge(group.sku(index), group.impact(index), Math::max);
            }
        }
        return largest;
    }

    /**
     * The stored score (§5.4): the raw score rounded HALF_EVEN to 2 decimals on its exact binary value. Away from a tie
     * the double product {@code raw * 100} (off by far less than 10⁻⁹) rounds the same way and {@code k / 100} is the
     * nearest double to the decimal; near a tie the exact decimal expansion decides.
     */
    static double storedScore(double raw) {
        double scaled = raw * 100;
        double whole = Math.floor(scaled);
        double fraction = scaled - whole;
        if (Math.abs(fraction - 0.5) > TIE_MARGIN) {
            return (fraction < 0.5 ? whole : whole + 1) / 100;
        }
        return Formats.rounded(raw, 2);
    }

    /** The legacy severity as a finding severity: {@code warning} (shown as LOW) is {@link Severity#LOW}. */
    static Severity severity(LegacyPrimitive primitive) {
        return switch (primitive) {
            case HIGH_MARGIN_LEAK, NEGATIVE_INVENTORY, NEGATIVE_PROFIT, SEVERE_INVENTORY_DEFICIT, ZERO_COST_ANOMALY ->
                Severity.CRITICAL;
            case LOW_STOCK, SHRINKAGE_PATTERN, MARGIN_EROSION -> Severity.HIGH;
            case DEAD_ITEM, OVERSTOCK -> Severity.MEDIUM;
            case PRICE_DISCREPANCY -> Severity.LOW;
        };
    }

    /** The first 50 characters (code points) of a description. */
    static String description(String text) {
        if (text.length() <= DESCRIPTION_LENGTH || text.codePointCount(0, text.length()) <= DESCRIPTION_LENGTH) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, DESCRIPTION_LENGTH));
    }

    private static Map<String, Object> inputs(LegacyFields fields) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("q", fields.q());
        inputs.put("c", fields.c());
        inputs.put("r", fields.r());
        inputs.put("s", fields.s());
        inputs.put("mf", fields.mf());
        inputs.put("st", fields.st());
        return inputs;
    }
}

package com.profitsentinel.engine.rules.sentinel;

import com.profitsentinel.engine.analysis.Analysis;
import com.profitsentinel.engine.analysis.AnalysisContext;
import com.profitsentinel.engine.analysis.AnalysisResult;
import com.profitsentinel.engine.analysis.DataQualityCollector;
import com.profitsentinel.engine.analysis.EvaluatedRecord;
import com.profitsentinel.engine.analysis.Facts;
import com.profitsentinel.engine.analysis.InputCounts;
import com.profitsentinel.engine.analysis.Item;
import com.profitsentinel.engine.analysis.ItemFactory;
import com.profitsentinel.engine.analysis.MemberImpacts;
import com.profitsentinel.engine.analysis.PurchaseChecks;
import com.profitsentinel.engine.analysis.RecordEvaluator;
import com.profitsentinel.engine.analysis.RecordKeys;
import com.profitsentinel.engine.analysis.Snapshot;
import com.profitsentinel.engine.analysis.Summary;
import com.profitsentinel.engine.finding.CodePoints;
import com.profitsentinel.engine.finding.DataQualityCode;
import com.profitsentinel.engine.finding.Evidence;
import com.profitsentinel.engine.finding.Fact;
import com.profitsentinel.engine.finding.Finding;
import com.profitsentinel.engine.finding.FindingIdList;
import com.profitsentinel.engine.finding.FindingIds;
import com.profitsentinel.engine.finding.Formats;
import com.profitsentinel.engine.finding.Group;
import com.profitsentinel.engine.finding.LeakType;
import com.profitsentinel.engine.finding.LegacyPrimitive;
import com.profitsentinel.engine.finding.Severity;
import com.profitsentinel.engine.finding.Trend;
import com.profitsentinel.engine.finding.TrendBasis;
import com.profitsentinel.engine.finding.ValueMap;
import com.profitsentinel.engine.projection.LegacyProjection;
import com.profitsentinel.engine.record.DataQualityNote;
import com.profitsentinel.engine.record.FileFacts;
import com.profitsentinel.engine.record.ItemRecord;
import com.profitsentinel.engine.record.PurchaseOrderLine;
import com.profitsentinel.engine.record.SalesLine;
import com.profitsentinel.engine.record.VelocityBasis;
import com.profitsentinel.engine.rootcause.Diagnosis;
import com.profitsentinel.engine.rootcause.EvidenceRules;
import com.profitsentinel.engine.rootcause.EvidenceScorer;
import com.profitsentinel.engine.rootcause.GroupEvidence;
import com.profitsentinel.engine.rule.Parameter;
import com.profitsentinel.engine.rule.Parameters;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * One streaming run of the {@code sentinel} engine. Per record: duplicate and non-inventory exclusion (§2.3.7, §2.4),
 * the item view, the thirteen rules, then each draft completed into a finding (ID §7.3, trend §8, escalation §6.3,
 * evidence §9.1, legacy key §11). Per-store accumulators keep the groups, their fact sets for root-cause scoring, the
 * per-type sums and the de-duplicated totals; only the retained findings are kept whole.
 */
final class SentinelAnalysis implements Analysis {
    private static final double EPSILON = Item.EPSILON;

    /** Findings of one record are ordered by their rule's registry position within the record's order. */
    private static final long RULE_SLOTS = 32;

    private final AnalysisContext context;
    private final Parameters parameters;
    private final FindingIds ids = new FindingIds(SentinelEngine.ID, 2);
    private final ItemFactory items;
    private final Thresholds storeThresholds;
    private final Optional<Snapshot> snapshot;
    private final double trendTolerance;
    private final DataQualityCollector dataQuality;
    private final RecordKeys seen = new RecordKeys();
    private final Map<String, List<Long>> duplicateRows = new LinkedHashMap<>();
    private final Map<GroupKey, GroupAccumulator> groups = new HashMap<>();
    private final Set<String> stores = new LinkedHashSet<>();
    private final EnumMap<LeakType, double[]> totalsByType = new EnumMap<>(LeakType.class);
    private final Retained retained;
    private final LegacyProjection projection = new LegacyProjection();

    private FileFacts file =
            FileFacts.complete("", com.profitsentinel.engine.record.MarginInterpretation.FRACTION_MARGIN);
    private long fileRecords;
    private long sequence;
    private long recordsAnalyzed;
    private long duplicatesExcluded;
    private long nonInventoryExcluded;
    private long itemsFlagged;
    private long deadStockNotEvaluable;
    private double impactTotal;
    private double capitalTotal;
    private boolean finished;
    /** Build findings on the reading threads: every finding is needed (a listener, or all findings kept). */
    private final boolean buildEagerly;
    /** The store of the previous record: records of one store usually come together. */
    private String lastStore = "";

    private Evaluator sequential;

    SentinelAnalysis(AnalysisContext context) {
        this.context = context;
        this.parameters = context.parameters();
        this.items = new ItemFactory(context);
        this.storeThresholds = new Thresholds(parameters, "", "", "");
        this.snapshot = context.previous().filter(previous -> {
            long gap = ChronoUnit.DAYS.between(previous.asOf(), context.asOf());
            return gap >= 1 && gap <= parameters.get(Parameter.TREND_MAX_GAP_DAYS);
        });
        this.trendTolerance = parameters.get(Parameter.TREND_CHANGE_TOLERANCE);
        this.dataQuality = new DataQualityCollector(ids, SentinelEngine.ID, SentinelEngine.VERSION, snapshot);
        this.retained = new Retained(context.retainedFindings());
        this.buildEagerly = context.hasListener() || context.retainedFindings() == AnalysisContext.ALL_FINDINGS;
        this.sequential = new Evaluator(file);
    }

    @Override
    public void beginFile(FileFacts facts) {
        open();
        this.file = facts;
        this.fileRecords = 0;
        this.lastStore = "";
        this.sequential = new Evaluator(facts);
        items.file(facts);
        dataQuality.beginFile();
        columnMissing(facts);
    }

    /**
     * One {@code COLUMN_MISSING} note per file naming the fields that are not mapped and the rules that cannot run
     * (§3.2; §6.4.5 and §6.4.10 name theirs).
     */
    private void columnMissing(FileFacts facts) {
        List<String> problems = new ArrayList<>();
        if (!facts.costColumn()) {
            problems.add("no cost column, so ZERO_COST, BELOW_COST, DEAD_STOCK, OVERSTOCK and SHRINKAGE cannot run"
                    + (facts.marginColumn() ? "" : " and MARGIN_EROSION has no margin"));
        }
        if (!facts.quantityColumn()) {
            problems.add("no on-hand quantity column, so NEGATIVE_INVENTORY, DEAD_STOCK, OVERSTOCK, LOW_STOCK,"
                    + " SHRINKAGE and PATRONAGE_MISS cannot run");
        }
        if (!facts.retailColumn()) {
            problems.add("no retail price column, so MARGIN_EROSION, BELOW_COST, ZERO_COST and PRICE_DISCREPANCY"
                    + " cannot run");
        }
        if (!facts.unitsSoldColumn() && !facts.lastSaleDateColumn() && !items.hasSalesLines()) {
            problems.add("no units-sold or last-sale column and no sales file, so LOW_STOCK and OVERSTOCK cannot"
                    + " run and DEAD_STOCK relies on receipt dates");
        }
        if (!facts.lastReceiptDateColumn() && items.hasPurchaseLines()) {
            problems.add("no last-receipt date column, so RECEIVING_GAP cannot run");
        }
        if (problems.isEmpty()) {
            return;
        }
        dataQuality.add(new DataQualityNote(
                DataQualityCode.COLUMN_MISSING,
                facts.sourceFile(),
                0,
                "",
                "",
                "",
                "*",
                facts.sourceFile() + ": " + String.join("; ", problems) + "."));
    }

    @Override
    public void salesLine(SalesLine line) {
        open();
        items.add(line);
    }

    @Override
    public void purchaseOrderLine(PurchaseOrderLine line) {
        open();
        items.add(line);
    }

    @Override
    public void note(DataQualityNote note) {
        open();
        sequential.note(note);
        dataQuality.add(note);
    }

    @Override
    public void restartFile() {
        open();
        if (fileRecords > 0) {
            throw new IllegalStateException("the sentinel engine cannot forget " + fileRecords + " records of "
                    + file.sourceFile() + "; check the file's encoding before its records are sent");
        }
        dataQuality.forgetStoreless();
    }

    @Override
    public void record(ItemRecord record) {
        open();
        accept(sequential.evaluate(record));
    }

    @Override
    public Optional<RecordEvaluator> evaluator() {
        return Optional.of(new Evaluator(file));
    }

    @Override
    public void accept(EvaluatedRecord evaluated) {
        open();
        if (!(evaluated instanceof Outcome outcome)) {
            throw new IllegalArgumentException("not evaluated by this analysis: " + evaluated);
        }
        ItemRecord record = outcome.record();
        context.listener().item(record);
        fileRecords++;
        recordsAnalyzed++;
        long order = sequence++;
        String storeId = record.storeId();
        if (!storeId.equals(lastStore)) {
            stores.add(storeId);
            dataQuality.recordStore(storeId);
            lastStore = storeId;
        }
        long firstRow = seen.add(outcome.keyHash, record.sourceRow());
        if (firstRow >= 0) {
            duplicate(record, firstRow);
            return;
        }
        for (DataQualityNote note : outcome.notes) {
            dataQuality.add(note);
        }
        if (record.nonInventory()) {
            nonInventoryExcluded++;
            items.matchRecord(record);
            return;
        }
        Item item = outcome.item;
        if (item != null) {
            items.match(item);
        }
        deadStockNotEvaluable += outcome.deadStockNotEvaluable;
        List<Draft> drafts = outcome.drafts;
        if (drafts.isEmpty()) {
            return;
        }
        boolean listening = context.hasListener();
        LegacyProjection.ItemValues values = outcome.values();
        double largestImpact = 0;
        double largestCapital = 0;
        for (int index = 0; index < drafts.size(); index++) {
            Draft draft = drafts.get(index);
            LeakType type = draft.type();
            if (listening) {
                context.listener().finding(outcome.findings(ids).get(index), record);
            }
            retained.add(outcome, index, order * RULE_SLOTS + index, draft.impact());
            Optional<LegacyPrimitive> key = legacyKey(draft);
            if (key.isPresent()) {
                projection.add(key.get(), new Member(outcome, index), values);
            }
            double[] typeTotals = totalsByType.computeIfAbsent(type, ignored -> new double[3]);
            typeTotals[0]++;
            typeTotals[1] += draft.impact();
            typeTotals[2] += draft.capital();
            largestImpact = Math.max(largestImpact, draft.impact());
            largestCapital = Math.max(largestCapital, draft.capital());
            groups.computeIfAbsent(
                            new GroupKey(storeId, type), group -> new GroupAccumulator(SentinelRules.forType(type)))
                    .add(record.sku(), draft, outcome.trends[index], outcome.factSets.get(index));
        }
        projection.endRecord();
        impactTotal += largestImpact;
        capitalTotal += largestCapital;
        itemsFlagged++;
    }

    /**
     * What the pure half made of one record: engine notes, the item (absent for non-inventory records), the drafts with
     * the relevant facts, trend and severity of each, the legacy item values and the DEAD_STOCK not-evaluable count. The
     * findings themselves (IDs, evidence text, inputs) are built only when something needs them: a listener, the
     * retained findings, a legacy top-20 entry.
     */
    private final class Outcome implements EvaluatedRecord {
        private final ItemRecord record;
        private final long keyHash;
        private final List<DataQualityNote> notes;
        private final @Nullable Item item;
        private final List<Draft> drafts;
        private final List<Set<Fact>> factSets;
        private final Trend[] trends;
        private final TrendBasis[] bases;
        private final boolean[] isNew;
        private final Severity[] severities;
        private final @Nullable PurchaseChecks checks;
        private final int deadStockNotEvaluable;
        private @Nullable List<Finding> findings;

        Outcome(ItemRecord record, long keyHash, List<DataQualityNote> notes, @Nullable Item item, int notEvaluable) {
            this(
                    record,
                    keyHash,
                    notes,
                    item,
                    List.of(),
                    List.of(),
                    new Trend[0],
                    new TrendBasis[0],
                    new boolean[0],
                    new Severity[0],
                    null,
                    notEvaluable);
        }

        Outcome(
                ItemRecord record,
                long keyHash,
                List<DataQualityNote> notes,
                @Nullable Item item,
                List<Draft> drafts,
                List<Set<Fact>> factSets,
                Trend[] trends,
                TrendBasis[] bases,
                boolean[] isNew,
                Severity[] severities,
                @Nullable PurchaseChecks checks,
                int deadStockNotEvaluable) {
            this.record = record;
            this.keyHash = keyHash;
            this.notes = notes;
            this.item = item;
            this.drafts = drafts;
            this.factSets = factSets;
            this.trends = trends;
            this.bases = bases;
            this.isNew = isNew;
            this.severities = severities;
            this.checks = checks;
            this.deadStockNotEvaluable = deadStockNotEvaluable;
        }

        @Override
        public ItemRecord record() {
            return record;
        }

        LegacyProjection.ItemValues values() {
            return itemValues(java.util.Objects.requireNonNull(item, "the item of a record with findings"));
        }

        /** The findings of the record, built on first use with {@code ids} (the calling thread's). */
        List<Finding> findings(FindingIds ids) {
            List<Finding> built = findings;
            if (built == null) {
                built = buildFindings(this, ids);
                findings = built;
            }
            return built;
        }
    }

    /** The findings of an outcome: IDs, evidence text and the record's inputs (the expensive part, done on demand). */
    private List<Finding> buildFindings(Outcome outcome, FindingIds ids) {
        Item item = java.util.Objects.requireNonNull(outcome.item, "the item of a record with findings");
        PurchaseChecks checks =
                java.util.Objects.requireNonNull(outcome.checks, "the checks of a record with findings");
        ItemRecord record = item.record();
        String storeId = record.storeId();
        EnumSet<Fact> shown = EnumSet.noneOf(Fact.class);
        for (Set<Fact> facts : outcome.factSets) {
            shown.addAll(facts);
        }
        List<Evidence> evidence = Facts.evidence(shown, item, parameters, checks, previousCost(storeId, record.sku()));
        Map<String, Object> inputs = ValueMap.of(inputs(item));
        List<Finding> findings = new ArrayList<>(outcome.drafts.size());
        for (int index = 0; index < outcome.drafts.size(); index++) {
            Draft draft = outcome.drafts.get(index);
            LeakType type = draft.type();
            findings.add(new Finding(
                    ids.finding(storeId, record.sku(), type.name()),
                    ids.group(storeId, type.name()),
                    SentinelEngine.ID,
                    SentinelEngine.VERSION,
                    type,
                    draft.subtype(),
                    storeId,
                    record.sku(),
                    record.description(),
                    draft.impact(),
                    draft.capital(),
                    draft.confidence(),
                    outcome.severities[index],
                    outcome.trends[index],
                    outcome.bases[index],
                    outcome.isNew[index],
                    relevant(evidence, outcome.factSets.get(index)),
                    inputs,
                    draft.details(),
                    draft.context(),
                    SentinelRules.forType(type).recommendations(),
                    legacyKey(draft),
                    Double.NaN,
                    record.sourceRow()));
        }
        return findings;
    }

    /** One finding of an outcome as the legacy projection sees it: figures now, the finding when it is shown. */
    private final class Member implements LegacyProjection.Projected {
        private final Outcome outcome;
        private final int index;

        Member(Outcome outcome, int index) {
            this.outcome = outcome;
            this.index = index;
        }

        Draft draft() {
            return outcome.drafts.get(index);
        }

        @Override
        public double impact() {
            return draft().impact();
        }

        @Override
        public double capital() {
            return draft().capital();
        }

        @Override
        public String storeId() {
            return outcome.record.storeId();
        }

        @Override
        public String sku() {
            return outcome.record.sku();
        }

        @Override
        public String kindId() {
            return draft().type().id();
        }

        @Override
        public Finding finding() {
            return outcome.findings(ids).get(index);
        }
    }

    /**
     * The pure per-record work (§6.4, §7.3, §8, §9.1, §11): one per reading thread. It shares only read-only state with
     * the analysis: the parameters, the snapshot and the sales and PO indexes (complete before the first record).
     */
    private final class Evaluator implements RecordEvaluator {
        private final FileFacts evaluatorFile;
        private final FindingIds evaluatorIds = new FindingIds(SentinelEngine.ID, 2);
        private final Map<String, Thresholds> thresholdCache = new HashMap<>();
        private final List<Draft> drafts = new ArrayList<>(4);
        private String negativePriceFile = "";
        private long negativePriceRow = -1;

        Evaluator(FileFacts file) {
            this.evaluatorFile = file;
        }

        @Override
        public void note(DataQualityNote note) {
            if (note.code() == DataQualityCode.NEGATIVE_PRICE) {
                negativePriceFile = note.sourceFile();
                negativePriceRow = note.sourceRow();
            }
        }

        @Override
        public EvaluatedRecord evaluate(ItemRecord record) {
            long keyHash = RecordKeys.hash(record.storeId(), record.sku());
            boolean negativeRetail = record.sourceRow() == negativePriceRow
                    && record.sourceFile().equals(negativePriceFile);
            List<DataQualityNote> notes = List.of();
            if (!Double.isNaN(record.reportedMargin()) && evaluatorFile.margin().impossible(record.reportedMargin())) {
                notes = new ArrayList<>(2);
                notes.add(engineNote(
                        DataQualityCode.IMPOSSIBLE_MARGIN,
                        record,
                        "margin",
                        Facts.number(record.reportedMargin()),
                        "reads as a margin above 100 % or a markup of −100 % or less; the margin is ignored"));
            }
            if (record.nonInventory()) {
                return new Outcome(record, keyHash, notes, null, 0);
            }
            Item item = items.item(record, negativeRetail, evaluatorFile);
            Optional<DataQualityNote> inconsistent = inconsistentSalesDate(item);
            if (inconsistent.isPresent()) {
                notes = new ArrayList<>(notes);
                notes.add(inconsistent.get());
            }
            Thresholds thresholds = thresholds(record);
            PurchaseChecks checks = PurchaseChecks.of(item, items.purchases(), parameters);
            drafts.clear();
            for (SentinelRule rule : SentinelRules.ALL) {
                rule.evaluate(item, thresholds, checks, drafts);
            }
            int notEvaluable = 0;
            for (int index = drafts.size() - 1; index >= 0; index--) {
                if (drafts.get(index).subtype().equals(DeadStockRule.NOT_EVALUABLE)) {
                    notEvaluable++;
                    drafts.remove(index);
                }
            }
            if (drafts.isEmpty()) {
                return new Outcome(record, keyHash, notes, item, notEvaluable);
            }
            List<Draft> recordDrafts = List.copyOf(drafts);
            int size = recordDrafts.size();
            EnumSet<Fact> facts =
                    Facts.trueFacts(item, parameters, checks, previousCost(record.storeId(), record.sku()));
            List<Set<Fact>> factSets = new ArrayList<>(size);
            Trend[] trends = new Trend[size];
            TrendBasis[] bases = new TrendBasis[size];
            boolean[] isNew = new boolean[size];
            Severity[] severities = new Severity[size];
            for (int index = 0; index < size; index++) {
                Draft draft = recordDrafts.get(index);
                LeakType type = draft.type();
                EnumSet<Fact> relevant = EnumSet.copyOf(facts);
                relevant.retainAll(EvidenceRules.usedBy(type));
                factSets.add(relevant);
                trends[index] = draft.staticTrend();
                bases[index] = TrendBasis.STATIC;
                if (snapshot.isPresent()) {
                    Double before = snapshot.get()
                            .impactByFindingId()
                            .get(evaluatorIds.finding(record.storeId(), record.sku(), type.name()));
                    if (before == null) {
                        isNew[index] = true;
                    } else {
                        bases[index] = TrendBasis.SNAPSHOT;
                        trends[index] = snapshotTrend(before, draft.impact());
                    }
                }
                severities[index] = draft.impact() >= thresholds.severityEscalationImpact
                        ? draft.severity().raised()
                        : draft.severity();
            }
            Outcome outcome = new Outcome(
                    record,
                    keyHash,
                    notes,
                    item,
                    recordDrafts,
                    factSets,
                    trends,
                    bases,
                    isNew,
                    severities,
                    checks,
                    notEvaluable);
            if (buildEagerly) {
                outcome.findings(evaluatorIds);
            }
            return outcome;
        }

        private Thresholds thresholds(ItemRecord record) {
            if (!parameters.hasItemOverrides()) {
                return storeThresholds;
            }
            String key = record.category() + '\u0000' + record.department() + '\u0000' + record.vendor();
            Thresholds thresholds = thresholdCache.get(key);
            if (thresholds == null) {
                thresholds = new Thresholds(parameters, record.category(), record.department(), record.vendor());
                thresholdCache.put(key, thresholds);
            }
            return thresholds;
        }
    }

    /** The evidence restricted to the facts the finding's type uses (§9.3), in §9.1 order. */
    private static List<Evidence> relevant(List<Evidence> evidence, Set<Fact> used) {
        List<Evidence> relevant = new ArrayList<>(evidence.size());
        for (Evidence fact : evidence) {
            if (used.contains(fact.fact())) {
                relevant.add(fact);
            }
        }
        return relevant;
    }

    private Trend snapshotTrend(double before, double now) {
        if (before > 0) {
            double change = (now - before) / before;
            if (change > trendTolerance) {
                return Trend.WORSENING;
            }
            return change < -trendTolerance ? Trend.IMPROVING : Trend.STABLE;
        }
        return now > 0 ? Trend.WORSENING : Trend.STABLE;
    }

    private OptionalDouble previousCost(String storeId, String sku) {
        if (snapshot.isEmpty()) {
            return OptionalDouble.empty();
        }
        Double cost = snapshot.get().unitCostBySku().get(storeId + "|" + sku);
        return cost == null ? OptionalDouble.empty() : OptionalDouble.of(cost);
    }

    /** The legacy key a finding projects onto (§6.3 last column, §11). */
    static Optional<LegacyPrimitive> legacyKey(Draft draft) {
        return switch (draft.type()) {
            case MARGIN_EROSION ->
                Optional.of(
                        draft.subtype().equals(MarginErosionRule.BELOW_CRITICAL)
                                ? LegacyPrimitive.HIGH_MARGIN_LEAK
                                : LegacyPrimitive.MARGIN_EROSION);
            case LOW_STOCK ->
                Optional.of(
                        draft.subtype().equals(LowStockRule.IMMINENT)
                                ? LegacyPrimitive.SEVERE_INVENTORY_DEFICIT
                                : LegacyPrimitive.LOW_STOCK);
            case NEGATIVE_INVENTORY,
                    DEAD_STOCK,
                    BELOW_COST,
                    ZERO_COST,
                    PRICE_DISCREPANCY,
                    OVERSTOCK,
                    SHRINKAGE,
                    RECEIVING_GAP,
                    VENDOR_SHORT_SHIP,
                    PURCHASING_LEAKAGE,
                    PATRONAGE_MISS,
                    DATA_QUALITY -> draft.type().defaultLegacyKey();
        };
    }

    /** What the legacy shape shows of the record (blanks read as 0, as the legacy system did). */
    private static LegacyProjection.ItemValues itemValues(Item item) {
        ItemRecord record = item.record();
        double sold = Double.isNaN(record.unitsSoldRaw()) ? item.s30() : record.unitsSoldRaw();
        return new LegacyProjection.ItemValues(
                zero(item.q()),
                zero(item.c()),
                zero(item.r()),
                Formats.rounded(zero(sold), 2),
                Formats.rounded(zero(item.m()) * 100, 1),
                zero(record.inventoryValueCost()));
    }

    private static double zero(double value) {
        return Double.isNaN(value) ? 0 : value;
    }

    /** The record inputs the formulas read, with their sources (§4.1 {@code evidence}). */
    private static Map<String, Object> inputs(Item item) {
        ItemRecord record = item.record();
        Map<String, Object> inputs = new LinkedHashMap<>();
        put(inputs, "q", item.q());
        inputs.put("quantity_source", record.quantitySource().name());
        put(inputs, "c", item.c());
        if (!Double.isNaN(item.c())) {
            inputs.put("cost_source", record.costSource().name());
        }
        put(inputs, "r", item.r());
        if (!Double.isNaN(item.r())) {
            inputs.put("retail_source", record.retailSource().name());
        }
        put(inputs, "sug", item.sug());
        put(inputs, "s30", item.s30());
        inputs.put("velocity_basis", item.velocityBasis().name());
        put(inputs, "o", item.o());
        put(inputs, "m", item.m());
        if (Item.known(item.daysSinceSale())) {
            inputs.put("d_sale", item.daysSinceSale());
        }
        if (Item.known(item.daysSinceReceipt())) {
            inputs.put("d_rcpt", item.daysSinceReceipt());
        }
        if (Item.known(item.age())) {
            inputs.put("age", item.age());
        }
        put(inputs, "qty_difference", record.quantityDifference());
        if (record.damaged()) {
            inputs.put("is_damaged", true);
        }
        if (record.seasonal()) {
            inputs.put("is_seasonal", true);
            inputs.put("seasonal_source", record.seasonalSource().name());
        }
        return inputs;
    }

    private static void put(Map<String, Object> inputs, String name, double value) {
        if (!Double.isNaN(value)) {
            inputs.put(name, value);
        }
    }

    private void duplicate(ItemRecord record, long firstRow) {
        duplicatesExcluded++;
        String key = record.storeId() + '\u0000' + record.sku();
        List<Long> rows = duplicateRows.computeIfAbsent(key, ignored -> {
            List<Long> list = new ArrayList<>(3);
            list.add(firstRow);
            return list;
        });
        rows.add(record.sourceRow());
        dataQuality.add(engineNote(
                DataQualityCode.DUPLICATE_SKU,
                record,
                "",
                record.sku(),
                "repeats SKU " + record.sku() + " of row " + firstRow + "; only the first record is analysed"));
    }

    /** §3.2 INCONSISTENT_SALES_DATE: recent velocity with a last sale more than 30 days ago. */
    private static Optional<DataQualityNote> inconsistentSalesDate(Item item) {
        VelocityBasis basis = item.velocityBasis();
        if (item.s30() >= EPSILON
                && (basis == VelocityBasis.TRANSACTIONS || basis == VelocityBasis.PERIOD_30)
                && Item.known(item.daysSinceSale())
                && item.daysSinceSale() > 30) {
            return Optional.of(engineNote(
                    DataQualityCode.INCONSISTENT_SALES_DATE,
                    item.record(),
                    "",
                    "",
                    "sold " + Facts.number(item.s30()) + " units in the last 30 days but its last sale was "
                            + item.daysSinceSale() + " days ago; the last-sale date is trusted for dead stock"));
        }
        return Optional.empty();
    }

    private static DataQualityNote engineNote(
            DataQualityCode code, ItemRecord record, String column, String value, String problem) {
        String where = record.sourceFile() + ", row " + record.sourceRow()
                + (column.isEmpty() ? "" : ", column " + column) + (value.isEmpty() ? "" : ", value \"" + value + "\"");
        return new DataQualityNote(
                code,
                record.sourceFile(),
                record.sourceRow(),
                column,
                value,
                record.storeId(),
                record.sku(),
                where + ": SKU " + record.sku() + " " + problem + ".");
    }

    @Override
    public AnalysisResult finish(InputCounts counts) {
        open();
        finished = true;
        dataQuality.beginFile();
        for (PurchaseOrderLine line : items.unmatchedPurchaseLines()) {
            dataQuality.add(new DataQualityNote(
                    DataQualityCode.PO_ITEM_NOT_FOUND,
                    line.sourceFile(),
                    line.sourceRow(),
                    "",
                    line.sku(),
                    line.storeId(),
                    line.sku(),
                    line.sourceFile() + ", row " + line.sourceRow() + ": PO " + line.poNumber() + " line for SKU "
                            + line.sku() + " matches no inventory record; the line is ignored by item rules."));
        }
        List<Finding> dataQualityFindings = dataQuality.findings();
        List<Group> resultGroups = new ArrayList<>();
        Map<String, List<GroupEvidence>> evidenceByStore = new TreeMap<>(CodePoints::compare);
        List<Map.Entry<GroupKey, GroupAccumulator>> sorted = new ArrayList<>(groups.entrySet());
        sorted.sort(Map.Entry.comparingByKey());
        Map<String, double[]> memberImpacts = new HashMap<>();
        for (Map.Entry<GroupKey, GroupAccumulator> entry : sorted) {
            GroupKey key = entry.getKey();
            GroupAccumulator accumulator = entry.getValue();
            Diagnosis diagnosis = accumulator.diagnose(usedFactSet(key.type()), parameters);
            Group group = accumulator.group(ids, key, diagnosis);
            resultGroups.add(group);
            memberImpacts.put(group.groupId(), java.util.Arrays.copyOf(accumulator.impacts, group.skuCount()));
            evidenceByStore
                    .computeIfAbsent(key.storeId(), ignored -> new ArrayList<>())
                    .add(new GroupEvidence(accumulator.impact, diagnosis, usedFactSet(key.type())));
        }
        resultGroups.addAll(DataQualityCollector.groups(dataQualityFindings, ids));
        Map<String, Diagnosis> storeDiagnoses = new LinkedHashMap<>();
        evidenceByStore.forEach(
                (storeId, evidence) -> storeDiagnoses.put(storeId, EvidenceScorer.scoreStore(evidence, parameters)));
        Map<String, Long> findingsByType = new LinkedHashMap<>();
        Map<String, Double> impactByTypeMap = new LinkedHashMap<>();
        Map<String, Double> capitalByTypeMap = new LinkedHashMap<>();
        totalsByType.forEach((type, totals) -> {
            findingsByType.put(type.name(), (long) totals[0]);
            impactByTypeMap.put(type.name(), totals[1]);
            capitalByTypeMap.put(type.name(), totals[2]);
        });
        Summary summary = new Summary(
                counts.rowsRead(),
                counts.rowsRejected(),
                recordsAnalyzed,
                duplicatesExcluded,
                nonInventoryExcluded,
                itemsFlagged,
                findingsByType,
                impactByTypeMap,
                capitalByTypeMap,
                impactTotal,
                capitalTotal,
                dataQuality.countsByCode(),
                stores.size(),
                deadStockNotEvaluable,
                items.salesLinesUnmatched());
        return new AnalysisResult(
                SentinelEngine.ID,
                SentinelEngine.VERSION,
                context.asOf(),
                parameters.preset().id(),
                parameters.effective(),
                retained.inOrder(),
                dataQualityFindings,
                resultGroups,
                storeDiagnoses,
                summary,
                Optional.of(projection.finish(counts, itemsFlagged, impactTotal, storeDiagnoses)),
                new MemberImpacts(memberImpacts));
    }

    private static Set<Fact> usedFactSet(LeakType type) {
        return EvidenceRules.usedBy(type);
    }

    private void open() {
        if (finished) {
            throw new IllegalStateException("the analysis has finished");
        }
    }

    /** A (store, type) pair, ordered by store (code points) then catalogue order. */
    private record GroupKey(String storeId, LeakType type) implements Comparable<GroupKey> {
        @Override
        public int compareTo(GroupKey other) {
            int byStore = CodePoints.compare(storeId, other.storeId);
            return byStore != 0 ? byStore : type.compareTo(other.type);
        }
    }

    /** One group's members and sums; fact sets are counted, not kept per SKU. */
    private static final class GroupAccumulator {
        final SentinelRule rule;
        final List<String> skus = new ArrayList<>();
        final GroupTotals totals = new GroupTotals();
        final Map<Set<Fact>, int[]> factSets = new LinkedHashMap<>();
        double[] impacts = new double[8];
        double impact;
        double capital;
        double confidence;
        Trend trend = Trend.IMPROVING;

        GroupAccumulator(SentinelRule rule) {
            this.rule = rule;
        }

        void add(String sku, Draft draft, Trend memberTrend, Set<Fact> facts) {
            if (skus.size() == impacts.length) {
                impacts = java.util.Arrays.copyOf(impacts, impacts.length * 2);
            }
            impacts[skus.size()] = draft.impact();
            skus.add(sku);
            totals.add(draft);
            impact += draft.impact();
            capital += draft.capital();
            confidence += draft.confidence();
            trend = skus.size() == 1 ? memberTrend : trend.worst(memberTrend);
            factSets.computeIfAbsent(facts, ignored -> new int[1])[0]++;
        }

        Diagnosis diagnose(Set<Fact> used, Parameters parameters) {
            Map<Set<Fact>, Integer> counts = new LinkedHashMap<>();
            factSets.forEach((facts, count) -> counts.put(facts, count[0]));
            return EvidenceScorer.scoreGroup(counts, used, parameters);
        }

        Group group(FindingIds ids, GroupKey key, Diagnosis diagnosis) {
            List<String> members = List.copyOf(skus);
            return new Group(
                    ids.group(key.storeId(), key.type().name()),
                    key.storeId(),
                    key.type(),
                    members,
                    new FindingIdList(
                            SentinelEngine.ID,
                            2,
                            key.storeId(),
                            members,
                            key.type().name()),
                    impact,
                    capital,
                    confidence / skus.size(),
                    trend,
                    Double.NaN,
                    diagnosis,
                    rule.groupContext(totals));
        }
    }

    /**
     * The findings kept in the result: all of them, or the {@code limit} with the largest annual profit at risk (ties:
     * earlier records first, then registry order), returned by store, type and record order. An entry is a member of a
     * record's outcome; its finding is built only when the result is made.
     */
    private final class Retained {
        /** Fewer retained findings than this per processor are built on the calling thread. */
        private static final int PARALLEL_BUILD_MINIMUM = 2_000;

        /** A retained member with its sort keys copied out of the outcome (sorting touches only the entry). */
        private record Entry(Outcome outcome, int index, long order, double impact, String storeId, LeakType type) {
            Entry(Outcome outcome, int index, long order, double impact) {
                this(
                        outcome,
                        index,
                        order,
                        impact,
                        outcome.record.storeId(),
                        outcome.drafts.get(index).type());
            }
        }

        private final int limit;
        private final List<Entry> all = new ArrayList<>();
        private final PriorityQueue<Entry> best;

        Retained(int limit) {
            this.limit = limit;
            this.best = new PriorityQueue<>(Retained::worstFirst);
        }

        void add(Outcome outcome, int index, long order, double impact) {
            if (limit == AnalysisContext.ALL_FINDINGS) {
                all.add(new Entry(outcome, index, order, impact));
                return;
            }
            if (limit == 0) {
                return;
            }
            if (best.size() < limit) {
                best.add(new Entry(outcome, index, order, impact));
                return;
            }
            Entry worst = best.peek();
            int byImpact = worst == null ? 1 : Double.compare(impact, worst.impact());
            if (byImpact > 0 || (byImpact == 0 && worst != null && order < worst.order())) {
                best.poll();
                best.add(new Entry(outcome, index, order, impact));
            }
        }

        /**
         * Builds the findings of many entries on all processors first (each record's findings by one thread, with its
         * own IDs); the caller then reads them once the parallel work has completed.
         */
        private void buildInParallel(List<Entry> entries) {
            int threads = Math.min(Runtime.getRuntime().availableProcessors(), entries.size() / PARALLEL_BUILD_MINIMUM);
            if (threads < 2) {
                return;
            }
            Set<Outcome> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
            List<Outcome> outcomes = new ArrayList<>();
            for (Entry entry : entries) {
                if (distinct.add(entry.outcome())) {
                    outcomes.add(entry.outcome());
                }
            }
            IntStream.range(0, threads).parallel().forEach(slice -> {
                FindingIds sliceIds = new FindingIds(SentinelEngine.ID, 2);
                for (int index = slice; index < outcomes.size(); index += threads) {
                    outcomes.get(index).findings(sliceIds);
                }
            });
        }

        /** Smallest impact first; ties: the later record first. */
        private static int worstFirst(Entry left, Entry right) {
            int byImpact = Double.compare(left.impact(), right.impact());
            return byImpact != 0 ? byImpact : Long.compare(right.order(), left.order());
        }

        /** By store (code points), leak type (catalogue order), then record order. */
        private static int compare(Entry left, Entry right) {
            int byStore = CodePoints.compare(left.storeId(), right.storeId());
            if (byStore != 0) {
                return byStore;
            }
            int byType = left.type().compareTo(right.type());
            return byType != 0 ? byType : Long.compare(left.order(), right.order());
        }

        List<Finding> inOrder() {
            List<Entry> entries = new ArrayList<>(limit == AnalysisContext.ALL_FINDINGS ? all : best);
            entries.sort(Retained::compare);
            buildInParallel(entries);
            List<Finding> findings = new ArrayList<>(entries.size());
            for (Entry entry : entries) {
                findings.add(entry.outcome().findings(ids).get(entry.index()));
            }
            return findings;
        }
    }
}

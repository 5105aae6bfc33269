package com.profitsentinel.engine.analysis;

import com.profitsentinel.engine.finding.DataQualityCode;
import com.profitsentinel.engine.finding.DataQualityScope;
import com.profitsentinel.engine.finding.Finding;
import com.profitsentinel.engine.finding.FindingIds;
import com.profitsentinel.engine.finding.Group;
import com.profitsentinel.engine.finding.LeakType;
import com.profitsentinel.engine.finding.Severity;
import com.profitsentinel.engine.finding.Trend;
import com.profitsentinel.engine.finding.TrendBasis;
import com.profitsentinel.engine.record.DataQualityNote;
import com.profitsentinel.engine.rootcause.Diagnosis;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns data-quality notes into DATA_QUALITY findings (engine.md §3.2): one per (store, SKU, code) for record-level
 * codes, one per (store, code) with SKU {@code *} for file-level codes, each listing its rows (all of them for record
 * codes, the first 100 and a count for file codes). Notes without a store belong to the store of their file's first
 * record ({@code default} when the file had none).
 *
 * <p>Memory stays bounded: at most {@link #MAX_FINDINGS} findings are kept; notes beyond that are counted per code as
 * one finding each and listed nowhere.
 */
public final class DataQualityCollector {
    /** Findings kept in full. */
    public static final int MAX_FINDINGS = 100_000;

    /** Rows listed on a file-level finding. */
    static final int MAX_FILE_ROWS = 100;

    /** The store of notes from a file that had no record. */
    public static final String DEFAULT_STORE = "default";

    private static final List<String> RECOMMENDATIONS =
            List.of("Open the rejected-row list", "Fix the item data in the POS", "Export and upload again");

    private final FindingIds ids;
    private final String engine;
    private final String engineVersion;
    private final Optional<Snapshot> snapshot;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final EnumMap<DataQualityCode, Long> overflow = new EnumMap<>(DataQualityCode.class);
    private final List<DataQualityNote> storeless = new ArrayList<>();
    private String fileStore = "";
    private long sequence;

    /**
     * @param ids the engine's ID maker
     * @param engine engine id
     * @param engineVersion engine version
     * @param snapshot the usable previous snapshot (for {@code is_new}), if any
     */
    public DataQualityCollector(FindingIds ids, String engine, String engineVersion, Optional<Snapshot> snapshot) {
        this.ids = ids;
        this.engine = engine;
        this.engineVersion = engineVersion;
        this.snapshot = snapshot;
    }

    /** A new inventory file begins: notes of the previous file without a store get theirs. */
    public void beginFile() {
        flushStoreless(fileStore.isEmpty() ? DEFAULT_STORE : fileStore);
        fileStore = "";
    }

    /** A record of the current file was read: its store is the file's store for notes without one. */
    public void recordStore(String storeId) {
        if (fileStore.isEmpty()) {
            fileStore = storeId;
            flushStoreless(storeId);
        }
    }

    /** Adds a note. */
    public void add(DataQualityNote note) {
        if (note.storeId().isEmpty()) {
            if (fileStore.isEmpty()) {
                storeless.add(note);
            } else {
                put(note, fileStore);
            }
            return;
        }
        put(note, note.storeId());
    }

    /** Forgets the notes of the current file that had no store yet (ingestion reads the file again). */
    public void forgetStoreless() {
        storeless.clear();
    }

    private void flushStoreless(String storeId) {
        for (DataQualityNote note : storeless) {
            put(note, storeId);
        }
        storeless.clear();
    }

    private void put(DataQualityNote note, String storeId) {
        DataQualityCode code = note.code();
        boolean fileLevel = code.scope() == DataQualityScope.FILE;
        String sku = fileLevel ? "*" : note.sku();
        String key = storeId + '\u0000' + sku + '\u0000' + code.name();
        Entry entry = entries.get(key);
        if (entry == null) {
            if (entries.size() >= MAX_FINDINGS) {
                overflow.merge(code, 1L, Long::sum);
                return;
            }
            entry = new Entry(code, storeId, sku, note, sequence++);
            entries.put(key, entry);
        }
        entry.row(note.sourceRow(), note.sourceFile(), fileLevel);
    }

    /** The findings, by store (code-point order), code, then first appearance. */
    public List<Finding> findings() {
        beginFile();
        List<Entry> sorted = new ArrayList<>(entries.values());
        sorted.sort(Comparator.comparing((Entry entry) -> entry.storeId)
                .thenComparing(entry -> entry.code)
                .thenComparingLong(entry -> entry.sequence));
        List<Finding> findings = new ArrayList<>(sorted.size());
        for (Entry entry : sorted) {
            findings.add(entry.finding());
        }
        return findings;
    }

    /** Code name → number of findings, in code order, overflow included. */
    public Map<String, Long> countsByCode() {
        EnumMap<DataQualityCode, Long> counts = new EnumMap<>(overflow);
        for (Entry entry : entries.values()) {
            counts.merge(entry.code, 1L, Long::sum);
        }
        Map<String, Long> byName = new LinkedHashMap<>();
        counts.forEach((code, count) -> byName.put(code.name(), count));
        return byName;
    }

    /** One DATA_QUALITY group per store, skus and finding IDs parallel, in the findings' order. */
    public static List<Group> groups(List<Finding> findings, FindingIds ids) {
        Map<String, List<Finding>> byStore = new LinkedHashMap<>();
        for (Finding finding : findings) {
            byStore.computeIfAbsent(finding.storeId(), ignored -> new ArrayList<>())
                    .add(finding);
        }
        List<Group> groups = new ArrayList<>();
        byStore.forEach((storeId, members) -> {
            Set<String> codes = new java.util.TreeSet<>();
            Set<String> items = new LinkedHashSet<>();
            for (Finding finding : members) {
                codes.add(finding.subtype());
                items.add(finding.sku());
            }
            int n = items.size();
            String context =
                    n + " item" + (n > 1 ? "s" : "") + " with unreliable data (" + String.join(", ", codes) + ").";
            groups.add(new Group(
                    ids.group(storeId, LeakType.DATA_QUALITY.id()),
                    storeId,
                    LeakType.DATA_QUALITY,
                    members.stream().map(Finding::sku).toList(),
                    members.stream().map(Finding::findingId).toList(),
                    0,
                    0,
                    1,
                    Trend.STABLE,
                    Double.NaN,
                    Diagnosis.none(),
                    context));
        });
        return groups;
    }

    static Severity severity(DataQualityCode code) {
        return switch (code.level()) {
            case ERROR -> Severity.HIGH;
            case WARNING -> Severity.MEDIUM;
            case INFO -> Severity.LOW;
        };
    }

    private final class Entry {
        final DataQualityCode code;
        final String storeId;
        final String sku;
        final DataQualityNote first;
        final long sequence;
        final Set<String> files = new LinkedHashSet<>(2);
        long[] rows = new long[1];
        int listed;
        long total;

        Entry(DataQualityCode code, String storeId, String sku, DataQualityNote first, long sequence) {
            this.code = code;
            this.storeId = storeId;
            this.sku = sku;
            this.first = first;
            this.sequence = sequence;
        }

        void row(long row, String file, boolean fileLevel) {
            total++;
            files.add(file);
            if (fileLevel && listed >= MAX_FILE_ROWS) {
                return;
            }
            if (listed == rows.length) {
                rows = Arrays.copyOf(rows, rows.length * 2);
            }
            rows[listed++] = row;
        }

        Finding finding() {
            String findingId = ids.finding(storeId, sku, "DATA_QUALITY:" + code.name());
            boolean isNew =
                    snapshot.isPresent() && !snapshot.get().impactByFindingId().containsKey(findingId);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("code", code.name());
            details.put("level", code.level().name().toLowerCase(java.util.Locale.ROOT));
            details.put("rows", Arrays.stream(rows, 0, listed).boxed().toList());
            details.put("row_count", total);
            details.put("files", List.copyOf(files));
            if (!first.column().isEmpty()) {
                details.put("column", first.column());
            }
            if (!first.value().isEmpty()) {
                details.put("value", first.value());
            }
            String context = first.message();
            if (total > 1) {
                context += " (" + (total - 1) + " more row" + (total > 2 ? "s" : "") + ")";
            }
            return new Finding(
                    findingId,
                    ids.group(storeId, LeakType.DATA_QUALITY.id()),
                    engine,
                    engineVersion,
                    LeakType.DATA_QUALITY,
                    code.name(),
                    storeId,
                    sku,
                    "",
                    0,
                    0,
                    1,
                    severity(code),
                    Trend.STABLE,
                    TrendBasis.STATIC,
                    isNew,
                    List.of(),
                    Map.of(),
                    details,
                    context,
                    RECOMMENDATIONS,
                    Optional.empty(),
                    Double.NaN,
                    rows[0]);
        }
    }
}

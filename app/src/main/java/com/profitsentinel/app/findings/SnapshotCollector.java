package com.profitsentinel.app.findings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.profitsentinel.app.output.JsonResultWriter;
import com.profitsentinel.app.output.ResultJson;
import com.profitsentinel.engine.analysis.AnalysisResult;
import com.profitsentinel.engine.analysis.FindingListener;
import com.profitsentinel.engine.digest.Digest;
import com.profitsentinel.engine.digest.DigestRanker;
import com.profitsentinel.engine.finding.Finding;
import com.profitsentinel.engine.finding.Group;
import com.profitsentinel.engine.finding.Severity;
import com.profitsentinel.engine.record.ItemRecord;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Listens to an analysis and builds the {@link FindingSnapshot} stored with it: the largest {@code capacity} findings
 * (by annual profit at risk, the earlier on ties) with the department, category and vendor of their record, and which
 * of the store's open-finding SKUs the upload contains. Memory is bounded by {@code capacity} whatever the input size.
 * Not thread-safe: the engines call their listener from one thread.
 */
public final class SnapshotCollector implements FindingListener {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The smallest first, and among equals the latest first: the head is the one to drop. */
    private static final Comparator<Kept> DROP_ORDER = Comparator.comparingDouble(
                    (Kept kept) -> kept.finding().annualProfitAtRisk())
            .thenComparing(Comparator.comparingLong(Kept::sequence).reversed());

    private final int capacity;
    private final Set<String> watchedSkus;
    private final Set<String> presentSkus = new HashSet<>();
    private final PriorityQueue<Kept> kept = new PriorityQueue<>(DROP_ORDER);
    /** Group ID → the highest severity among all its findings, kept or not. */
    private final Map<String, Severity> groupSeverities = new HashMap<>();

    private long sequence;
    private boolean dropped;

    private record Kept(Finding finding, String department, String category, String vendor, long sequence) {}

    /**
     * @param capacity the most findings kept (≥ 0)
     * @param watchedSkus the SKUs of the store's open findings ({@link FindingRepository#openSkus})
     */
    public SnapshotCollector(int capacity, Set<String> watchedSkus) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must be ≥ 0: " + capacity);
        }
        this.capacity = capacity;
        this.watchedSkus = Set.copyOf(watchedSkus);
    }

    @Override
    public void finding(Finding finding) {
        keep(new Kept(finding, "", "", "", sequence++));
    }

    @Override
    public void finding(Finding finding, ItemRecord record) {
        keep(new Kept(finding, record.department(), record.category(), record.vendor(), sequence++));
    }

    @Override
    public void item(ItemRecord record) {
        if (!watchedSkus.isEmpty() && watchedSkus.contains(record.sku())) {
            presentSkus.add(record.sku());
        }
    }

    private void keep(Kept candidate) {
        groupSeverities.merge(
                candidate.finding().groupId(),
                candidate.finding().severity(),
                (left, right) -> left.compareTo(right) >= 0 ? left : right);
        if (kept.size() < capacity) {
            kept.add(candidate);
            return;
        }
        dropped = true;
        Kept smallest = kept.peek();
        if (smallest != null && DROP_ORDER.compare(candidate, smallest) > 0) {
            kept.poll();
            kept.add(candidate);
        }
    }

    /**
     * The snapshot of the analysis that produced {@code result}; groups carry the priority {@code digest} ranked them
     * with (0 for groups it did not rank: data quality, below the minimum digest impact).
     */
    public FindingSnapshot snapshot(AnalysisResult result, Digest digest, double reactivationThreshold) {
        Map<String, Group> ranked = new HashMap<>();
        for (Group group : digest.ranked()) {
            ranked.put(group.groupId(), group);
        }
        List<Kept> ordered = new ArrayList<>(kept);
        ordered.sort(DROP_ORDER.reversed());
        List<Finding> largest = new ArrayList<>(ordered.size());
        for (Kept entry : ordered) {
            largest.add(entry.finding());
        }
        List<String> documents = JsonResultWriter.documents(largest);
        List<StoredFinding> findings = new ArrayList<>(ordered.size());
        for (int index = 0; index < ordered.size(); index++) {
            findings.add(stored(ordered.get(index), documents.get(index)));
        }
        List<StoredGroup> groups = new ArrayList<>(result.groups().size());
        for (Group unranked : result.groups()) {
            Group group = ranked.getOrDefault(unranked.groupId(), unranked);
            groups.add(new StoredGroup(
                    group.groupId(),
                    group.kind().id(),
                    group.skuCount(),
                    groupSeverities.getOrDefault(group.groupId(), Severity.INFO).id(),
                    ResultJson.money(group.annualProfitAtRisk()),
                    ResultJson.money(group.capitalTiedUp()),
                    Double.isNaN(group.priorityScore()) ? 0 : group.priorityScore(),
                    text(ResultJson.group(group))));
        }
        Set<String> absentSkus = new HashSet<>(watchedSkus);
        absentSkus.removeAll(presentSkus);
        return new FindingSnapshot(findings, groups, !dropped, presentSkus, absentSkus, reactivationThreshold);
    }

    private static StoredFinding stored(Kept entry, String document) {
        Finding finding = entry.finding();
        double priority = DigestRanker.basePriority(finding);
        return new StoredFinding(
                finding.findingId(),
                finding.groupId(),
                finding.engine(),
                finding.kind().id(),
                finding.severity().id(),
                finding.sku(),
                finding.description(),
                present(entry.department()),
                present(entry.category()),
                present(entry.vendor()),
                ResultJson.money(finding.annualProfitAtRisk()),
                finding.annualProfitAtRisk(),
                ResultJson.money(finding.capitalTiedUp()),
                finding.confidence(),
                Double.isFinite(priority) ? priority : 0,
                document);
    }

    private static Optional<String> present(String value) {
        String stripped = value.strip();
        return stripped.isEmpty() ? Optional.empty() : Optional.of(stripped);
    }

    private static String text(Object json) {
        try {
            return JSON.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}

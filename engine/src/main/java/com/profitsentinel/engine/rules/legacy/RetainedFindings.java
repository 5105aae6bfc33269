package com.profitsentinel.engine.rules.legacy;

import com.profitsentinel.engine.finding.Finding;
import com.profitsentinel.engine.finding.LegacyPrimitive;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The findings kept in the result (engine.md §4.1; {@code AnalysisContext.retainedFindings}): at most {@code limit},
 * the ones with the largest annual profit at risk, ties in arrival order. A heap whose head is the finding to drop
 * next. Supports one checkpoint: findings that arrived since are forgotten on {@link #restore()}, and findings pushed
 * out since are brought back. Not thread-safe.
 */
final class RetainedFindings {
    private static final Comparator<Retained> DROP_FIRST = Comparator.comparingDouble(
                    (Retained retained) -> retained.finding().annualProfitAtRisk())
            .thenComparing(Comparator.comparingLong(Retained::sequence).reversed());

    private static final Comparator<Retained> OUTPUT_ORDER = Comparator.comparing(
                    (Retained retained) -> retained.finding().storeId())
            .thenComparing(Retained::primitive)
            .thenComparingLong(Retained::sequence);

    private final int limit;
    private final PriorityQueue<Retained> heap = new PriorityQueue<>(DROP_FIRST);
    private long checkpointSequence;
    private List<Retained> beforeFirstDrop = List.of();
    private boolean droppedSinceCheckpoint;

    RetainedFindings(int limit) {
        this.limit = limit;
    }

    /** Offers the finding with this arrival number. */
    void offer(long sequence, LegacyPrimitive primitive, Finding finding) {
        if (limit == 0) {
            return;
        }
        Retained candidate = new Retained(sequence, primitive, finding);
        if (heap.size() < limit) {
            heap.add(candidate);
            return;
        }
        Retained next = heap.element();
        if (DROP_FIRST.compare(candidate, next) > 0) {
            if (!droppedSinceCheckpoint) {
                beforeFirstDrop = new ArrayList<>(heap);
                droppedSinceCheckpoint = true;
            }
            heap.remove();
            heap.add(candidate);
        }
    }

    /** Remembers the state; findings offered from now on have an arrival number of at least {@code sequence}. */
    void checkpoint(long sequence) {
        checkpointSequence = sequence;
        beforeFirstDrop = List.of();
        droppedSinceCheckpoint = false;
    }

    /** Goes back to the last checkpoint. */
    void restore() {
        if (droppedSinceCheckpoint) {
            heap.clear();
            heap.addAll(beforeFirstDrop);
        }
        heap.removeIf(retained -> retained.sequence() >= checkpointSequence);
        beforeFirstDrop = List.of();
        droppedSinceCheckpoint = false;
    }

    /** The kept findings by store, primitive iteration order, then arrival. */
    List<Finding> findings() {
        return heap.stream().sorted(OUTPUT_ORDER).map(Retained::finding).toList();
    }

    private record Retained(long sequence, LegacyPrimitive primitive, Finding finding) {}
}

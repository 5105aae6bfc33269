package com.profitsentinel.engine.rules.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.profitsentinel.engine.finding.Evidence;
import com.profitsentinel.engine.finding.Fact;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Counted fact sets read back as the list of every record's facts (engine.md §5.9). */
class FactSetCountsTest {
    private static long mask(Fact... facts) {
        List<Evidence> evidence = new ArrayList<>();
        for (Fact fact : facts) {
            evidence.add(new Evidence(fact, "", ""));
        }
        return FactSetCounts.mask(evidence);
    }

    @Test
    void listRepeatsEachSetInFirstAppearanceOrder() {
        FactSetCounts counts = new FactSetCounts();
        counts.add(mask(Fact.NEGATIVE_QTY));
        counts.add(mask(Fact.LOW_MARGIN, Fact.UNRECORDED_RECEIPT));
        counts.add(mask(Fact.NEGATIVE_QTY));
        counts.add(mask());

        List<Set<Fact>> list = counts.asList();

        assertThat(counts.total()).isEqualTo(4);
        assertThat(list)
                .containsExactly(
                        Set.of(Fact.NEGATIVE_QTY),
                        Set.of(Fact.NEGATIVE_QTY),
                        Set.of(Fact.LOW_MARGIN, Fact.UNRECORDED_RECEIPT),
                        Set.of());
        assertThat(list.get(0)).containsExactly(Fact.NEGATIVE_QTY);
        assertThat(list.get(1)).containsExactly(Fact.NEGATIVE_QTY);
        assertThat(list.get(2)).containsExactly(Fact.LOW_MARGIN, Fact.UNRECORDED_RECEIPT);
        assertThat(list.get(3)).isEmpty();
        assertThat(list).hasSize(4);
    }

    @Test
    void listRejectsIndexesOutsideIt() {
        FactSetCounts counts = new FactSetCounts();
        counts.add(mask(Fact.DAMAGED));
        List<Set<Fact>> list = counts.asList();

        assertThatThrownBy(() -> list.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> list.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        Iterator<Set<Fact>> iterator = list.iterator();
        iterator.next();
        assertThat(iterator.hasNext()).isFalse();
        assertThatThrownBy(iterator::next).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void growsBeyondItsFirstCapacity() {
        FactSetCounts counts = new FactSetCounts();
        Fact[] facts = Fact.values();
        for (Fact fact : facts) {
            counts.add(mask(fact));
        }

        assertThat(counts.asList()).hasSize(facts.length);
        assertThat(counts.asList().get(facts.length - 1)).containsExactly(Fact.UNRECORDED_RECEIPT);
    }

    @Test
    void restoreGoesBackToTheCheckpoint() {
        FactSetCounts counts = new FactSetCounts();
        counts.add(mask(Fact.NEGATIVE_QTY));
        counts.checkpoint();
        counts.add(mask(Fact.NEGATIVE_QTY));
        counts.add(mask(Fact.ZERO_SALES));

        counts.restore();
        counts.add(mask(Fact.HIGH_QTY));
        counts.restore();

        assertThat(counts.total()).isEqualTo(1);
        assertThat(counts.asList()).containsExactly(Set.of(Fact.NEGATIVE_QTY));
        counts.add(mask(Fact.ZERO_SALES));
        assertThat(counts.asList()).containsExactly(Set.of(Fact.NEGATIVE_QTY), Set.of(Fact.ZERO_SALES));
    }

    @Test
    void restoreWithoutACheckpointEmpties() {
        FactSetCounts counts = new FactSetCounts();
        counts.add(mask(Fact.NEGATIVE_QTY));

        counts.restore();

        assertThat(counts.total()).isZero();
        assertThat(counts.asList()).isEmpty();
    }

    @Test
    void manyDistinctSetsAreFoundThroughTheIndexAndRestored() {
        FactSetCounts counts = new FactSetCounts();
        for (long mask = 0; mask < 40; mask++) {
            counts.add(mask);
        }
        counts.add(7);
        counts.add(39);
        counts.checkpoint();
        for (long mask = 40; mask < 50; mask++) {
            counts.add(mask);
        }
        counts.add(45);

        counts.restore();
        counts.add(45);
        counts.add(7);

        List<Set<Fact>> list = counts.asList();
        assertThat(counts.total()).isEqualTo(44);
        assertThat(list.get(7)).isEqualTo(list.get(8));
        assertThat(list.get(9)).isEqualTo(list.get(7));
        assertThat(list.get(41)).isEqualTo(list.get(42));
        assertThat(list.get(43))
                .containsExactly(Fact.NEGATIVE_QTY, Fact.LOW_MARGIN, Fact.ZERO_SALES, Fact.RECENT_RECEIPT);
        FactSetCounts small = new FactSetCounts();
        small.add(1);
        small.checkpoint();
        for (long mask = 2; mask < 40; mask++) {
            small.add(mask);
        }
        small.restore();
        small.add(1);
        small.add(2);
        assertThat(small.total()).isEqualTo(3);
        assertThat(small.asList()).hasSize(3);
        assertThat(small.asList().get(0)).isEqualTo(small.asList().get(1));
    }
}

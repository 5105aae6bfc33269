package com.profitsentinel.testing.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.profitsentinel.engine.finding.LeakType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QualityReportTest {
    private static final ItemKey FIRST = new ItemKey("store-1", "HRD-10001");
    private static final ItemKey SECOND = new ItemKey("store-1", "HRD-10002");
    private static final ItemKey THIRD = new ItemKey("store-2", "HRD-10001");

    @Test
    void countsFoundAndListedTypesAsTruePositivesAndTheRestAsFalsePositivesOrNegatives() {
        Map<ItemKey, Set<LeakType>> truth = Map.of(
                FIRST, Set.of(LeakType.DEAD_STOCK, LeakType.OVERSTOCK),
                SECOND, Set.of(LeakType.DEAD_STOCK));
        Map<ItemKey, Set<LeakType>> found = Map.of(
                FIRST, Set.of(LeakType.DEAD_STOCK),
                SECOND, Set.of(LeakType.DEAD_STOCK),
                THIRD, Set.of(LeakType.DEAD_STOCK, LeakType.OVERSTOCK));

        QualityReport report = QualityReport.of(truth, found);

        QualityReport.TypeQuality dead = report.type(LeakType.DEAD_STOCK);
        assertThat(dead.expected()).isEqualTo(2);
        assertThat(dead.truePositives()).isEqualTo(2);
        assertThat(dead.falsePositives()).containsExactly(THIRD);
        assertThat(dead.falseNegatives()).isEmpty();
        assertThat(dead.precision()).isEqualTo(2.0 / 3);
        assertThat(dead.recall()).isEqualTo(1.0);
        QualityReport.TypeQuality overstock = report.type(LeakType.OVERSTOCK);
        assertThat(overstock.truePositives()).isZero();
        assertThat(overstock.falsePositives()).containsExactly(THIRD);
        assertThat(overstock.falseNegatives()).containsExactly(FIRST);
        assertThat(overstock.precision()).isZero();
        assertThat(overstock.recall()).isZero();
    }

    @Test
    void scoresATypeNeitherExpectedNorFoundAsPerfect() {
        QualityReport report = QualityReport.of(Map.of(), Map.of());

        assertThat(report.types()).hasSize(13).allSatisfy(row -> {
            assertThat(row.precision()).isEqualTo(1.0);
            assertThat(row.recall()).isEqualTo(1.0);
        });
        assertThat(report.types())
                .extracting(QualityReport.TypeQuality::type)
                .containsExactlyElementsOf(SyntheticInventory.LEAK_TYPES)
                .doesNotContain(LeakType.DATA_QUALITY);
    }

    @Test
    void printsOneMarkdownRowPerLeakType() {
        QualityReport report = QualityReport.of(
                Map.of(FIRST, Set.of(LeakType.NEGATIVE_INVENTORY)), Map.of(FIRST, Set.of(LeakType.NEGATIVE_INVENTORY)));

        List<String> lines = report.table().lines().toList();

        assertThat(lines).hasSize(15);
        assertThat(lines.get(0)).isEqualTo("| Leak type | Expected | TP | FP | FN | Precision | Recall |");
        assertThat(lines.get(2)).isEqualTo("| NEGATIVE_INVENTORY | 1 | 1 | 0 | 0 | 1.0000 | 1.0000 |");
    }

    @Test
    void rejectsCountsThatDoNotAddUp() {
        assertThatThrownBy(() -> new QualityReport.TypeQuality(LeakType.DEAD_STOCK, 3, 1, List.of(), List.of(FIRST)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("do not add up to 3");
    }
}

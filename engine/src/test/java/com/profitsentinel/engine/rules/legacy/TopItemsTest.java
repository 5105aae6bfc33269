package com.profitsentinel.engine.rules.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The bounded top 20 (engine.md §5.4): raw score descending, ties in arrival order. */
class TopItemsTest {
    private static final LegacyFields FIELDS = new LegacyFields(0, 0, 0, 0, 0, 0, 0, 0);

    private static FlaggedItem item(String sku, double raw) {
        return new FlaggedItem(raw, raw, "default", sku, "", FIELDS, 0, "", "");
    }

    private static List<String> skus(TopItems top) {
        return top.items().stream().map(FlaggedItem::sku).toList();
    }

    @Test
    void keepsScoreOrderWithTiesInArrivalOrder() {
        TopItems top = new TopItems();

        top.offer(item("a", 0.5));
        top.offer(item("b", 0.9));
        top.offer(item("c", 0.5));
        top.offer(item("d", 0.7));

        assertThat(skus(top)).containsExactly("b", "d", "a", "c");
    }

    @Test
    void keepsOnlyTheFirstTwenty() {
        TopItems top = new TopItems();
        for (int index = 0; index < 25; index++) {
            top.offer(item("low-" + index, 0.2));
        }

        top.offer(item("equal", 0.2));
        top.offer(item("high", 0.3));

        assertThat(top.items()).hasSize(TopItems.LIMIT);
        assertThat(skus(top)).startsWith("high", "low-0").endsWith("low-18").doesNotContain("equal");
    }

    @Test
    void copyIsIndependent() {
        TopItems top = new TopItems();
        top.offer(item("a", 0.5));

        TopItems copy = top.copy();
        top.offer(item("b", 0.6));

        assertThat(skus(copy)).containsExactly("a");
        assertThat(skus(top)).containsExactly("b", "a");
    }
}

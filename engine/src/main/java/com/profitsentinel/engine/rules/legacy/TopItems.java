package com.profitsentinel.engine.rules.legacy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The first 20 flagged records of a primitive by raw score descending, ties in arrival order (engine.md §5.4): a
 * bounded sorted list, so the response never needs the flagged records themselves. Not thread-safe.
 */
final class TopItems {
    /** {@code top_items}, {@code scores} and {@code item_details} hold at most this many records. */
    static final int LIMIT = 20;

    private final ArrayList<FlaggedItem> items;

    TopItems() {
        this.items = new ArrayList<>(LIMIT + 1);
    }

    private TopItems(List<FlaggedItem> items) {
        this.items = new ArrayList<>(LIMIT + 1);
        this.items.addAll(items);
    }

    /** Offers a flagged record; it is kept when it is among the first 20 (a later equal score ranks lower). */
    void offer(FlaggedItem item) {
        int size = items.size();
        double score = item.rawScore();
        if (size == LIMIT && !(score > items.get(size - 1).rawScore())) {
            return;
        }
        int position = size;
        while (position > 0 && items.get(position - 1).rawScore() < score) {
            position--;
        }
        items.add(position, item);
        if (items.size() > LIMIT) {
            items.remove(LIMIT);
        }
    }

    /** The kept records, best first. */
    List<FlaggedItem> items() {
        return Collections.unmodifiableList(items);
    }

    /** An independent copy (a checkpoint). */
    TopItems copy() {
        return new TopItems(items);
    }
}

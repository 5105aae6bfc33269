package com.profitsentinel.app.history;

import java.util.List;

/** One page of a list (api.md §1.4): 1-based page, its size, and the total over all pages. */
public record Page<T>(List<T> items, int page, int pageSize, long total) {
    public static final int MAX_PAGE_SIZE = 100;

    public Page {
        items = List.copyOf(items);
        if (page < 1) {
            throw new IllegalArgumentException("page must be at least 1: " + page);
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page_size must be 1-" + MAX_PAGE_SIZE + ": " + pageSize);
        }
    }

    /** {@code max(1, ceil(total / page_size))}. */
    public long totalPages() {
        return Math.max(1, (total + pageSize - 1) / pageSize);
    }
}

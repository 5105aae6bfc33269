package com.profitsentinel.io.layout;

import com.profitsentinel.io.normalize.PhraseMatcher;
import java.util.List;

/**
 * Tells service lines from product lines on a purchase order (engine.md §2.6): the distributor service code
 * {@code 0000000} (columns.md §7.2) or a description holding one of the store's non-inventory words or phrases
 * (engine.md §2.3.7, such as {@code STOP CHARGE} or {@code FREIGHT CHARGE}). Service lines never join inventory. Not
 * thread-safe: one instance per file being read.
 */
final class ServiceLines {
    /** The SKU distributors use for charges and other lines that are not items. */
    static final String SERVICE_SKU = "0000000";

    private final PhraseMatcher nonInventoryWords;

    /** @param nonInventoryKeywords the store's non-inventory words and phrases */
    ServiceLines(List<String> nonInventoryKeywords) {
        this.nonInventoryWords = new PhraseMatcher(nonInventoryKeywords, true);
    }

    boolean isServiceLine(String sku, String description) {
        return sku.equals(SERVICE_SKU) || nonInventoryWords.matches(description);
    }
}

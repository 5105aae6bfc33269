package com.profitsentinel.io.mapping;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The discriminating tokens of the fuzzy tier (columns.md §6.3): a pair is excluded when a discriminating token is on
 * one side only. Each token is a bit, so the rule is one comparison of two masks.
 */
final class Discriminators {
    private static final List<String> TOKENS = List.of(
            "sold",
            "sales",
            "sale",
            "order",
            "committed",
            "reserved",
            "backorder",
            "min",
            "max",
            "reorder",
            "difference",
            "variance",
            "count",
            "counted",
            "inventoried",
            "sug",
            "msrp",
            "compare",
            "avg",
            "last",
            "dollar",
            "amount",
            "value",
            "total",
            "vendor",
            "supplier",
            "alt",
            "alternate",
            "date",
            "percent",
            "ytd",
            "mtd",
            "wtd",
            "ly",
            "year",
            "price",
            "cost",
            "retail",
            "mfg",
            "upc",
            "barcode",
            "ean",
            "gtin",
            "status",
            "active",
            "weight",
            "tax",
            "promo",
            "special",
            "online",
            "core",
            "replacement",
            "landed",
            "extended");
    private static final Map<String, Long> BITS = bits();

    private Discriminators() {}

    /** The mask of the discriminating tokens among {@code tokens}. */
    static long mask(List<String> tokens) {
        long mask = 0;
        for (String token : tokens) {
            Long bit = BITS.get(token);
            if (bit != null) {
                mask |= bit;
            }
        }
        return mask;
    }

    private static Map<String, Long> bits() {
        if (TOKENS.size() > Long.SIZE) {
            throw new IllegalStateException("more discriminating tokens than bits in a long");
        }
        Map<String, Long> bits = new HashMap<>();
        for (int index = 0; index < TOKENS.size(); index++) {
            bits.put(TOKENS.get(index), 1L << index);
        }
        return Map.copyOf(bits);
    }
}

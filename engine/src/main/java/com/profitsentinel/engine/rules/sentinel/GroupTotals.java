package com.profitsentinel.engine.rules.sentinel;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/** The sums a group sentence needs (engine.md §6.4 "Group context"): counts, Σ impact, Σ capital, Σ of details. */
final class GroupTotals {
    private int count;
    private String firstContext = "";
    private double impact;
    private double capital;
    private final Map<String, Double> sums = new HashMap<>();
    private final Map<String, Integer> subtypes = new HashMap<>();
    private final TreeSet<String> codes = new TreeSet<>();

    void add(Draft draft) {
        count++;
        if (count == 1) {
            firstContext = draft.context();
        }
        impact += draft.impact();
        capital += draft.capital();
        subtypes.merge(draft.subtype(), 1, Integer::sum);
        draft.details().forEach((name, value) -> {
            if (value instanceof Number number) {
                sums.merge(name, number.doubleValue(), Double::sum);
            }
        });
    }

    /** Adds a data-quality code to the group's code list. */
    void code(String code) {
        count++;
        codes.add(code);
    }

    /** The item sentence of the group's first SKU (a group of one reads as its item, §6.4.1). */
    String firstContext() {
        return firstContext;
    }

    int count() {
        return count;
    }

    double impact() {
        return impact;
    }

    double capital() {
        return capital;
    }

    /** Σ of a numeric detail over the group. */
    double sum(String detail) {
        return sums.getOrDefault(detail, 0.0);
    }

    /** Average of a numeric detail over the group's SKUs. */
    double average(String detail) {
        return count == 0 ? 0 : sum(detail) / count;
    }

    int subtype(String subtype) {
        return subtypes.getOrDefault(subtype, 0);
    }

    /** The data-quality codes, sorted, joined by ", ". */
    String codes() {
        return String.join(", ", codes);
    }

    /** {@code "s"} when the group has more than one SKU (the {@code {s}} of §6.3). */
    String plural() {
        return count > 1 ? "s" : "";
    }
}

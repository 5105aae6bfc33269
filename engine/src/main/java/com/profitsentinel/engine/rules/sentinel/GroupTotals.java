package com.profitsentinel.engine.rules.sentinel;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/** The sums a group sentence needs (engine.md §6.4 "Group context"): counts, Σ impact, Σ capital, Σ of details. */
final class GroupTotals {
    private int count;
    private String firstContext = "";
    private double impact;
    private double capital;
    /** Σ of each numeric detail, by detail name in order of first appearance (a rule has a handful). */
    private String[] names = new String[8];

    private double[] sums = new double[8];
    private int named;
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
        for (Map.Entry<String, Object> detail : draft.details().entrySet()) {
            if (detail.getValue() instanceof Number number) {
                int slot = slot(detail.getKey());
                sums[slot] += number.doubleValue();
            }
        }
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

    private int slot(String name) {
        for (int index = 0; index < named; index++) {
            String known = names[index];
            if (known.equals(name)) {
                return index;
            }
        }
        if (named == names.length) {
            names = Arrays.copyOf(names, named * 2);
            sums = Arrays.copyOf(sums, named * 2);
        }
        names[named] = name;
        return named++;
    }

    /** Σ of a numeric detail over the group. */
    double sum(String detail) {
        for (int index = 0; index < named; index++) {
            if (names[index].equals(detail)) {
                return sums[index];
            }
        }
        return 0;
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

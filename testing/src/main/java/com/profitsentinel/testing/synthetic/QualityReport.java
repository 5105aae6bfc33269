package com.profitsentinel.testing.synthetic;

import static java.util.Objects.requireNonNull;

import com.profitsentinel.engine.finding.Finding;
import com.profitsentinel.engine.finding.LeakType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How well an engine's findings match a ground truth, per leak type. A (store, SKU, type) the truth lists and the
 * engine found is a true positive; found but not listed (including on a record with no anomaly) a false positive;
 * listed but not found a false negative.
 *
 * @param types one row per leak type, in catalogue order
 */
public record QualityReport(List<TypeQuality> types) {

    public QualityReport {
        types = List.copyOf(types);
    }

    /**
     * The quality of one leak type.
     *
     * @param type the leak type
     * @param expected (store, SKU) pairs the truth lists for the type
     * @param truePositives listed and found
     * @param falsePositives found but not listed, in key order
     * @param falseNegatives listed but not found, in key order
     */
    public record TypeQuality(
            LeakType type,
            int expected,
            int truePositives,
            List<ItemKey> falsePositives,
            List<ItemKey> falseNegatives) {
        public TypeQuality {
            requireNonNull(type, "type is null");
            falsePositives = List.copyOf(falsePositives);
            falseNegatives = List.copyOf(falseNegatives);
            if (truePositives + falseNegatives.size() != expected) {
                throw new IllegalArgumentException(type + ": " + truePositives + " true positives and "
                        + falseNegatives.size() + " false negatives do not add up to " + expected);
            }
        }

        /** Found and right over found; 1 when nothing was found. */
        public double precision() {
            int found = truePositives + falsePositives.size();
            return found == 0 ? 1.0 : (double) truePositives / found;
        }

        /** Found and right over expected; 1 when nothing was expected. */
        public double recall() {
            return expected == 0 ? 1.0 : (double) truePositives / expected;
        }
    }

    /** Scores {@code found} against {@code truth}; keys missing from a map have no types. */
    public static QualityReport of(Map<ItemKey, Set<LeakType>> truth, Map<ItemKey, Set<LeakType>> found) {
        List<TypeQuality> rows = new ArrayList<>();
        for (LeakType type : SyntheticInventory.LEAK_TYPES) {
            Set<ItemKey> expected = keysWith(truth, type);
            Set<ItemKey> detected = keysWith(found, type);
            List<ItemKey> falsePositives = new ArrayList<>();
            List<ItemKey> falseNegatives = new ArrayList<>();
            int truePositives = 0;
            for (ItemKey key : detected) {
                if (expected.contains(key)) {
                    truePositives++;
                } else {
                    falsePositives.add(key);
                }
            }
            for (ItemKey key : expected) {
                if (!detected.contains(key)) {
                    falseNegatives.add(key);
                }
            }
            rows.add(new TypeQuality(type, expected.size(), truePositives, falsePositives, falseNegatives));
        }
        return new QualityReport(rows);
    }

    /** The leak types found per (store, SKU); DATA_QUALITY and legacy kinds are left out. */
    public static Map<ItemKey, Set<LeakType>> found(List<Finding> findings) {
        Map<ItemKey, Set<LeakType>> found = new TreeMap<>();
        for (Finding finding : findings) {
            if (finding.kind() instanceof LeakType type && type != LeakType.DATA_QUALITY) {
                found.computeIfAbsent(
                                new ItemKey(finding.storeId(), finding.sku()),
                                ignored -> EnumSet.noneOf(LeakType.class))
                        .add(type);
            }
        }
        for (Map.Entry<ItemKey, Set<LeakType>> entry : found.entrySet()) {
            entry.setValue(Collections.unmodifiableSet(entry.getValue()));
        }
        return Collections.unmodifiableMap(found);
    }

    /** The row of a leak type. */
    public TypeQuality type(LeakType type) {
        for (TypeQuality row : types) {
            if (row.type() == type) {
                return row;
            }
        }
        throw new IllegalArgumentException("no row for " + type);
    }

    /** The report as a Markdown table: type, expected, TP, FP, FN, precision, recall. */
    public String table() {
        StringBuilder table = new StringBuilder(1024);
        table.append("| Leak type | Expected | TP | FP | FN | Precision | Recall |\n");
        table.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (TypeQuality row : types) {
            table.append(String.format(
                    Locale.ROOT,
                    "| %s | %,d | %,d | %,d | %,d | %.4f | %.4f |\n",
                    row.type().name(),
                    row.expected(),
                    row.truePositives(),
                    row.falsePositives().size(),
                    row.falseNegatives().size(),
                    row.precision(),
                    row.recall()));
        }
        return table.toString();
    }

    private static Set<ItemKey> keysWith(Map<ItemKey, Set<LeakType>> labels, LeakType type) {
        Set<ItemKey> keys = new TreeSet<>();
        for (Map.Entry<ItemKey, Set<LeakType>> entry : labels.entrySet()) {
            if (entry.getValue().contains(type)) {
                keys.add(entry.getKey());
            }
        }
        return keys;
    }
}

package com.profitsentinel.engine.analysis;

import com.profitsentinel.engine.record.SalesLine;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Velocity from sales-detail lines (engine.md §2.3.4, rows 1 and 2): per store, the history the lines cover, and per
 * (store, SKU) and (store, barcode) the units sold in the velocity window. Lines arrive before the inventory records;
 * after that, lookups are read-only and may run on several threads, while matches are marked in record order.
 */
final class SalesIndex {
    private final int asOfDay;
    private final int windowDays;
    private final Map<String, Integer> earliestDayByStore = new HashMap<>();
    private final Map<String, Double> unitsBySku = new HashMap<>();
    private final Map<String, Double> unitsByBarcode = new HashMap<>();
    private final Map<String, Double> coveredUnitsBySku = new HashMap<>();
    private final Map<String, Double> coveredUnitsByBarcode = new HashMap<>();
    private final Map<String, Long> linesBySku = new HashMap<>();
    private final Map<String, String> barcodeBySku = new HashMap<>();
    private final Set<String> matchedKeys = new HashSet<>();
    private long lines;

    SalesIndex(int asOfDay, int windowDays) {
        this.asOfDay = asOfDay;
        this.windowDays = windowDays;
    }

    void add(SalesLine line) {
        lines++;
        earliestDayByStore.merge(line.storeId(), line.transactionDate(), Math::min);
        int age = asOfDay - line.transactionDate();
        String skuKey = key(line.storeId(), line.sku());
        linesBySku.merge(skuKey, 1L, Long::sum);
        if (!line.barcode().isEmpty()) {
            barcodeBySku.putIfAbsent(skuKey, key(line.storeId(), line.barcode()));
        }
        if (age >= 0) {
            coveredUnitsBySku.merge(skuKey, line.quantity(), Double::sum);
            if (!line.barcode().isEmpty()) {
                coveredUnitsByBarcode.merge(key(line.storeId(), line.barcode()), line.quantity(), Double::sum);
            }
        }
        if (age >= 0 && age <= windowDays) {
            unitsBySku.merge(skuKey, line.quantity(), Double::sum);
            if (!line.barcode().isEmpty()) {
                unitsByBarcode.merge(key(line.storeId(), line.barcode()), line.quantity(), Double::sum);
            }
        }
    }

    boolean isEmpty() {
        return lines == 0;
    }

    /**
     * The 30-day velocity of an item from the lines, or NaN when the store's lines cover fewer than 7 days. {@code
     * transactions} receives whether the basis is TRANSACTIONS (≥ 30 days of history) rather than DERIVED.
     */
    double velocity(String storeId, String sku, String barcode, boolean[] transactions) {
        Integer earliest = earliestDayByStore.get(storeId);
        if (earliest == null) {
            return Double.NaN;
        }
        int history = asOfDay - earliest;
        String skuKey = key(storeId, sku);
        boolean bySku = linesBySku.containsKey(skuKey);
        String barcodeKey = key(storeId, barcode);
        if (history >= 30) {
            transactions[0] = true;
            Double units = bySku ? unitsBySku.get(skuKey) : barcode.isEmpty() ? null : unitsByBarcode.get(barcodeKey);
            return units == null ? 0.0 : units;
        }
        int covered = history + 1;
        if (covered < 7) {
            return Double.NaN;
        }
        transactions[0] = false;
        Double units = bySku
                ? coveredUnitsBySku.get(skuKey)
                : barcode.isEmpty() ? null : coveredUnitsByBarcode.get(barcodeKey);
        return (units == null ? 0.0 : units) * 30 / covered;
    }

    /** Marks the lines of an item as matched (called in record order, after {@link #velocity}). */
    void match(String storeId, String sku, String barcode) {
        String skuKey = key(storeId, sku);
        matchedKeys.add(linesBySku.containsKey(skuKey) || barcode.isEmpty() ? skuKey : key(storeId, barcode));
    }

    /** Lines that matched no record by (store, SKU) or (store, barcode) (summary {@code sales_lines_unmatched}). */
    long unmatchedLines() {
        long count = 0;
        for (Map.Entry<String, Long> entry : linesBySku.entrySet()) {
            String barcodeKey = barcodeBySku.get(entry.getKey());
            boolean matched =
                    matchedKeys.contains(entry.getKey()) || (barcodeKey != null && matchedKeys.contains(barcodeKey));
            if (!matched) {
                count += entry.getValue();
            }
        }
        return count;
    }

    static String key(String storeId, String sku) {
        return storeId + '\u0000' + sku;
    }
}

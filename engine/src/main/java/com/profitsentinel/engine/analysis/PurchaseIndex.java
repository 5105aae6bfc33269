package com.profitsentinel.engine.analysis;

import com.profitsentinel.engine.record.PurchaseOrderLine;
import com.profitsentinel.engine.record.PurchaseOrderStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Purchase-order lines by store and item (engine.md §2.6): joined to records by (store, SKU), then barcode, then
 * vendor SKU. Service lines never join. Also the vendors' fill rates over the purchase lookback (§6.4.11).
 */
public final class PurchaseIndex {
    private static final double EPSILON = 0.005;
    private static final Set<PurchaseOrderStatus> DELIVERED = Set.of(
            PurchaseOrderStatus.INVOICED,
            PurchaseOrderStatus.SHIPPED,
            PurchaseOrderStatus.RECEIVED,
            PurchaseOrderStatus.CLOSED);

    private final int asOfDay;
    private final int purchaseLookbackDays;
    private final Map<String, List<PurchaseOrderLine>> bySku = new HashMap<>();
    private final Map<String, List<PurchaseOrderLine>> byBarcode = new HashMap<>();
    private final Map<String, List<PurchaseOrderLine>> byVendorSku = new HashMap<>();
    private final Map<String, double[]> fillByVendor = new HashMap<>();
    private final Map<String, Boolean> stores = new HashMap<>();
    private final IdentityHashMap<PurchaseOrderLine, Boolean> matched = new IdentityHashMap<>();
    private final List<PurchaseOrderLine> productLines = new ArrayList<>();

    PurchaseIndex(int asOfDay, int purchaseLookbackDays) {
        this.asOfDay = asOfDay;
        this.purchaseLookbackDays = purchaseLookbackDays;
    }

    void add(PurchaseOrderLine line) {
        stores.put(line.storeId(), true);
        if (line.serviceLine()) {
            return;
        }
        productLines.add(line);
        bySku.computeIfAbsent(SalesIndex.key(line.storeId(), line.sku()), ignored -> new ArrayList<>())
                .add(line);
        if (!line.barcode().isEmpty()) {
            byBarcode
                    .computeIfAbsent(SalesIndex.key(line.storeId(), line.barcode()), ignored -> new ArrayList<>())
                    .add(line);
        }
        if (!line.vendorSku().isEmpty()) {
            byVendorSku
                    .computeIfAbsent(SalesIndex.key(line.storeId(), line.vendorSku()), ignored -> new ArrayList<>())
                    .add(line);
        }
        if (DELIVERED.contains(line.status())
                && filledKnown(line)
                && line.orderedQuantity() >= EPSILON
                && withinLookback(line)
                && !line.vendor().isEmpty()) {
            double[] fill = fillByVendor.computeIfAbsent(line.vendor(), ignored -> new double[2]);
            fill[0] += filled(line);
            fill[1] += line.orderedQuantity();
        }
    }

    /** Whether any PO line (service lines included) is for this store. */
    boolean hasStore(String storeId) {
        return stores.containsKey(storeId);
    }

    boolean isEmpty() {
        return stores.isEmpty();
    }

    /** The product lines of an item: by SKU, else by barcode, else by vendor SKU. Read-only. */
    List<PurchaseOrderLine> lines(String storeId, String sku, String barcode, String vendorSku) {
        List<PurchaseOrderLine> lines = bySku.get(SalesIndex.key(storeId, sku));
        if (lines == null && !barcode.isEmpty()) {
            lines = byBarcode.get(SalesIndex.key(storeId, barcode));
        }
        if (lines == null && !vendorSku.isEmpty()) {
            lines = byVendorSku.get(SalesIndex.key(storeId, vendorSku));
        }
        return lines == null ? List.of() : lines;
    }

    /** Marks an item's lines as matched (in record order; lookups may run on several threads). */
    void markMatched(List<PurchaseOrderLine> lines) {
        for (PurchaseOrderLine line : lines) {
            matched.put(line, true);
        }
    }

    /** Product lines that matched no record ({@code PO_ITEM_NOT_FOUND}), in arrival order. */
    List<PurchaseOrderLine> unmatched() {
        List<PurchaseOrderLine> lines = new ArrayList<>();
        for (PurchaseOrderLine line : productLines) {
            if (!matched.containsKey(line)) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** Σ filled / Σ ordered of a vendor's delivered lines over the purchase lookback, NaN when unknown. */
    public double fillRate(String vendor) {
        double[] fill = fillByVendor.get(vendor);
        return fill == null || fill[1] < EPSILON ? Double.NaN : fill[0] / fill[1];
    }

    /** Days from the line's PO date to the analysis date, or {@link Integer#MIN_VALUE} when the date is unknown. */
    public int age(PurchaseOrderLine line) {
        return line.poDate() == com.profitsentinel.engine.record.ItemRecord.NO_DATE
                ? Integer.MIN_VALUE
                : asOfDay - line.poDate();
    }

    public boolean withinLookback(PurchaseOrderLine line) {
        int age = age(line);
        return age != Integer.MIN_VALUE && age >= 0 && age <= purchaseLookbackDays;
    }

    public static boolean delivered(PurchaseOrderLine line) {
        return DELIVERED.contains(line.status());
    }

    /**
     * Whether a line's filled units are known: given, or an INVOICED line (fully filled, §6.4.10). A SHIPPED or
     * RECEIVED line with a blank filled cell is neither short nor complete (engine.md §2.2: blank is unknown, never 0).
     */
    public static boolean filledKnown(PurchaseOrderLine line) {
        return !Double.isNaN(line.filledQuantity()) || line.status() == PurchaseOrderStatus.INVOICED;
    }

    /** Filled units; an INVOICED line with unknown filled counts as fully filled (§6.4.10), other unknowns as 0. */
    public static double filled(PurchaseOrderLine line) {
        if (!Double.isNaN(line.filledQuantity())) {
            return line.filledQuantity();
        }
        return line.status() == PurchaseOrderStatus.INVOICED ? line.orderedQuantity() : 0;
    }
}

package com.profitsentinel.testing.samples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Generates the stock rows of a sample from a fixed seed. Every twelfth row from the second on carries the same kind
 * of anomaly, so every sample of twelve rows or more shows them all: row 1 negative on hand, row 4 zero cost, row 5
 * never sold, row 7 cost above retail, row 10 dead stock (last sale in 2023), row 11 discontinued.
 */
final class StockRows {
    /** The analysis date the samples are written for. */
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    private static final double[] SPRING = {0.2, 0.3, 0.8, 1.5, 2.0, 1.8};
    private static final double[] WINTER = {2.0, 1.6, 0.5, 0.0, 0.0, 0.0};
    private static final double[] SUMMER = {0.1, 0.1, 0.4, 0.9, 1.6, 2.2};
    private static final double[] EVEN = {1.0, 1.0, 1.0, 1.0, 1.0, 1.0};

    private StockRows() {}

    /** {@code count} rows for one store, starting at catalogue item {@code firstItem} and wrapping around. */
    static List<StockRow> generate(long seed, String store, int firstItem, int count) {
        List<CatalogItem> items = Catalog.items();
        SplittableRandom random = new SplittableRandom(seed);
        List<StockRow> rows = new ArrayList<>(count);
        for (int index = 0; index < count; index++) {
            rows.add(row(random, store, items.get((firstItem + index) % items.size()), index % 12));
        }
        return List.copyOf(rows);
    }

    /** The rows of several stores: the same items in each, with each store's own quantities. */
    static List<StockRow> generate(long seed, List<String> stores, int firstItem, int countPerStore) {
        List<StockRow> rows = new ArrayList<>();
        for (int index = 0; index < stores.size(); index++) {
            rows.addAll(generate(seed + 7919L * index, stores.get(index), firstItem, countPerStore));
        }
        return List.copyOf(rows);
    }

    private static StockRow row(SplittableRandom random, String store, CatalogItem item, int anomaly) {
        int velocity = random.nextInt(0, 16);
        if (item.department().equals("LUMBER") || item.department().equals("HARDWARE")) {
            velocity *= 3;
        }
        double[] curve = curve(item);
        List<Integer> monthlySold = new ArrayList<>(6);
        for (double factor : curve) {
            monthlySold.add((int) Math.round(velocity * factor) + random.nextInt(0, 3));
        }
        int onHand = random.nextInt(0, 48) + (velocity > 10 ? 40 : 0);
        int counted = random.nextInt(0, 8) == 0 ? onHand - random.nextInt(1, 4) : onHand;
        int onOrder = random.nextInt(0, 4) == 0 ? item.pack() * random.nextInt(1, 4) : 0;
        int committed = random.nextInt(0, 6) == 0 ? random.nextInt(1, 3) : 0;
        int reorderPoint = velocity / 2 + 1;
        int maximum = reorderPoint * 3 + item.pack();
        BigDecimal cost = item.cost();
        BigDecimal averageCost = cost.multiply(BigDecimal.valueOf(96 + random.nextInt(0, 9)))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        int soldLastYear = 0;
        for (int month : monthlySold) {
            soldLastYear += 2 * month;
        }
        soldLastYear += random.nextInt(0, 10);
        int returns = random.nextInt(0, 10) == 0 ? 1 : 0;
        Optional<LocalDate> lastSale = Optional.of(AS_OF.minusDays(random.nextInt(0, 21)));
        LocalDate lastReceipt = AS_OF.minusDays(random.nextInt(4, 95));
        LocalDate added = LocalDate.of(2012, 1, 1).plusDays(random.nextInt(0, 4500));
        LocalDate lastCount = LocalDate.of(2025, 1, 6 + random.nextInt(0, 5));
        LocalDate lastChanged = lastReceipt.minusDays(random.nextInt(0, 200));
        String status = "A";
        switch (anomaly) {
            case 1 -> {
                onHand = -random.nextInt(1, 7);
                counted = 0;
            }
            case 4 -> {
                cost = BigDecimal.ZERO.setScale(2);
                averageCost = cost;
            }
            case 5 -> {
                monthlySold = List.of(0, 0, 0, 0, 0, 0);
                soldLastYear = 0;
                returns = 0;
                lastSale = Optional.empty();
            }
            case 7 -> {
                cost = item.retail().multiply(new BigDecimal("1.12")).setScale(2, RoundingMode.HALF_UP);
                averageCost = cost;
            }
            case 10 -> {
                monthlySold = List.of(0, 0, 0, 0, 0, 0);
                soldLastYear = 0;
                returns = 0;
                onHand = 12 + random.nextInt(0, 30);
                counted = onHand;
                lastSale = Optional.of(LocalDate.of(2023, 1, 1).plusDays(random.nextInt(0, 365)));
                lastReceipt = LocalDate.of(2022, 1, 1).plusDays(random.nextInt(0, 365));
                lastChanged = lastReceipt;
            }
            case 11 -> {
                status = "D";
                onOrder = 0;
            }
            default -> {}
        }
        if (item.service()) {
            onHand = 0;
            counted = 0;
            onOrder = 0;
            committed = 0;
        }
        if (added.isAfter(lastChanged)) {
            added = lastChanged.minusDays(30);
        }
        int purchased =
                Math.max(0, monthlySold.stream().mapToInt(Integer::intValue).sum() + onHand - 10);
        return new StockRow(
                store,
                item,
                cost,
                averageCost,
                item.retail(),
                onHand,
                counted,
                onOrder,
                committed,
                reorderPoint,
                maximum,
                monthlySold,
                soldLastYear,
                purchased,
                returns,
                lastSale,
                lastReceipt,
                added,
                lastCount,
                lastChanged,
                status);
    }

    private static double[] curve(CatalogItem item) {
        if (item.category().equals("WINTER")) {
            return WINTER;
        }
        if (item.category().equals("GRILLING")) {
            return SUMMER;
        }
        return item.seasonal() ? SPRING : EVEN;
    }
}

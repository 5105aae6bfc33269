package com.profitsentinel.testing.synthetic;

import static java.util.Objects.requireNonNull;

import com.profitsentinel.engine.analysis.Analysis;
import com.profitsentinel.engine.analysis.AnalysisContext;
import com.profitsentinel.engine.analysis.AnalysisResult;
import com.profitsentinel.engine.analysis.Engine;
import com.profitsentinel.engine.analysis.InputCounts;
import com.profitsentinel.engine.finding.LeakType;
import com.profitsentinel.engine.record.FileFacts;
import com.profitsentinel.engine.record.ItemRecord;
import com.profitsentinel.engine.record.MarginInterpretation;
import com.profitsentinel.engine.record.PurchaseOrderLine;
import com.profitsentinel.engine.record.SalesLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A seeded, realistic multi-store inventory of an independent hardware, lumber, garden and auto-parts store, with
 * anomalies of every {@code sentinel} leak type injected and labelled: the input of the engine's quality measurement
 * (docs/quality.md).
 *
 * <p>{@link #generate} draws a chain-wide catalogue (departments, families, price points, margins, vendors), stocks each
 * store with a healthy profile of every item it carries (sales, on-hand, dates, counts, replenishment orders) kept clear
 * of every threshold of the standard preset, then injects the anomalies: {@code round(items × anomalyShare)} records,
 * spread evenly over the thirteen leak types, each made in one of its type's ways ({@code variant}). The last store of
 * two or more reports its velocity through a sales-detail export instead of a units-sold column. Everything is a pure
 * function of the arguments.
 *
 * @param seed the seed it was generated from
 * @param asOf the analysis date every day count refers to
 * @param records the inventory records, store after store, each store in catalogue order
 * @param purchaseOrderLines the purchase-order lines, grouped into POs
 * @param salesLines the sales-detail lines (empty with a single store)
 * @param anomalies the injected anomalies in record order, with their ground truth
 */
public record SyntheticInventory(
        long seed,
        LocalDate asOf,
        List<ItemRecord> records,
        List<PurchaseOrderLine> purchaseOrderLines,
        List<SalesLine> salesLines,
        List<InjectedAnomaly> anomalies) {

    /** The inventory file's name in every record. */
    public static final String SOURCE_FILE = "synthetic.csv";

    /** The leak types the generator injects: every {@link LeakType} except DATA_QUALITY, in catalogue order. */
    public static final List<LeakType> LEAK_TYPES = Arrays.stream(LeakType.values())
            .filter(type -> type != LeakType.DATA_QUALITY)
            .toList();

    /** Share of a store's catalogue a store carries. */
    private static final double ASSORTMENT_SHARE = 0.85;

    /** Tries at random before the search for an item that fits a variant scans every record. */
    private static final int RANDOM_TRIES = 200;

    public SyntheticInventory {
        requireNonNull(asOf, "asOf is null");
        records = List.copyOf(records);
        purchaseOrderLines = List.copyOf(purchaseOrderLines);
        salesLines = List.copyOf(salesLines);
        anomalies = List.copyOf(anomalies);
    }

    /**
     * Generates an inventory.
     *
     * @param seed determines every value
     * @param items number of inventory records, split as evenly as possible over the stores
     * @param stores number of stores ({@code store-1} …), at least 1 and at most {@code items}
     * @param asOf the analysis date
     * @param anomalyShare share of the records that get an anomaly, from 0 (a healthy inventory) to 0.5
     * @throws IllegalArgumentException when the arguments are out of range, or the inventory is too small to hold the
     *     requested anomalies (too few seasonal or high-cost items)
     */
    public static SyntheticInventory generate(long seed, int items, int stores, LocalDate asOf, double anomalyShare) {
        requireNonNull(asOf, "asOf is null");
        if (items < 1 || stores < 1 || stores > items) {
            throw new IllegalArgumentException(
                    "need 1 ≤ stores ≤ items, got " + stores + " stores and " + items + " items");
        }
        if (!(anomalyShare >= 0 && anomalyShare <= 0.5)) {
            throw new IllegalArgumentException("anomalyShare must be from 0 to 0.5: " + anomalyShare);
        }
        int asOfDay = (int) asOf.toEpochDay();
        Draws root = Draws.seeded(seed);
        Draws catalogueDraws = root.split();
        Draws anomalyDraws = root.split();
        Draws orderDraws = root.split();
        Draws salesDraws = root.split();

        int largestStore = (items + stores - 1) / stores;
        List<CatalogEntry> catalogue =
                CatalogEntry.catalogue((int) Math.ceil(largestStore / ASSORTMENT_SHARE), catalogueDraws);
        List<StockItem> stock = new ArrayList<>(items);
        for (int store = 0; store < stores; store++) {
            int count = items / stores + (store < items % stores ? 1 : 0);
            Draws storeDraws = root.split();
            boolean fromSalesLines = stores > 1 && store == stores - 1;
            double storeSize = storeDraws.uniform(0.6, 1.5);
            for (int index : assortment(catalogue.size(), count, storeDraws)) {
                stock.add(StockProfiles.healthy(
                        catalogue.get(index), storeId(store), storeSize, fromSalesLines, storeDraws));
            }
        }

        @Nullable InjectedAnomaly[] injected = new InjectedAnomaly[stock.size()];
        int count = (int) Math.round(items * anomalyShare);
        for (int anomaly = 0; anomaly < count; anomaly++) {
            inject(LEAK_TYPES.get(anomaly % LEAK_TYPES.size()), stock, injected, anomalyDraws);
        }
        List<InjectedAnomaly> anomalies = new ArrayList<>(count);
        for (int index = 0; index < stock.size(); index++) {
            InjectedAnomaly anomaly = injected[index];
            if (anomaly == null) {
                PurchaseOrders.replenish(stock.get(index), orderDraws);
            } else {
                anomalies.add(anomaly);
            }
        }

        List<ItemRecord> records = new ArrayList<>(stock.size());
        ItemRecord.Builder builder = ItemRecord.builder();
        List<StockItem> salesStore = new ArrayList<>();
        for (int index = 0; index < stock.size(); index++) {
            StockItem item = stock.get(index);
            records.add(item.toRecord(builder, SOURCE_FILE, index + 2L, asOfDay));
            if (item.velocityFromSalesLines) {
                salesStore.add(item);
            }
        }
        return new SyntheticInventory(
                seed,
                asOf,
                records,
                PurchaseOrders.lines(stock, asOfDay, orderDraws),
                salesStore.isEmpty() ? List.of() : SalesHistory.lines(salesStore, asOfDay, salesDraws),
                anomalies);
    }

    /**
     * The ground truth: for every record with an anomaly, the leak types it must raise. A record that is not a key
     * must raise none.
     */
    public Map<ItemKey, Set<LeakType>> truth() {
        Map<ItemKey, Set<LeakType>> truth = new LinkedHashMap<>();
        for (InjectedAnomaly anomaly : anomalies) {
            truth.put(anomaly.key(), anomaly.expected());
        }
        return Collections.unmodifiableMap(truth);
    }

    /** What the engine is told about the inventory file: every column is mapped, margins are fractions on retail. */
    public FileFacts fileFacts() {
        return FileFacts.complete(SOURCE_FILE, MarginInterpretation.FRACTION_MARGIN);
    }

    /**
     * Runs an engine over the inventory: the PO and sales lines first, then the file and its records, as ingestion
     * does.
     */
    public AnalysisResult analyze(Engine engine, AnalysisContext context) {
        Analysis analysis = engine.start(context);
        for (PurchaseOrderLine line : purchaseOrderLines) {
            analysis.purchaseOrderLine(line);
        }
        for (SalesLine line : salesLines) {
            analysis.salesLine(line);
        }
        analysis.beginFile(fileFacts());
        for (ItemRecord record : records) {
            analysis.record(record);
        }
        return analysis.finish(new InputCounts(records.size(), 0));
    }

    private static String storeId(int store) {
        return "store-" + (store + 1);
    }

    /** {@code count} distinct catalogue positions, in catalogue order. */
    private static int[] assortment(int catalogueSize, int count, Draws draws) {
        int[] positions = new int[catalogueSize];
        for (int index = 0; index < catalogueSize; index++) {
            positions[index] = index;
        }
        for (int index = 0; index < count; index++) {
            int other = index + draws.below(catalogueSize - index);
            int swap = positions[index];
            positions[index] = positions[other];
            positions[other] = swap;
        }
        int[] chosen = Arrays.copyOf(positions, count);
        Arrays.sort(chosen);
        return chosen;
    }

    /** Injects one anomaly of {@code type}: a variant by its share, into a random healthy item that fits it. */
    private static void inject(
            LeakType type, List<StockItem> stock, @Nullable InjectedAnomaly[] injected, Draws draws) {
        List<AnomalyVariant> variants = AnomalyVariant.of(type);
        double[] shares = new double[variants.size()];
        for (int index = 0; index < shares.length; index++) {
            shares[index] = variants.get(index).share();
        }
        int first = draws.weightedIndex(shares);
        for (int offset = 0; offset < variants.size(); offset++) {
            AnomalyVariant variant = variants.get((first + offset) % variants.size());
            int index = candidate(variant, stock, injected, draws);
            if (index >= 0) {
                StockItem item = stock.get(index);
                Set<LeakType> expected = Anomalies.inject(variant, item, draws);
                injected[index] = new InjectedAnomaly(item.key(), type, variant.title(), variant.subtype(), expected);
                return;
            }
        }
        throw new IllegalArgumentException("the inventory has no item left that can show " + type
                + "; generate more items or a smaller anomaly share");
    }

    /** A random healthy item the variant fits, or −1. */
    private static int candidate(
            AnomalyVariant variant, List<StockItem> stock, @Nullable InjectedAnomaly[] injected, Draws draws) {
        for (int attempt = 0; attempt < RANDOM_TRIES; attempt++) {
            int index = draws.below(stock.size());
            if (injected[index] == null && Anomalies.fits(variant, stock.get(index))) {
                return index;
            }
        }
        int start = draws.below(stock.size());
        for (int offset = 0; offset < stock.size(); offset++) {
            int index = (start + offset) % stock.size();
            if (injected[index] == null && Anomalies.fits(variant, stock.get(index))) {
                return index;
            }
        }
        return -1;
    }
}

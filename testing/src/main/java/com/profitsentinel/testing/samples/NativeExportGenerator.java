package com.profitsentinel.testing.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Streams the native 11-column format (engine.md §2.7) with any number of rows, for benchmarks and engine load tests.
 * Rows cycle through {@code stores} stores ({@code store-1}, {@code store-2}, …); {@code margin_pct} is a markup
 * fraction and {@code retail_price = unit_cost × (1 + margin_pct)}, as in the reference fixtures; about 3 % of rows
 * have a negative on-hand quantity, 1 % a zero cost (blank margin), 2 % are damaged and 10 % seasonal. The same
 * arguments always give the same bytes; memory use does not depend on the row count.
 */
public final class NativeExportGenerator {
    /** The 11 native headers, in order. */
    public static final List<String> HEADERS = List.of(
            "store_id",
            "sku",
            "qty_on_hand",
            "unit_cost",
            "margin_pct",
            "sales_last_30d",
            "days_since_receipt",
            "retail_price",
            "is_damaged",
            "on_order_qty",
            "is_seasonal");

    private static final byte[] STORE_PREFIX = AsciiLineWriter.ascii("store-");
    private static final byte[] TRUE = AsciiLineWriter.ascii("true");
    private static final byte[] FALSE = AsciiLineWriter.ascii("false");

    private NativeExportGenerator() {}

    /** Writes {@code rows} data rows to a new file; returns the number of data rows. */
    public static long write(Path file, long rows, int stores, long seed) throws IOException {
        try (OutputStream output = Files.newOutputStream(file)) {
            return write(output, rows, stores, seed);
        }
    }

    /** Writes the header and {@code rows} data rows to the stream (not closed); returns the number of data rows. */
    public static long write(OutputStream output, long rows, int stores, long seed) throws IOException {
        if (rows < 0) {
            throw new IllegalArgumentException("rows must not be negative: " + rows);
        }
        if (stores < 1) {
            throw new IllegalArgumentException("stores must be at least 1: " + stores);
        }
        AsciiLineWriter writer = new AsciiLineWriter(output, ',', "\n");
        writer.bytes(AsciiLineWriter.ascii(String.join(",", HEADERS))).endLine();
        SplittableRandom random = new SplittableRandom(seed);
        for (long row = 0; row < rows; row++) {
            long cost = 20 + random.nextLong(0, 40_000);
            int markupHundredths = 15 + random.nextInt(0, 86);
            int kind = random.nextInt(100);
            if (kind == 0) {
                cost = 0;
            }
            int onHand = kind >= 1 && kind < 4 ? -1 - random.nextInt(0, 8) : random.nextInt(0, 400);
            writer.bytes(STORE_PREFIX).number(1 + row % stores).delimiter();
            writer.zeroPadded((row / stores * 7919L + 1_000_003L) % 10_000_000L, 7)
                    .delimiter();
            writer.number(onHand).delimiter();
            writer.hundredths(cost).delimiter();
            if (cost > 0) {
                writer.hundredths(markupHundredths);
            }
            writer.delimiter();
            writer.number(random.nextInt(0, 60)).delimiter();
            writer.number(random.nextInt(0, 720)).delimiter();
            long retail = cost > 0 ? (cost * (100 + markupHundredths) + 50) / 100 : 99 + random.nextLong(0, 10_000);
            writer.hundredths(retail).delimiter();
            writer.bytes(kind >= 4 && kind < 6 ? TRUE : FALSE).delimiter();
            writer.number(random.nextInt(4) == 0 ? random.nextInt(1, 48) : 0).delimiter();
            writer.bytes(kind >= 90 ? TRUE : FALSE);
            writer.endLine();
        }
        writer.flush();
        return rows;
    }
}

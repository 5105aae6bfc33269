package com.profitsentinel.testing.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * Streams a large, realistic Paladin 29-column inventory report (columns.md §9.3) for benchmarks: 36,452 rows is one
 * real store, 3,645,200 rows is 100 stores. The output is CRLF text in printable ASCII (so it reads the same as
 * Windows-1252 or UTF-8), with the exact 29 headers including the trailing space of {@code Description }, YYYYMMDD
 * dates and the anomalies of a real store (about 3 % negative on-hand, 1 % zero cost, 1 % cost above retail, 5 % never
 * sold, 5 % last sold years ago).
 *
 * <p><b>Several stores.</b> The 29-column report has no store column. With {@code stores > 1} the file has the same
 * layout plus a leading {@code Store} column ({@code 1}, {@code 2}, …), and the rows are store after store, each store
 * listing the same items (same SKU, description and prices; its own quantities and dates). The rows are split as
 * evenly as possible, the first stores taking one row more when the count does not divide.
 *
 * <p>The same arguments always give the same bytes: item attributes are a pure function of the seed and the item
 * index, and per-row values come from one {@link SplittableRandom} seeded with the seed. Memory use does not depend on
 * the row count; the writer formats digits into one 64 KB buffer (well over a million rows per second on one core).
 */
public final class PaladinExportGenerator {
    /** The 29 headers in file order (§9.3). */
    public static final List<String> HEADERS = List.of(
            "SKU",
            "Vendor SKU",
            "Description ",
            "Description Short",
            "Pkg. Qty.",
            "Inventoried Qty.",
            "In Stock Qty.",
            "Qty. Difference",
            "Cost",
            "Sub Total",
            "Changed",
            "Sug. Retail",
            "Retail",
            "Profit Margin %",
            "Allow Retail Edit",
            "Last Perpetual Inventory Date",
            "Real Perpetual Inventory Date",
            "Barcode",
            "Vendor",
            "Category",
            "Dpt.",
            "BIN",
            "Status",
            "Sold",
            "Last Sale",
            "Pur.",
            "Last Pur.",
            "Sku Was Added",
            "Formula");

    /** The header of the leading store column in multi-store files. */
    public static final String STORE_HEADER = "Store";

    /** The date the exports are taken; every date in the file is on or before it. */
    public static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    private static final Pattern FIELDS = Pattern.compile("\\|");
    private static final Pattern LIST = Pattern.compile(";");
    private static final int DAYS_BACK = 8192;
    private static final int[] DATES = dates();
    private static final byte[] FORMULA_COST = AsciiLineWriter.ascii("C/.60");
    private static final byte[] FORMULA_SUGGESTED = AsciiLineWriter.ascii("SUG");
    private static final int[] PACKS = {1, 1, 1, 1, 2, 4, 6, 12};

    private static final List<Family> FAMILIES = families();

    /** One product family with its descriptions (size × finish) pre-encoded as ASCII. */
    private static final class Family {
        private final List<byte[]> descriptions;
        private final List<byte[]> shortDescriptions;
        private final byte[] department;
        private final byte[] category;
        private final byte[] vendor;
        private final byte[] vendorCode;
        private final long costMinimum;
        private final long costRange;
        private final boolean lumber;
        private final long barcodePrefix;
        private final char aisle;

        private Family(List<String> fields, List<String> descriptionTexts, int index) {
            this.descriptions =
                    descriptionTexts.stream().map(AsciiLineWriter::ascii).toList();
            this.shortDescriptions = descriptionTexts.stream()
                    .map(text -> AsciiLineWriter.ascii(
                            text.substring(0, Math.min(16, text.length())).strip()))
                    .toList();
            this.department = AsciiLineWriter.ascii(fields.get(1));
            this.category = AsciiLineWriter.ascii(fields.get(2));
            this.vendor = AsciiLineWriter.ascii(fields.get(3));
            this.vendorCode = AsciiLineWriter.ascii(fields.get(4).toUpperCase(Locale.ROOT));
            this.costMinimum = Long.parseLong(fields.get(5));
            this.costRange = Long.parseLong(fields.get(6)) - costMinimum;
            this.lumber = fields.get(1).equals("LUMBER");
            this.barcodePrefix = 71_000L + 37L * index;
            this.aisle = (char) ('A' + index % 20);
        }
    }

    private PaladinExportGenerator() {}

    /** Writes {@code rows} data rows for {@code stores} stores to a new file; returns the number of data rows. */
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
        AsciiLineWriter writer = new AsciiLineWriter(output, ',', "\r\n");
        List<String> headers = new ArrayList<>();
        if (stores > 1) {
            headers.add(STORE_HEADER);
        }
        headers.addAll(HEADERS);
        writer.bytes(AsciiLineWriter.ascii(String.join(",", headers))).endLine();
        SplittableRandom random = new SplittableRandom(seed);
        long written = 0;
        for (int store = 1; store <= stores; store++) {
            long storeRows = rows / stores + (store <= rows % stores ? 1 : 0);
            for (long item = 0; item < storeRows; item++) {
                if (stores > 1) {
                    writer.number(store).delimiter();
                }
                writeRow(writer, random, seed, item);
                written++;
            }
        }
        writer.flush();
        return written;
    }

    private static void writeRow(AsciiLineWriter writer, SplittableRandom random, long seed, long item)
            throws IOException {
        long first = mix(seed ^ (item * 0x9E3779B97F4A7C15L));
        long second = mix(first);
        long third = mix(second);
        Family family = FAMILIES.get((int) Long.remainderUnsigned(first, FAMILIES.size()));
        int variant = (int) Long.remainderUnsigned(second, family.descriptions.size());
        long cost = family.costMinimum + Long.remainderUnsigned(second >>> 8, family.costRange);
        long retail = endInNine(cost * (135 + Long.remainderUnsigned(third, 56)) / 100);
        long suggested = endInNine(retail * (105 + Long.remainderUnsigned(third >>> 8, 11)) / 100);
        int anomaly = (int) Long.remainderUnsigned(third >>> 16, 100);
        if (anomaly == 0) {
            cost = 0;
        } else if (anomaly == 1) {
            cost = retail * 112 / 100;
        }
        int pack = PACKS[(int) Long.remainderUnsigned(third >>> 24, PACKS.length)];

        int velocity = random.nextInt(0, 30);
        int onHand = random.nextInt(100) < 3 ? -1 - random.nextInt(6) : random.nextInt(0, 60 + 2 * velocity);
        int counted = random.nextInt(10) == 0 ? Math.max(0, onHand - random.nextInt(-2, 4)) : onHand;
        int sold = velocity * 12 + random.nextInt(0, 10);
        int saleKind = random.nextInt(100);
        int lastSaleDaysAgo = saleKind < 10 ? 400 + random.nextInt(0, 700) : random.nextInt(0, 31);
        int purchased = sold + random.nextInt(0, 20);
        int receiptDaysAgo = 4 + random.nextInt(0, 200);
        int changedDaysAgo = receiptDaysAgo + random.nextInt(0, 300);
        int countDaysAgo = 170 + random.nextInt(0, 6);
        int addedDaysAgo = changedDaysAgo + 30 + (int) Long.remainderUnsigned(third >>> 32, 4000);

        writer.zeroPadded((item * 7919L + 1_000_003L) % 10_000_000L, 7).delimiter();
        writer.bytes(family.vendorCode)
                .character('-')
                .zeroPadded(Long.remainderUnsigned(first >>> 20, 100_000), 5)
                .delimiter();
        writer.bytes(family.descriptions.get(variant)).delimiter();
        writer.bytes(family.shortDescriptions.get(variant)).delimiter();
        writer.number(pack).delimiter();
        writer.number(counted).delimiter();
        writer.number(onHand).delimiter();
        writer.number(counted - onHand).delimiter();
        writer.hundredths(cost).delimiter();
        writer.hundredths(cost * onHand).delimiter();
        writer.number(DATES[changedDaysAgo]).delimiter();
        writer.hundredths(suggested).delimiter();
        writer.hundredths(retail).delimiter();
        writer.tenths(Math.round((retail - cost) * 1000.0 / retail)).delimiter();
        writer.character(family.lumber ? 'Y' : 'N').delimiter();
        writer.number(DATES[countDaysAgo]).delimiter();
        writer.number(DATES[countDaysAgo]).delimiter();
        if (!family.lumber) {
            long body = family.barcodePrefix * 100_000L + item % 100_000L;
            writer.zeroPadded(body, 11).number(checkDigit(body));
        }
        writer.delimiter();
        writer.bytes(family.vendor).delimiter();
        writer.bytes(family.category).delimiter();
        writer.bytes(family.department).delimiter();
        writer.character(family.aisle)
                .zeroPadded(Long.remainderUnsigned(third >>> 40, 40) + 1, 2)
                .character('-')
                .zeroPadded(Long.remainderUnsigned(third >>> 48, 8) + 1, 2)
                .delimiter();
        writer.character(status(anomaly)).delimiter();
        writer.number(saleKind < 10 ? 0 : sold).delimiter();
        if (saleKind >= 5) {
            writer.number(DATES[lastSaleDaysAgo]);
        }
        writer.delimiter();
        writer.number(purchased).delimiter();
        writer.number(DATES[receiptDaysAgo]).delimiter();
        writer.number(DATES[addedDaysAgo]).delimiter();
        if (anomaly % 3 == 0) {
            writer.bytes(FORMULA_COST);
        } else if (anomaly % 3 == 1) {
            writer.bytes(FORMULA_SUGGESTED);
        }
        writer.endLine();
    }

    /** {@code D} discontinued for 2 % of items, {@code I} inactive for 1 %, else {@code A} active. */
    private static char status(int anomaly) {
        if (anomaly == 2 || anomaly == 3) {
            return 'D';
        }
        return anomaly == 4 ? 'I' : 'A';
    }

    /** The UPC-A check digit of an 11-digit body. */
    static int checkDigit(long body) {
        long remaining = body;
        int sum = 0;
        for (int position = 0; position < 11; position++) {
            int digit = (int) (remaining % 10);
            sum += position % 2 == 0 ? 3 * digit : digit;
            remaining /= 10;
        }
        return (10 - sum % 10) % 10;
    }

    /** Rounds a price in cents to end in 9 ({@code 1234} → {@code 1239}), never below 9 cents. */
    private static long endInNine(long cents) {
        return cents / 10 * 10 + 9;
    }

    /** The SplitMix64 finalizer: a fixed bijective scramble of 64 bits. */
    private static long mix(long value) {
        long mixed = (value ^ (value >>> 30)) * 0xBF58476D1CE4E5B9L;
        mixed = (mixed ^ (mixed >>> 27)) * 0x94D049BB133111EBL;
        return mixed ^ (mixed >>> 31);
    }

    private static int[] dates() {
        int[] dates = new int[DAYS_BACK];
        for (int daysAgo = 0; daysAgo < DAYS_BACK; daysAgo++) {
            LocalDate date = AS_OF.minusDays(daysAgo);
            dates[daysAgo] = date.getYear() * 10_000 + date.getMonthValue() * 100 + date.getDayOfMonth();
        }
        return dates;
    }

    private static List<Family> families() {
        List<Family> families = new ArrayList<>();
        for (String line : Resources.dataLines("paladin-families.psv")) {
            String[] fields = FIELDS.split(line, -1);
            if (fields.length != 9) {
                throw new IllegalStateException("family line has " + fields.length + " fields: " + line);
            }
            List<String> finishes = fields[8].isEmpty() ? List.of("") : List.of(LIST.split(fields[8], -1));
            List<String> descriptions = new ArrayList<>();
            for (String size : LIST.split(fields[7], -1)) {
                for (String finish : finishes) {
                    String description = (fields[0] + " " + size + " " + finish).strip();
                    if (description.indexOf(',') >= 0 || description.indexOf('"') >= 0) {
                        throw new IllegalStateException("descriptions are written unquoted: " + description);
                    }
                    descriptions.add(description);
                }
            }
            families.add(new Family(List.of(fields), descriptions, families.size()));
        }
        return List.copyOf(families);
    }
}

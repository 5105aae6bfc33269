package com.profitsentinel.testing.samples;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The sample store's catalogue: a hardware, garden and lumber store's items, shared by every sample so that one SKU
 * means the same item in every file. The data are the resource {@code catalogue.psv}; its first four items are the
 * Orgill PO lines of engine.md §12.3.
 */
final class Catalog {
    private static final Pattern FIELDS = Pattern.compile("\\|");

    private static final List<CatalogItem> ALL = parse();

    private Catalog() {}

    /** Every item, in catalogue order. */
    static List<CatalogItem> items() {
        return ALL;
    }

    /** The item with this SKU. */
    static CatalogItem item(String sku) {
        return ALL.stream()
                .filter(item -> item.sku().equals(sku))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no catalogue item " + sku));
    }

    private static List<CatalogItem> parse() {
        List<CatalogItem> items = new ArrayList<>();
        for (String line : Resources.dataLines("catalogue.psv")) {
            String[] fields = FIELDS.split(line, -1);
            if (fields.length != 18) {
                throw new IllegalStateException("catalogue line has " + fields.length + " fields: " + line);
            }
            Optional<String> upc =
                    fields[1].equals("-") ? Optional.empty() : Optional.of(Upc.withCheckDigit(fields[1]));
            items.add(new CatalogItem(
                    fields[0],
                    upc,
                    fields[2],
                    fields[3],
                    fields[4],
                    fields[5],
                    fields[6],
                    fields[7],
                    fields[8],
                    fields[9],
                    fields[10],
                    new BigDecimal(fields[11]),
                    new BigDecimal(fields[12]),
                    new BigDecimal(fields[13]),
                    fields[14],
                    Integer.parseInt(fields[15]),
                    fields[16],
                    fields[17].equals("Y")));
        }
        return List.copyOf(items);
    }
}

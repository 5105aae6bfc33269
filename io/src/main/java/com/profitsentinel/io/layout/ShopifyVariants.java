package com.profitsentinel.io.layout;

import com.profitsentinel.io.mapping.HeaderKeys;
import com.profitsentinel.io.table.RowView;
import com.profitsentinel.io.value.DateColumnFormat;
import com.profitsentinel.io.value.DateResult;
import com.profitsentinel.io.value.NumberResult;
import com.profitsentinel.io.value.NumberStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Shopify product exports (columns.md §7.3): rows sharing a {@code Handle} form one product; variant rows leave the
 * product-level columns blank and inherit them from the handle's first row; image-only rows are skipped; a blank
 * {@code Variant SKU} is synthesized as {@code Handle/option values}. Not thread-safe: it remembers the current
 * product.
 */
public final class ShopifyVariants {
    private static final Set<String> PRODUCT_LEVEL =
            Set.of("title", "bodyhtml", "vendor", "productcat", "type", "tags", "published", "status");

    private final int handleColumn;
    private final int skuColumn;
    private final int priceColumn;
    private final List<Integer> optionValueColumns = new ArrayList<>();
    private final List<Integer> productColumns = new ArrayList<>();
    private final Map<Integer, String> inherited = new HashMap<>();
    private final Variant variant = new Variant();
    private String currentHandle = "";
    private long imageRowsSkipped;

    private ShopifyVariants(List<String> headers) {
        int handle = -1;
        int sku = -1;
        int price = -1;
        for (int column = 0; column < headers.size(); column++) {
            String key = HeaderKeys.key(headers.get(column));
            switch (key) {
                case "handle" -> handle = column;
                case "variantsku" -> sku = column;
                case "variantprice" -> price = column;
                case "option1value", "option2value", "option3value" -> optionValueColumns.add(column);
                default -> {
                    if (PRODUCT_LEVEL.contains(key)) {
                        productColumns.add(column);
                    }
                }
            }
        }
        handleColumn = handle;
        skuColumn = sku;
        priceColumn = price;
    }

    /** The variant handling for a file, when its headers are a Shopify product export. */
    public static java.util.Optional<ShopifyVariants> forHeaders(List<String> headers) {
        ShopifyVariants variants = new ShopifyVariants(headers);
        return variants.handleColumn >= 0 && variants.skuColumn >= 0
                ? java.util.Optional.of(variants)
                : java.util.Optional.empty();
    }

    /** Image-only rows skipped so far. */
    public long imageRowsSkipped() {
        return imageRowsSkipped;
    }

    /**
     * The row as the normalizer should see it, or empty for an image-only row (which is counted and skipped). The
     * returned view is valid until the next call.
     */
    public java.util.Optional<Adapted> adapt(RowView row) {
        String handle = row.text(handleColumn);
        boolean hasOptions = optionValueColumns.stream().anyMatch(column -> !row.isBlank(column));
        boolean imageOnly = row.isBlank(skuColumn) && (priceColumn < 0 || row.isBlank(priceColumn)) && !hasOptions;
        if (!handle.equals(currentHandle)) {
            currentHandle = handle;
            inherited.clear();
            for (int column : productColumns) {
                inherited.put(column, row.text(column));
            }
        }
        if (imageOnly) {
            imageRowsSkipped++;
            return java.util.Optional.empty();
        }
        String synthesized = "";
        if (row.isBlank(skuColumn)) {
            StringBuilder sku = new StringBuilder(handle);
            for (int column : optionValueColumns) {
                if (!row.isBlank(column)) {
                    sku.append('/').append(row.text(column));
                }
            }
            synthesized = sku.toString();
        }
        variant.wrap(row, synthesized);
        return java.util.Optional.of(new Adapted(variant, !synthesized.isEmpty()));
    }

    /**
     * A row after variant handling.
     *
     * @param row the row with inherited product columns and the synthesized SKU
     * @param skuSynthesized whether the SKU was built from the handle and options
     */
    public record Adapted(RowView row, boolean skuSynthesized) {}

    /** The row with inherited product-level values and the synthesized SKU filled in. */
    private final class Variant implements RowView {
        private RowView row = this;
        private String synthesized = "";

        void wrap(RowView source, String sku) {
            row = source;
            synthesized = sku;
        }

        private boolean substituted(int column) {
            return (column == skuColumn && !synthesized.isEmpty())
                    || (row.isBlank(column)
                            && !inherited.getOrDefault(column, "").isEmpty());
        }

        @Override
        public long sourceRow() {
            return row.sourceRow();
        }

        @Override
        public int size() {
            return row.size();
        }

        @Override
        public boolean isBlank(int column) {
            return substituted(column) ? false : row.isBlank(column);
        }

        @Override
        public String text(int column) {
            if (column == skuColumn && !synthesized.isEmpty()) {
                return synthesized;
            }
            if (row.isBlank(column)) {
                return inherited.getOrDefault(column, "");
            }
            return row.text(column);
        }

        @Override
        public void number(int column, NumberStyle style, NumberResult out) {
            if (substituted(column)) {
                RowView.super.number(column, style, out);
            } else {
                row.number(column, style, out);
            }
        }

        @Override
        public void date(int column, DateColumnFormat format, DateResult out) {
            if (substituted(column)) {
                RowView.super.date(column, format, out);
            } else {
                row.date(column, format, out);
            }
        }

        @Override
        public boolean unterminatedQuote() {
            return row.unterminatedQuote();
        }
    }
}

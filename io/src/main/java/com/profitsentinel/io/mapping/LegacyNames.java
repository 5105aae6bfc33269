package com.profitsentinel.io.mapping;

import java.util.Optional;

/** The old product's field vocabulary, used by the legacy mapping endpoint (columns.md §6.1 "Legacy names"). */
final class LegacyNames {
    private LegacyNames() {}

    /**
     * The legacy name of a canonical field, or empty when the old vocabulary has none. Department is called
     * {@code category} only when no category column is mapped.
     */
    static Optional<String> of(CanonicalField field, boolean categoryMapped) {
        return Optional.ofNullable(
                switch (field) {
                    case SKU -> "sku";
                    case DESCRIPTION -> "description";
                    case QTY_ON_HAND -> "quantity";
                    case QTY_DIFFERENCE -> "qty_difference";
                    case UNIT_COST -> "cost";
                    case RETAIL_PRICE -> "revenue";
                    case UNITS_SOLD -> "sold";
                    case LAST_SALE_DATE -> "last_sale_date";
                    case LAST_RECEIPT_DATE -> "last_purchase_date";
                    case VENDOR -> "vendor";
                    case CATEGORY -> "category";
                    case DEPARTMENT -> categoryMapped ? null : "category";
                    case MARGIN_PCT -> "margin";
                    case QTY_COUNTED -> "inventoried_qty";
                    case REORDER_POINT -> "reorder_point";
                    case STATUS -> "status";
                    case STORE_ID -> "location";
                    case PACKAGE_QTY -> "package_qty";
                    case INVENTORY_VALUE_COST -> "sub_total";
                    case LAST_CHANGED_DATE -> "date";
                    case SUGGESTED_RETAIL,
                            MARKUP_PCT,
                            QTY_ON_ORDER,
                            AVG_COST,
                            LAST_COST,
                            MAX_QTY,
                            INVENTORY_VALUE_RETAIL,
                            SALES_DOLLARS,
                            UNITS_PURCHASED,
                            DATE_ADDED,
                            LAST_COUNT_DATE,
                            BARCODE,
                            ALT_SKU,
                            VENDOR_SKU,
                            COOP_ITEM_NUMBER,
                            POS_ITEM_ID,
                            VENDOR_CODE,
                            DESCRIPTION_ALT,
                            CLASS_CODE,
                            BIN_LOCATION,
                            ITEM_TYPE,
                            TRACKS_INVENTORY,
                            NON_INVENTORY_FLAG,
                            IS_DAMAGED,
                            IS_SEASONAL,
                            SEASON_CODE,
                            QTY_AVAILABLE,
                            QTY_ON_HAND_SECONDARY,
                            UNIT_OF_MEASURE -> null;
                });
    }

    /**
     * The canonical field a legacy name stands for ({@code revenue} → {@code retail_price}), for mappings written in the
     * old vocabulary (api.md §4.5); {@code category} means the category field.
     */
    static Optional<CanonicalField> field(String legacyName) {
        for (CanonicalField field : CanonicalField.values()) {
            if (of(field, true).filter(legacyName::equals).isPresent()) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }
}

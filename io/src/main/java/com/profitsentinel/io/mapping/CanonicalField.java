package com.profitsentinel.io.mapping;

import static com.profitsentinel.io.mapping.ValueType.CODE;
import static com.profitsentinel.io.mapping.ValueType.DATE;
import static com.profitsentinel.io.mapping.ValueType.FLAG;
import static com.profitsentinel.io.mapping.ValueType.ID;
import static com.profitsentinel.io.mapping.ValueType.MONEY;
import static com.profitsentinel.io.mapping.ValueType.PERCENT;
import static com.profitsentinel.io.mapping.ValueType.QUANTITY;
import static com.profitsentinel.io.mapping.ValueType.TEXT;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The canonical fields of an inventory file, in rank order (columns.md §6.1). The declaration order is the rank; the
 * {@link #id()} is the spelling used in JSON and mapping files.
 */
public enum CanonicalField implements MappingTarget {
    SKU(1, ID, 5),
    QTY_ON_HAND(2, QUANTITY, 5),
    UNIT_COST(3, MONEY, 5),
    RETAIL_PRICE(4, MONEY, 5),
    UNITS_SOLD(5, QUANTITY, 5),
    LAST_SALE_DATE(6, DATE, 4),
    LAST_RECEIPT_DATE(7, DATE, 4),
    QTY_DIFFERENCE(8, QUANTITY, 4),
    STORE_ID(9, ID, 3),
    DESCRIPTION(10, TEXT, 3),
    VENDOR(11, TEXT, 3),
    CATEGORY(12, TEXT, 3),
    DEPARTMENT(13, TEXT, 3),
    SUGGESTED_RETAIL(14, MONEY, 3),
    MARGIN_PCT(15, PERCENT, 3),
    MARKUP_PCT(16, PERCENT, 2),
    QTY_ON_ORDER(17, QUANTITY, 3),
    AVG_COST(18, MONEY, 3),
    LAST_COST(19, MONEY, 2),
    QTY_COUNTED(20, QUANTITY, 2),
    REORDER_POINT(21, QUANTITY, 2),
    MAX_QTY(22, QUANTITY, 2),
    INVENTORY_VALUE_COST(23, MONEY, 2),
    INVENTORY_VALUE_RETAIL(24, MONEY, 1),
    SALES_DOLLARS(25, MONEY, 1),
    UNITS_PURCHASED(26, QUANTITY, 1),
    DATE_ADDED(27, DATE, 2),
    LAST_COUNT_DATE(28, DATE, 1),
    LAST_CHANGED_DATE(29, DATE, 1),
    BARCODE(30, ID, 2),
    ALT_SKU(31, ID, 1),
    VENDOR_SKU(32, ID, 2),
    COOP_ITEM_NUMBER(33, ID, 1),
    POS_ITEM_ID(34, ID, 1),
    VENDOR_CODE(35, ID, 1),
    DESCRIPTION_ALT(36, TEXT, 1),
    CLASS_CODE(37, TEXT, 1),
    BIN_LOCATION(38, TEXT, 1),
    STATUS(39, CODE, 2),
    ITEM_TYPE(40, CODE, 2),
    TRACKS_INVENTORY(41, FLAG, 2),
    NON_INVENTORY_FLAG(42, FLAG, 2),
    IS_DAMAGED(43, FLAG, 2),
    IS_SEASONAL(44, FLAG, 2),
    SEASON_CODE(45, CODE, 1),
    QTY_AVAILABLE(46, QUANTITY, 1),
    QTY_ON_HAND_SECONDARY(47, QUANTITY, 1),
    PACKAGE_QTY(48, QUANTITY, 1),
    UNIT_OF_MEASURE(49, CODE, 1);

    private static final Map<String, CanonicalField> BY_ID =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(CanonicalField::id, Function.identity()));

    private static final Map<CanonicalField, List<CanonicalField>> FALLBACKS = Map.of(
            SKU, List.of(BARCODE, ALT_SKU, COOP_ITEM_NUMBER, POS_ITEM_ID),
            QTY_ON_HAND, List.of(QTY_ON_HAND_SECONDARY, QTY_AVAILABLE),
            UNIT_COST, List.of(AVG_COST, LAST_COST),
            RETAIL_PRICE, List.of(SUGGESTED_RETAIL),
            DESCRIPTION, List.of(DESCRIPTION_ALT),
            VENDOR, List.of(VENDOR_CODE));

    private final int rank;
    private final ValueType type;
    private final int importance;
    private final String id;

    CanonicalField(int rank, ValueType type, int importance) {
        this.rank = rank;
        this.type = type;
        this.importance = importance;
        this.id = name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int rank() {
        return rank;
    }

    @Override
    public ValueType type() {
        return type;
    }

    /** 5 = needed by most rules, 1 = informational. */
    public int importance() {
        return importance;
    }

    /** The field with this spec spelling ({@code qty_on_hand}), if there is one. */
    public static Optional<CanonicalField> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /** Every field id, in rank order, for messages that list the valid targets. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(CanonicalField::id).toList();
    }

    /**
     * The fields used, in order, when this one is not mapped (columns.md §6.1 "Fallback"): the SKU falls back to the
     * barcode, alternate SKU, co-op number and POS id; the on-hand quantity to the secondary on-hand column and then
     * the available quantity; and so on. Empty when the field has no column fallback.
     */
    public List<CanonicalField> fallbacks() {
        return FALLBACKS.getOrDefault(this, List.of());
    }
}

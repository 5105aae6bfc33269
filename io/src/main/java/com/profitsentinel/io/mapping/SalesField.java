package com.profitsentinel.io.mapping;

import java.util.Locale;

/** The fields of a sales-detail file (columns.md §7.4). */
public enum SalesField implements MappingTarget {
    SKU(1, ValueType.ID),
    TXN_DATE(2, ValueType.DATE),
    SALE_QTY(3, ValueType.QUANTITY),
    SALE_AMOUNT(4, ValueType.MONEY),
    SALE_COST(5, ValueType.MONEY),
    STORE_ID(6, ValueType.ID),
    BARCODE(7, ValueType.ID),
    TXN_ID(8, ValueType.ID),
    DESCRIPTION(9, ValueType.TEXT);

    private final int rank;
    private final ValueType type;

    SalesField(int rank, ValueType type) {
        this.rank = rank;
        this.type = type;
    }

    @Override
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public int rank() {
        return rank;
    }

    @Override
    public ValueType type() {
        return type;
    }
}

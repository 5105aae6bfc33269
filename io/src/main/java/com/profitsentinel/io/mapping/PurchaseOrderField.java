package com.profitsentinel.io.mapping;

import java.util.Locale;

/**
 * The fields of a generic purchase-order file (columns.md §7.2, last paragraph; engine.md §2.6). The ids are the PO
 * field names of the spec, the same ones the Orgill layout reports ({@code po_unit_cost}, {@code filled_qty}).
 */
public enum PurchaseOrderField implements MappingTarget {
    SKU(1, ValueType.ID),
    PO_NUMBER(2, ValueType.ID),
    PO_DATE(3, ValueType.DATE),
    ORDERED_QTY(4, ValueType.QUANTITY),
    FILLED_QTY(5, ValueType.QUANTITY),
    PO_UNIT_COST(6, ValueType.MONEY),
    PO_EXT_COST(7, ValueType.MONEY),
    PO_STATUS(8, ValueType.CODE),
    VENDOR(9, ValueType.TEXT),
    BARCODE(10, ValueType.ID),
    VENDOR_SKU(11, ValueType.ID),
    DESCRIPTION(12, ValueType.TEXT),
    STORE_ID(13, ValueType.ID),
    LINE_NO(14, ValueType.ID),
    PO_RETAIL(15, ValueType.MONEY),
    DEPARTMENT(16, ValueType.TEXT),
    UNIT_OF_MEASURE(17, ValueType.CODE);

    private final int rank;
    private final ValueType type;

    PurchaseOrderField(int rank, ValueType type) {
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

package com.profitsentinel.io.mapping;

/**
 * A field a column can be mapped to. Inventory files map to {@link CanonicalField}; sales-detail and purchase-order
 * files have their own target sets.
 */
public sealed interface MappingTarget permits CanonicalField, SalesField, PurchaseOrderField {
    /** The field's name as written in the spec and in JSON ({@code qty_on_hand}). */
    String id();

    /** 1-based canonical rank, used to break ties (columns.md §6.5). */
    int rank();

    ValueType type();
}

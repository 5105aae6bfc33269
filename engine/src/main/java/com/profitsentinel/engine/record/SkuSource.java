package com.profitsentinel.engine.record;

/** Which column supplied a record's SKU (engine.md §2.2): the SKU column itself or one of its fallbacks. */
public enum SkuSource {
    SKU,
    BARCODE,
    ALT_SKU,
    COOP_ITEM_NUMBER,
    POS_ITEM_ID,
    SYNTHESIZED
}

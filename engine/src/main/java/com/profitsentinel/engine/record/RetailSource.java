package com.profitsentinel.engine.record;

/** Which column supplied the retail price: the retail column, or suggested retail when no retail column is mapped. */
public enum RetailSource {
    RETAIL,
    SUGGESTED,
    NONE
}

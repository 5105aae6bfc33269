package com.profitsentinel.io.mapping;

import java.util.Locale;

/** Where a column's mapping came from (columns.md §6.3, §6.7 {@code sources}), strongest first. */
public enum MappingSource {
    OVERRIDE,
    SAVED,
    PROFILE,
    EXACT,
    FUZZY,
    SNIFF,
    ASSIST,
    NONE;

    /** The spelling used in JSON ({@code override}, {@code profile}, ...). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

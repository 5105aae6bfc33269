package com.profitsentinel.io.mapping;

/** The kind of value a mapping target holds; decides how its cells are parsed and sniffed. */
public enum ValueType {
    /** Identifier: text, never parsed as a number, leading zeros kept. */
    ID,
    /** Free text. */
    TEXT,
    /** A short code (status, item type, unit of measure). */
    CODE,
    /** A number of units, possibly fractional or negative. */
    QUANTITY,
    /** A dollar amount. */
    MONEY,
    /** A percentage or fraction. */
    PERCENT,
    /** A calendar date. */
    DATE,
    /** A yes/no flag. */
    FLAG;

    /** Whether cells of this type must parse as numbers. */
    public boolean numeric() {
        return this == QUANTITY || this == MONEY || this == PERCENT;
    }
}

package com.profitsentinel.engine.finding;

import static com.profitsentinel.engine.finding.DataQualityLevel.ERROR;
import static com.profitsentinel.engine.finding.DataQualityLevel.INFO;
import static com.profitsentinel.engine.finding.DataQualityLevel.WARNING;
import static com.profitsentinel.engine.finding.DataQualityScope.FILE;
import static com.profitsentinel.engine.finding.DataQualityScope.RECORD;

/**
 * The data-quality codes of engine.md §3.2 plus the file-level notices of columns.md §4. A bad cell nulls its field and
 * raises one of these; only {@link #REJECTED_NO_SKU} and {@link #REJECTED_MALFORMED_ROW} reject a row.
 */
public enum DataQualityCode {
    REJECTED_NO_SKU(ERROR, RECORD),
    REJECTED_MALFORMED_ROW(ERROR, RECORD),
    REJECTED_UNPARSEABLE_DATE(ERROR, RECORD),
    ROW_SHORT(INFO, RECORD),
    UNPARSEABLE_NUMBER(WARNING, RECORD),
    NON_FINITE_NUMBER(WARNING, RECORD),
    UNPARSEABLE_DATE(WARNING, RECORD),
    UNPARSEABLE_FLAG(WARNING, RECORD),
    FUTURE_DATE(WARNING, RECORD),
    NEGATIVE_COST(ERROR, RECORD),
    NEGATIVE_PRICE(ERROR, RECORD),
    MISSING_PRICE(INFO, RECORD),
    IMPOSSIBLE_MARGIN(WARNING, RECORD),
    IMPLAUSIBLE_VALUE(WARNING, RECORD),
    DUPLICATE_SKU(WARNING, RECORD),
    SCIENTIFIC_NOTATION_ID(WARNING, RECORD),
    SKU_SYNTHESIZED(INFO, RECORD),
    INCONSISTENT_SALES_DATE(INFO, RECORD),
    PO_ITEM_NOT_FOUND(INFO, RECORD),
    TEXT_TRUNCATED(INFO, RECORD),
    UNITS_SOLD_PERIOD_ASSUMED(INFO, FILE),
    COLUMN_MISSING(WARNING, FILE),
    ENCODING_FALLBACK(INFO, FILE),
    EXTENSION_MISMATCH(WARNING, FILE),
    DUPLICATE_HEADER(WARNING, FILE),
    COLUMN_LOOKS_WRONG(WARNING, FILE),
    FALLBACK_USED(WARNING, FILE);

    private final DataQualityLevel level;
    private final DataQualityScope scope;

    DataQualityCode(DataQualityLevel level, DataQualityScope scope) {
        this.level = level;
        this.scope = scope;
    }

    public DataQualityLevel level() {
        return level;
    }

    public DataQualityScope scope() {
        return scope;
    }

    /** True for the codes that keep a row out of the analysis. */
    public boolean rejectsRow() {
        return this == REJECTED_NO_SKU || this == REJECTED_MALFORMED_ROW || this == REJECTED_UNPARSEABLE_DATE;
    }
}

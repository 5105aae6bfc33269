/**
 * Cell value parsing as real exports write values (columns.md §5): numbers with currency, thousands separators,
 * parentheses and percent signs; dates in every listed format with per-column inference; flags; identifiers.
 * Entry points: {@link com.profitsentinel.io.value.NumberParser}, {@link com.profitsentinel.io.value.DateColumnFormat},
 * {@link com.profitsentinel.io.value.FlagParser}, {@link com.profitsentinel.io.value.Identifiers}.
 */
@NullMarked
package com.profitsentinel.io.value;

import org.jspecify.annotations.NullMarked;

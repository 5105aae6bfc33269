/**
 * The streaming table abstraction shared by the CSV and workbook readers:
 * {@link com.profitsentinel.io.table.TableReader} yields {@link com.profitsentinel.io.table.RowView}s.
 */
@NullMarked
package com.profitsentinel.io.table;

import org.jspecify.annotations.NullMarked;

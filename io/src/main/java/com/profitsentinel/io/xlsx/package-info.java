/**
 * Workbook readers (columns.md §2.3, §2.4): {@link com.profitsentinel.io.xlsx.XlsxTableReader} streams an XLSX sheet
 * with an event reader and checks the archive before opening it; {@link com.profitsentinel.io.xlsx.XlsTableReader}
 * reads a legacy BIFF8 {@code .xls} workbook. Both choose the sheet and turn cells into text, numbers and dates by the
 * same rules, and expose rows as {@link com.profitsentinel.io.table.RowView}s.
 */
@NullMarked
package com.profitsentinel.io.xlsx;

import org.jspecify.annotations.NullMarked;

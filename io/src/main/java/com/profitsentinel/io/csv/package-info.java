/**
 * Delimited text (CSV, TSV, pipe, semicolon): encoding and delimiter detection and a byte-level streaming reader
 * (columns.md §2.1, §2.2). Entry point: {@link com.profitsentinel.io.csv.CsvTableReader}.
 */
@NullMarked
package com.profitsentinel.io.csv;

import org.jspecify.annotations.NullMarked;

/**
 * Column mapping (columns.md §6): header normalization to keys, candidate scores from POS profiles, aliases, fuzzy
 * matching and value sniffing, and one global maximum-score assignment that never maps a field twice and does not
 * depend on column order. It never imports the file readers, so every runner (CLI, server, Spark) can use it.
 */
@NullMarked
package com.profitsentinel.io.mapping;

import org.jspecify.annotations.NullMarked;

/**
 * Turns mapped rows into the engine's normalized records (engine.md §2, §3): value parsing per field, fallbacks, cost
 * basis, velocity, dates to days, seasonal and non-inventory inference, and the data-quality notes of bad cells.
 * Entry point: {@link com.profitsentinel.io.normalize.InventoryNormalizer}.
 */
@NullMarked
package com.profitsentinel.io.normalize;

import org.jspecify.annotations.NullMarked;

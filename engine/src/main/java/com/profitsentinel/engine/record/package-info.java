/**
 * The normalized records both engines read (engine.md §2): {@link com.profitsentinel.engine.record.ItemRecord} per
 * (store, SKU), {@link com.profitsentinel.engine.record.SalesLine} and
 * {@link com.profitsentinel.engine.record.PurchaseOrderLine}. Ingestion (module {@code io}) produces them.
 */
@NullMarked
package com.profitsentinel.engine.record;

import org.jspecify.annotations.NullMarked;

/**
 * The ingestion pipeline in one call (columns.md §1): content check, reader, header and sample, file type, POS
 * profile and mapping, normalization, error budget and limits. Entry point:
 * {@link com.profitsentinel.io.ingest.Ingestion}.
 */
@NullMarked
package com.profitsentinel.io.ingest;

import org.jspecify.annotations.NullMarked;

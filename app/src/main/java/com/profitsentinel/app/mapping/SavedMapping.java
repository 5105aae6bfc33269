package com.profitsentinel.app.mapping;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A store's confirmed mapping for one header signature (columns.md §6.8).
 *
 * @param headerFingerprint SHA-256 (hex) of the sorted, de-duplicated header keys joined by line breaks
 * @param posSystem the POS profile id of the file, or {@code generic}
 * @param columns header key → canonical field id or {@code extended}
 * @param usedCount how many analyses confirmed it
 */
public record SavedMapping(
        String id,
        String storeId,
        String headerFingerprint,
        String posSystem,
        Map<String, String> columns,
        Instant createdAt,
        Instant updatedAt,
        long usedCount) {
    public SavedMapping {
        requireNonNull(id, "id is null");
        requireNonNull(storeId, "storeId is null");
        requireNonNull(headerFingerprint, "headerFingerprint is null");
        requireNonNull(posSystem, "posSystem is null");
        columns = Collections.unmodifiableMap(new TreeMap<>(columns));
        requireNonNull(createdAt, "createdAt is null");
        requireNonNull(updatedAt, "updatedAt is null");
    }
}

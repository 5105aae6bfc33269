package com.profitsentinel.engine.analysis;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Map;

/**
 * The findings of an earlier analysis, for two-snapshot trends (engine.md §8).
 *
 * @param asOf the earlier analysis date
 * @param impactByFindingId finding ID → annual profit at risk then
 * @param unitCostBySku {@code store|sku} → unit cost then (for the {@code cost_increase} fact)
 */
public record Snapshot(LocalDate asOf, Map<String, Double> impactByFindingId, Map<String, Double> unitCostBySku) {
    public Snapshot {
        requireNonNull(asOf, "asOf is null");
        impactByFindingId = Map.copyOf(impactByFindingId);
        unitCostBySku = Map.copyOf(unitCostBySku);
    }
}

package com.profitsentinel.engine.rootcause;

import static java.util.Objects.requireNonNull;

import com.profitsentinel.engine.finding.Fact;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The facts true for one SKU of a group with their observed values, for proof trees (engine.md §9.7).
 *
 * @param sku the SKU
 * @param observed each true fact → its observed value as text ({@code 0} for {@code zero_sales}); the proof tree shows
 *     it as {@code FLR-0501 = 0}
 */
public record SkuFacts(String sku, Map<Fact, String> observed) {
    public SkuFacts {
        requireNonNull(sku, "sku is null");
        observed = observed.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(observed));
    }
}

package com.profitsentinel.app.config;

import static java.util.Objects.requireNonNull;

import com.profitsentinel.engine.rule.Parameters;
import com.profitsentinel.engine.rule.Preset;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The configuration of one store (api.md §5.12). {@code version} counts saved changes (0 for a store never configured)
 * and is the {@code ETag}; the overrides are validated as engine.md §6.1 says when the config is built.
 *
 * @param parameters store overrides: parameter name → value
 * @param categoryOverrides category or department → parameter name → value
 * @param vendorLeadTimes vendor → lead time in days
 * @param updatedBy the user who saved this version, empty for defaults
 */
public record StoreConfig(
        String storeId,
        long version,
        Preset preset,
        Map<String, Double> parameters,
        Map<String, Map<String, Double>> categoryOverrides,
        Map<String, Double> vendorLeadTimes,
        StoreContext storeContext,
        WorkflowSettings workflowSettings,
        Optional<Instant> updatedAt,
        Optional<String> updatedBy) {
    public StoreConfig {
        requireNonNull(storeId, "storeId is null");
        requireNonNull(preset, "preset is null");
        parameters = Collections.unmodifiableMap(new TreeMap<>(parameters));
        Map<String, Map<String, Double>> categories = new TreeMap<>();
        categoryOverrides.forEach(
                (category, values) -> categories.put(category, Collections.unmodifiableMap(new TreeMap<>(values))));
        categoryOverrides = Collections.unmodifiableMap(categories);
        vendorLeadTimes = Collections.unmodifiableMap(new TreeMap<>(vendorLeadTimes));
        requireNonNull(storeContext, "storeContext is null");
        requireNonNull(workflowSettings, "workflowSettings is null");
        requireNonNull(updatedAt, "updatedAt is null");
        requireNonNull(updatedBy, "updatedBy is null");
        if (version < 0) {
            throw new IllegalArgumentException("version must be ≥ 0: " + version);
        }
        // INVALID_PARAMETER naming the parameter when an override breaks engine.md §6.1
        Parameters.of(preset, parameters, categoryOverrides, vendorLeadTimes);
    }

    /** The configuration of a store never configured: the standard preset, no overrides. */
    public static StoreConfig defaults(String storeId, String timezone) {
        return new StoreConfig(
                storeId,
                0,
                Preset.STANDARD,
                Map.of(),
                Map.of(),
                Map.of(),
                StoreContext.defaults(timezone),
                WorkflowSettings.DEFAULTS,
                Optional.empty(),
                Optional.empty());
    }

    /** The thresholds an analysis of this store runs with, under {@code preset} (the request's or the store's). */
    public Parameters parameters(Preset chosen) {
        return Parameters.of(chosen, parameters, categoryOverrides, vendorLeadTimes);
    }

    /** The {@code ETag} of this version. */
    public String etag() {
        return "\"" + version + "\"";
    }
}

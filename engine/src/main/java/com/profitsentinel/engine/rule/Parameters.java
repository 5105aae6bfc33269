package com.profitsentinel.engine.rule;

import static java.util.Objects.requireNonNull;

import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The effective thresholds of one store (engine.md §6.1): a preset, the store's overrides, per-category or department
 * overrides of the parameters marked "cat", and per-vendor lead times. Resolution: vendor → category → store → preset.
 * Immutable; validated when built.
 */
public final class Parameters {
    private final Preset preset;
    private final EnumMap<Parameter, Double> store;
    private final Map<String, EnumMap<Parameter, Double>> byCategory;
    private final Map<String, Double> leadTimeByVendor;

    private Parameters(
            Preset preset,
            EnumMap<Parameter, Double> store,
            Map<String, EnumMap<Parameter, Double>> byCategory,
            Map<String, Double> leadTimeByVendor) {
        this.preset = preset;
        this.store = store;
        this.byCategory = byCategory;
        this.leadTimeByVendor = leadTimeByVendor;
    }

    /** A preset without overrides. */
    public static Parameters of(Preset preset) {
        requireNonNull(preset, "preset is null");
        return new Parameters(preset, values(preset, Map.of(), "store"), Map.of(), Map.of());
    }

    /** The standard preset. */
    public static Parameters standard() {
        return of(Preset.STANDARD);
    }

    /**
     * A preset with overrides, validated (each violation is an {@code INVALID_PARAMETER} error naming the parameter).
     *
     * @param preset the preset
     * @param storeOverrides parameter id → value for the store
     * @param categoryOverrides category or department text (matched case-insensitively) → parameter id → value; only
     *     parameters with category scope
     * @param leadTimeByVendor vendor name (case-insensitive) → lead time in days
     */
    public static Parameters of(
            Preset preset,
            Map<String, Double> storeOverrides,
            Map<String, Map<String, Double>> categoryOverrides,
            Map<String, Double> leadTimeByVendor) {
        requireNonNull(preset, "preset is null");
        EnumMap<Parameter, Double> store = values(preset, storeOverrides, "store");
        Map<String, EnumMap<Parameter, Double>> categories = new TreeMap<>();
        categoryOverrides.forEach((category, overrides) -> {
            EnumMap<Parameter, Double> values = new EnumMap<>(Parameter.class);
            overrides.forEach((name, value) -> {
                Parameter parameter = known(name);
                if (parameter.scope() != Parameter.Scope.CATEGORY) {
                    throw invalid(name, "cannot be set per category");
                }
                values.put(parameter, check(parameter, value));
            });
            EnumMap<Parameter, Double> merged = new EnumMap<>(store);
            merged.putAll(values);
            validateRelations(merged, "category \"" + category + "\"");
            categories.put(category.strip().toLowerCase(Locale.ROOT), values);
        });
        Map<String, Double> vendors = new TreeMap<>();
        leadTimeByVendor.forEach((vendor, days) ->
                vendors.put(vendor.strip().toLowerCase(Locale.ROOT), check(Parameter.LEAD_TIME_DAYS, days)));
        return new Parameters(
                preset, store, Collections.unmodifiableMap(categories), Collections.unmodifiableMap(vendors));
    }

    private static EnumMap<Parameter, Double> values(Preset preset, Map<String, Double> overrides, String where) {
        EnumMap<Parameter, Double> values = new EnumMap<>(Parameter.class);
        for (Parameter parameter : Parameter.values()) {
            values.put(parameter, parameter.value(preset));
        }
        overrides.forEach((name, value) -> {
            Parameter parameter = known(name);
            if (parameter.scope() == Parameter.Scope.FIXED) {
                throw invalid(name, "is fixed and cannot be overridden");
            }
            values.put(parameter, check(parameter, value));
        });
        validateRelations(values, where);
        return values;
    }

    private static Parameter known(String name) {
        return Parameter.byId(name).orElseThrow(() -> invalid(name, "is not a parameter"));
    }

    private static double check(Parameter parameter, Double boxed) {
        double value = requireNonNull(boxed, "value is null");
        boolean whole = value == Math.rint(value);
        boolean valid =
                switch (parameter.kind()) {
                    case RATE -> value >= 0 && value < 1;
                    case DAYS -> whole && value >= 1 && value <= 3650;
                    case DAYS_OR_ZERO -> whole && value >= 0 && value <= 3650;
                    case UNITS, MONEY -> value >= 0 && !Double.isInfinite(value);
                    case COUNT -> whole && value >= 1 && (parameter != Parameter.DIGEST_TOP_K || value <= 100);
                };
        if (!valid) {
            throw invalid(
                    parameter.id(),
                    switch (parameter.kind()) {
                        case RATE -> "must be at least 0 and below 1, not " + value;
                        case DAYS -> "must be a whole number of days from 1 to 3650, not " + value;
                        case DAYS_OR_ZERO -> "must be a whole number of days from 0 to 3650, not " + value;
                        case UNITS, MONEY -> "must be 0 or more, not " + value;
                        case COUNT ->
                            parameter == Parameter.DIGEST_TOP_K
                                    ? "must be a whole number from 1 to 100, not " + value
                                    : "must be a whole number of at least 1, not " + value;
                    });
        }
        return value;
    }

    private static void validateRelations(EnumMap<Parameter, Double> values, String where) {
        double target = values.getOrDefault(Parameter.TARGET_MARGIN, 0.0);
        double floor = values.getOrDefault(Parameter.MARGIN_FLOOR, 0.0);
        double critical = values.getOrDefault(Parameter.MARGIN_CRITICAL, 0.0);
        if (!(target > floor)) {
            throw invalid(
                    "margin_floor", "must be below target_margin (" + where + ": " + floor + " ≥ " + target + ")");
        }
        if (!(floor > critical)) {
            throw invalid(
                    "margin_critical", "must be below margin_floor (" + where + ": " + critical + " ≥ " + floor + ")");
        }
        double action = values.getOrDefault(Parameter.DEAD_STOCK_ACTION_DAYS, 0.0);
        double writeOff = values.getOrDefault(Parameter.DEAD_STOCK_WRITE_OFF_DAYS, 0.0);
        if (action > writeOff) {
            throw invalid(
                    "dead_stock_action_days",
                    "must not exceed dead_stock_write_off_days (" + where + ": " + action + " > " + writeOff + ")");
        }
    }

    private static ProfitSentinelException invalid(String name, String problem) {
        return new ProfitSentinelException(
                ErrorCode.INVALID_PARAMETER, "Parameter \"" + name + "\" " + problem + ".", Map.of("parameter", name));
    }

    public Preset preset() {
        return preset;
    }

    /** The store-level value. */
    public double get(Parameter parameter) {
        return requireNonNull(store.get(parameter), "every parameter has a value");
    }

    /**
     * The value for an item: a category override (category first, then department) for category-scoped parameters, a
     * vendor override for the lead time, else the store value.
     */
    public double get(Parameter parameter, String category, String department, String vendor) {
        if (parameter == Parameter.LEAD_TIME_DAYS && !leadTimeByVendor.isEmpty() && !vendor.isEmpty()) {
            Double days = leadTimeByVendor.get(vendor.strip().toLowerCase(Locale.ROOT));
            if (days != null) {
                return days;
            }
        }
        if (parameter.scope() == Parameter.Scope.CATEGORY && !byCategory.isEmpty()) {
            for (String text : new String[] {category, department}) {
                if (!text.isEmpty()) {
                    EnumMap<Parameter, Double> overrides =
                            byCategory.get(text.strip().toLowerCase(Locale.ROOT));
                    Double value = overrides == null ? null : overrides.get(parameter);
                    if (value != null) {
                        return value;
                    }
                }
            }
        }
        return get(parameter);
    }

    /** Whether any category or vendor override exists (when not, {@link #get(Parameter)} is all a rule needs). */
    public boolean hasItemOverrides() {
        return !byCategory.isEmpty() || !leadTimeByVendor.isEmpty();
    }

    /** The effective store-level values by parameter id, in declaration order (for results and {@code rules}). */
    public Map<String, Double> effective() {
        Map<String, Double> values = new LinkedHashMap<>();
        store.forEach((parameter, value) -> values.put(parameter.id(), value));
        return Collections.unmodifiableMap(values);
    }
}

package com.profitsentinel.app.config;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings the workflows use (workflows.md §0.5), each validated within its range.
 *
 * @param clearanceDiscount share of retail a clearance gives up (cost of inaction, transfers)
 * @param targetCoverDays days of stock a reorder or transfer aims at
 * @param staleAfterDays an analysis older than this is stale (digest, overview, transfers)
 * @param gmroiBenchmark the GMROI a store is compared with (reported industry average; unverified)
 * @param transferCost dollars one transfer costs
 * @param reactivationThreshold an acknowledged finding whose impact rose by more than this share is active again
 */
public record WorkflowSettings(
        double clearanceDiscount,
        int targetCoverDays,
        int staleAfterDays,
        double gmroiBenchmark,
        double transferCost,
        double reactivationThreshold) {
    /** A setting's name, its range and the value it has here. */
    public record Range(double minimum, double maximum, boolean whole) {
        boolean contains(double value) {
            return value >= minimum && value <= maximum && (!whole || value == Math.rint(value));
        }

        String text() {
            return (whole ? "a whole number" : "a number") + " from " + format(minimum) + " to " + format(maximum);
        }

        private static String format(double value) {
            return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
        }
    }

    /** Every setting's range, by name. */
    public static final Map<String, Range> RANGES = ranges();

    /** The defaults of workflows.md §0.5 (after {@link #RANGES}, which validation needs). */
    public static final WorkflowSettings DEFAULTS = new WorkflowSettings(0.30, 30, 7, 1.77, 0, 0.25);

    private static Map<String, Range> ranges() {
        Map<String, Range> ranges = new LinkedHashMap<>();
        ranges.put("clearance_discount", new Range(0, 0.95, false));
        ranges.put("target_cover_days", new Range(1, 365, true));
        ranges.put("stale_after_days", new Range(1, 365, true));
        ranges.put("gmroi_benchmark", new Range(0, 100, false));
        ranges.put("transfer_cost", new Range(0, 100_000, false));
        ranges.put("reactivation_threshold", new Range(0, 10, false));
        return java.util.Collections.unmodifiableMap(ranges);
    }

    public WorkflowSettings {
        check("clearance_discount", clearanceDiscount);
        check("target_cover_days", targetCoverDays);
        check("stale_after_days", staleAfterDays);
        check("gmroi_benchmark", gmroiBenchmark);
        check("transfer_cost", transferCost);
        check("reactivation_threshold", reactivationThreshold);
    }

    /** Thrown for a value outside its range; the message names the setting and the range. */
    public static final class InvalidSettingException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String setting;

        InvalidSettingException(String setting, String message) {
            super(message);
            this.setting = setting;
        }

        public String setting() {
            return setting;
        }
    }

    private static void check(String name, double value) {
        Range range = RANGES.get(name);
        if (range == null || !range.contains(value)) {
            throw new InvalidSettingException(
                    name, name + " must be " + (range == null ? "known" : range.text()) + ", not " + value + ".");
        }
    }

    /** The settings by name. */
    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("clearance_discount", clearanceDiscount);
        values.put("target_cover_days", targetCoverDays);
        values.put("stale_after_days", staleAfterDays);
        values.put("gmroi_benchmark", gmroiBenchmark);
        values.put("transfer_cost", transferCost);
        values.put("reactivation_threshold", reactivationThreshold);
        return values;
    }

    /**
     * These settings with some changed by name.
     *
     * @throws InvalidSettingException for an unknown name or a value outside its range
     */
    public WorkflowSettings with(Map<String, Double> changes) {
        Map<String, Double> merged = new LinkedHashMap<>();
        values().forEach((name, value) -> merged.put(name, ((Number) value).doubleValue()));
        changes.forEach((name, value) -> {
            if (!RANGES.containsKey(name)) {
                throw new InvalidSettingException(name, "\"" + name + "\" is not a workflow setting.");
            }
            check(name, value);
            merged.put(name, value);
        });
        return new WorkflowSettings(
                merged.getOrDefault("clearance_discount", clearanceDiscount),
                merged.getOrDefault("target_cover_days", (double) targetCoverDays)
                        .intValue(),
                merged.getOrDefault("stale_after_days", (double) staleAfterDays).intValue(),
                merged.getOrDefault("gmroi_benchmark", gmroiBenchmark),
                merged.getOrDefault("transfer_cost", transferCost),
                merged.getOrDefault("reactivation_threshold", reactivationThreshold));
    }
}

package com.profitsentinel.io.mapping;

import static java.util.Objects.requireNonNull;

import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import com.profitsentinel.io.table.Notice;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The mapping of a file's columns (columns.md §6.6, §6.7): one decision per column in file order, the fallbacks that
 * stand in for unmapped fields, what is missing, the units-sold period and the notices raised.
 *
 * @param profile the detected or forced POS profile, if any
 * @param columns one decision per column, in file order
 * @param fallbacks for unmapped fields, the column whose fallback field supplies them (field → header)
 * @param recommendedMissing important fields that are not mapped even through fallbacks, with the rules they disable
 * @param legacyCriticalMissing the legacy names of the unmapped fields among quantity, cost, revenue, sold and sku
 * @param unitsSoldPeriods the period of the units-sold column (header → period)
 * @param quantityDifferenceFlipped whether the difference column was found to be book − counted and is flipped
 * @param notices warnings and information ({@code FALLBACK_USED}, {@code COLUMN_LOOKS_WRONG}, ...)
 */
public record ColumnMapping(
        Optional<DetectedProfile> profile,
        List<MappingDecision> columns,
        Map<CanonicalField, String> fallbacks,
        List<MissingField> recommendedMissing,
        List<String> legacyCriticalMissing,
        Map<String, UnitsSoldPeriod> unitsSoldPeriods,
        boolean quantityDifferenceFlipped,
        List<Notice> notices) {

    /** An important field that is not mapped, and the rules that cannot run without it. */
    public record MissingField(CanonicalField field, List<String> rules) {
        public MissingField {
            requireNonNull(field, "field is null");
            rules = List.copyOf(rules);
        }
    }

    public ColumnMapping {
        requireNonNull(profile, "profile is null");
        columns = List.copyOf(columns);
        fallbacks = Collections.unmodifiableMap(new EnumMap<>(fallbacksOrEmpty(fallbacks)));
        recommendedMissing = List.copyOf(recommendedMissing);
        legacyCriticalMissing = List.copyOf(legacyCriticalMissing);
        unitsSoldPeriods = Collections.unmodifiableMap(new LinkedHashMap<>(unitsSoldPeriods));
        notices = List.copyOf(notices);
    }

    private static Map<CanonicalField, String> fallbacksOrEmpty(Map<CanonicalField, String> fallbacks) {
        return fallbacks.isEmpty() ? new EnumMap<>(CanonicalField.class) : fallbacks;
    }

    /** The column mapped to {@code field}, if any (fallbacks not considered). */
    public Optional<MappingDecision.Mapped> mapped(CanonicalField field) {
        for (MappingDecision decision : columns) {
            if (decision instanceof MappingDecision.Mapped mapped && mapped.field() == field) {
                return Optional.of(mapped);
            }
        }
        return Optional.empty();
    }

    /** Whether a SKU column exists, directly or through a fallback. */
    public boolean hasSku() {
        return mapped(CanonicalField.SKU).isPresent() || fallbacks.containsKey(CanonicalField.SKU);
    }

    /**
     * The blocking problems: {@code sku} when no SKU column exists even through fallbacks (columns.md §6.6.3). Empty
     * when the file can be analysed.
     */
    public List<CanonicalField> blockingMissing() {
        return hasSku() ? List.of() : List.of(CanonicalField.SKU);
    }

    /** Throws {@code NO_SKU_COLUMN} when the file has no item-number column. */
    public void requireSku(String displayName) {
        if (!hasSku()) {
            throw noSkuColumn(displayName);
        }
    }

    /** The {@code NO_SKU_COLUMN} error of columns.md §4 for a file, whatever its type. */
    public static ProfitSentinelException noSkuColumn(String displayName) {
        return new ProfitSentinelException(
                ErrorCode.NO_SKU_COLUMN,
                "No item-number column was found in \"" + displayName
                        + "\" (looked for SKU, item number, part number, UPC/barcode). Map one column to \"sku\".");
    }

    /** The suggestions in the legacy vocabulary (columns.md §6.1 "Legacy names"): header → legacy name or empty. */
    public Map<String, Optional<String>> legacySuggestions() {
        boolean categoryMapped = mapped(CanonicalField.CATEGORY).isPresent();
        Map<String, Optional<String>> legacy = new LinkedHashMap<>();
        for (MappingDecision decision : columns) {
            Optional<String> name = Optional.empty();
            if (decision instanceof MappingDecision.Mapped mapped) {
                name = LegacyNames.of(mapped.field(), categoryMapped);
            }
            legacy.put(decision.header(), name);
        }
        return legacy;
    }
}

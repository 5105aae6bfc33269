package com.profitsentinel.testing.samples;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * What the spec says one column of a sample maps to.
 *
 * @param header the header exactly as written in the file (a blank header is named {@code Column <letter>}, §2.6)
 * @param target the canonical field id, {@code extended}, a sales or purchase-order field id, or empty when the
 *     column stays unmapped
 * @param unitsSoldPeriod for a units-sold column, the period the spec states ({@code YTD}, {@code 365},
 *     {@code ASSUMED} ...)
 */
public record ExpectedColumn(String header, Optional<String> target, Optional<String> unitsSoldPeriod) {
    public ExpectedColumn {
        requireNonNull(header, "header is null");
        requireNonNull(target, "target is null");
        requireNonNull(unitsSoldPeriod, "unitsSoldPeriod is null");
        if (target.isPresent() && target.get().isBlank()) {
            throw new IllegalArgumentException("target of " + header + " is blank");
        }
        if (unitsSoldPeriod.isPresent() && !target.equals(Optional.of("units_sold"))) {
            throw new IllegalArgumentException("only a units_sold column has a period: " + header);
        }
    }

    /** A column mapped to {@code target}. */
    public static ExpectedColumn mapped(String header, String target) {
        return new ExpectedColumn(header, Optional.of(target), Optional.empty());
    }

    /** A units-sold column with its period. */
    public static ExpectedColumn unitsSold(String header, String period) {
        return new ExpectedColumn(header, Optional.of("units_sold"), Optional.of(period));
    }

    /** A column the spec leaves unmapped. */
    public static ExpectedColumn unmapped(String header) {
        return new ExpectedColumn(header, Optional.empty(), Optional.empty());
    }
}

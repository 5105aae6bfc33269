package com.profitsentinel.io.mapping;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One row of a POS header table (columns.md §9).
 *
 * @param header the header as exported
 * @param key its normalized key (§6.2); profile headers are matched by key
 * @param target what the header is
 * @param alternativeRank 0 for the profile's first choice for the target, 1 for the first alternative, ...
 * @param period the units-sold period the profile states for this header, if any
 */
public record ProfileHeader(
        String header, String key, ProfileTarget target, int alternativeRank, Optional<UnitsSoldPeriod> period) {
    public ProfileHeader {
        requireNonNull(header, "header is null");
        requireNonNull(key, "key is null");
        requireNonNull(target, "target is null");
        requireNonNull(period, "period is null");
        if (alternativeRank < 0) {
            throw new IllegalArgumentException("alternativeRank is negative: " + alternativeRank);
        }
    }
}

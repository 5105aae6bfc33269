package com.profitsentinel.testing.synthetic;

import static java.util.Objects.requireNonNull;

import com.profitsentinel.engine.finding.LeakType;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * One anomaly the generator injected, with its ground truth.
 *
 * @param key the record it was injected into
 * @param type the leak type it was made to show
 * @param variant how it was made (for example {@code last_sale} or {@code zero_sales_pile} for DEAD_STOCK; see
 *     docs/quality.md)
 * @param subtype the subtype the finding of {@code type} must carry (engine.md §6.4: {@code last_sale},
 *     {@code below_critical}, {@code stockout_imminent} …), empty when the type has a single path
 * @param expected every leak type the spec says the record must raise: {@code type} and the types that fire together
 *     with it by design (engine.md §6.5)
 */
public record InjectedAnomaly(ItemKey key, LeakType type, String variant, String subtype, Set<LeakType> expected) {
    public InjectedAnomaly {
        requireNonNull(key, "key is null");
        requireNonNull(type, "type is null");
        requireNonNull(variant, "variant is null");
        requireNonNull(subtype, "subtype is null");
        if (type == LeakType.DATA_QUALITY) {
            throw new IllegalArgumentException("DATA_QUALITY is not a leak");
        }
        if (!expected.contains(type) || expected.contains(LeakType.DATA_QUALITY)) {
            throw new IllegalArgumentException(
                    key + ": expected " + expected + " must contain " + type + " and no DATA_QUALITY");
        }
        expected = Collections.unmodifiableSet(EnumSet.copyOf(expected));
    }
}

package com.profitsentinel.engine.rules.legacy;

import static java.util.Objects.requireNonNull;

import com.profitsentinel.engine.finding.LegacyPrimitive;
import java.util.EnumMap;

/** One {@link PrimitiveTally} per primitive (engine.md §5.4). Not thread-safe. */
final class Tallies {
    private final EnumMap<LegacyPrimitive, PrimitiveTally> byPrimitive;

    Tallies() {
        byPrimitive = new EnumMap<>(LegacyPrimitive.class);
        for (LegacyPrimitive primitive : LegacyPrimitive.values()) {
            byPrimitive.put(primitive, new PrimitiveTally());
        }
    }

    private Tallies(EnumMap<LegacyPrimitive, PrimitiveTally> byPrimitive) {
        this.byPrimitive = byPrimitive;
    }

    PrimitiveTally get(LegacyPrimitive primitive) {
        return requireNonNull(byPrimitive.get(primitive), "every primitive has a tally");
    }

    /** An independent copy (a checkpoint). */
    Tallies copy() {
        EnumMap<LegacyPrimitive, PrimitiveTally> copy = new EnumMap<>(LegacyPrimitive.class);
        byPrimitive.forEach((primitive, tally) -> copy.put(primitive, tally.copy()));
        return new Tallies(copy);
    }
}

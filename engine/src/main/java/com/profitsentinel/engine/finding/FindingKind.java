package com.profitsentinel.engine.finding;

/**
 * What a finding is about: a {@link LeakType} of the {@code sentinel} engine or a {@link LegacyPrimitive} of the
 * {@code legacy} engine (engine.md §4.1 {@code leak_type}).
 */
public sealed interface FindingKind permits LeakType, LegacyPrimitive {
    /** The spelling in JSON and in finding IDs: the enum name for sentinel, the primitive key for legacy. */
    String id();

    /** The display title. */
    String title();
}

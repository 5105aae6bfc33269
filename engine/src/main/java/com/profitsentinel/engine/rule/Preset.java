package com.profitsentinel.engine.rule;

import java.util.Locale;
import java.util.Optional;

/** The named threshold sets a store chooses from (engine.md §6.1); conservative flags fewer items. */
public enum Preset {
    CONSERVATIVE,
    STANDARD,
    AGGRESSIVE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The preset with this name, case-insensitive. */
    public static Optional<Preset> byId(String id) {
        for (Preset preset : values()) {
            if (preset.id().equalsIgnoreCase(id.strip())) {
                return Optional.of(preset);
            }
        }
        return Optional.empty();
    }
}

package com.profitsentinel.engine.finding;

import java.util.Locale;

/** How urgent a finding is, lowest first (engine.md §4.1). */
public enum Severity {
    INFO,
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL;

    /** One level up, at most {@link #CRITICAL}. */
    public Severity raised() {
        return switch (this) {
            case INFO -> LOW;
            case LOW -> MEDIUM;
            case MEDIUM -> HIGH;
            case HIGH, CRITICAL -> CRITICAL;
        };
    }

    /** The spelling used in JSON ({@code high}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

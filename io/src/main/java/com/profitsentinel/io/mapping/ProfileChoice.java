package com.profitsentinel.io.mapping;

import static java.util.Objects.requireNonNull;

/** How the POS profile of a file is chosen: detected, turned off, or named by the user ({@code --pos ID}). */
public sealed interface ProfileChoice {
    /** Detect the profile from the headers (the default). */
    record Detect() implements ProfileChoice {}

    /** Use no profile: generic aliases, fuzzy matching and value sniffing only. */
    record Generic() implements ProfileChoice {}

    /** Use this profile whatever the headers say. */
    record Forced(PosProfile profile) implements ProfileChoice {
        public Forced {
            requireNonNull(profile, "profile is null");
        }
    }
}

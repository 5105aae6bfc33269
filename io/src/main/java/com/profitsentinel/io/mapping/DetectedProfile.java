package com.profitsentinel.io.mapping;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The POS profile recognized in a file and the marker headers that gave it away (columns.md §8).
 *
 * @param profile the profile
 * @param markersFound the file's headers that are markers of the profile, in file order
 */
public record DetectedProfile(PosProfile profile, List<String> markersFound) {
    public DetectedProfile {
        requireNonNull(profile, "profile is null");
        markersFound = List.copyOf(markersFound);
    }
}

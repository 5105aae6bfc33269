package com.profitsentinel.io.mapping;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A POS system's export layout: how to recognize it (fingerprint markers, columns.md §8) and what its headers mean
 * (header table, §9). Loaded from one data file per system by {@link PosProfiles}.
 *
 * @param id the profile id ({@code paladin_report_29})
 * @param name the display name ({@code Paladin POS (inventory report)})
 * @param confidence how far the profile is trusted
 * @param minimumMarkers how many markers must be present for detection
 * @param markers marker headers as plain keys (§8)
 * @param literalMarkers marker headers that count only when written exactly so (case-insensitive), for generic-looking
 *     spellings such as Paladin's {@code partnumber}, which must not fire on a header {@code Part Number}
 * @param markerPatterns header patterns that count as one marker when any header matches ({@code <store> - QOH})
 * @param requiredMarkers when not empty, at least one of these plain keys must be present too; those present count as
 *     hits (IdoSoft custom_1 needs one Paladin report marker besides its own)
 * @param exactHeaders when not empty, the profile matches only a file with exactly these headers in this order
 * @param firstLinePrefix when not empty, the profile matches a file whose first line starts with this text
 * @param headers the header table keyed by header key
 * @param patternHeaders header patterns and their targets, for families of headers ({@code Tax - <name> (<rate>)})
 */
public record PosProfile(
        String id,
        String name,
        ProfileConfidence confidence,
        int minimumMarkers,
        List<String> markers,
        List<String> literalMarkers,
        List<Pattern> markerPatterns,
        List<String> requiredMarkers,
        List<String> exactHeaders,
        String firstLinePrefix,
        Map<String, ProfileHeader> headers,
        List<Map.Entry<Pattern, ProfileTarget>> patternHeaders) {

    public PosProfile {
        requireNonNull(id, "id is null");
        requireNonNull(name, "name is null");
        requireNonNull(confidence, "confidence is null");
        markers = List.copyOf(markers);
        literalMarkers = List.copyOf(literalMarkers);
        markerPatterns = List.copyOf(markerPatterns);
        requiredMarkers = List.copyOf(requiredMarkers);
        exactHeaders = List.copyOf(exactHeaders);
        requireNonNull(firstLinePrefix, "firstLinePrefix is null");
        headers = Map.copyOf(headers);
        patternHeaders = List.copyOf(patternHeaders);
        if (minimumMarkers < 1) {
            throw new IllegalArgumentException(id + ": minimumMarkers must be at least 1: " + minimumMarkers);
        }
        if (markers.isEmpty()
                && literalMarkers.isEmpty()
                && markerPatterns.isEmpty()
                && exactHeaders.isEmpty()
                && firstLinePrefix.isEmpty()) {
            throw new IllegalArgumentException(id + ": a profile needs markers, exact headers or a first-line prefix");
        }
    }

    /** What the profile says of a header, by its key (§6.2) and then by the header patterns. */
    public Optional<ProfileHeader> lookup(String header) {
        ProfileHeader byKey = headers.get(HeaderKeys.key(header));
        if (byKey != null) {
            return Optional.of(byKey);
        }
        String clean = HeaderKeys.clean(header);
        for (Map.Entry<Pattern, ProfileTarget> entry : patternHeaders) {
            if (entry.getKey().matcher(clean).matches()) {
                return Optional.of(
                        new ProfileHeader(clean, HeaderKeys.key(clean), entry.getValue(), 0, Optional.empty()));
            }
        }
        return Optional.empty();
    }

    /** The first-choice score of a header with the given alternative rank (§6.3 profile tier). */
    public double score(int alternativeRank) {
        return confidence.firstChoiceScore() - 0.05 * alternativeRank;
    }
}

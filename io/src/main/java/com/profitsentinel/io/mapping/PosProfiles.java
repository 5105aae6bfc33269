package com.profitsentinel.io.mapping;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The registry of POS profiles, in the order of columns.md §8 (ties in detection go to the earlier profile). Each
 * profile is one data file {@code com/profitsentinel/io/pos/<id>.profile}; the order is the file {@code profiles.index}.
 *
 * <p>Profile file syntax, one directive per line ({@code #} starts a comment):
 *
 * <pre>
 * id: paladin_report_29
 * name: Paladin POS (inventory report)
 * confidence: high | medium | low
 * min-markers: 3 | any | all
 * marker: In Stock Qty.                 (a fingerprint header, compared by plain key)
 * marker-literal: partnumber          (a marker that counts only when the header is exactly this, ignoring case)
 * marker-pattern: (?i).+ - QOH          (a header pattern; counts as one marker)
 * marker-required-any: Margin @Cost     (at least one of these must be present too; present ones count as hits)
 * exact-headers: SKU, Quantity, Location, Who
 * first-line-prefix: Shipto:
 * SKU -&gt; sku                           (header table row: header -&gt; field | extended | location)
 * plvl_price1 -&gt; retail_price alt       (an alternative for a field listed earlier; scores 0.05 less per rank)
 * qtysold_ytd -&gt; units_sold period=YTD  (the units-sold period: days, YTD, QTD, MTD, WTD or ASSUMED)
 * ~ (?i)Tax - .* -&gt; extended           (a header pattern and its target)
 * </pre>
 */
public final class PosProfiles {
    private static final String ROOT = "/com/profitsentinel/io/pos/";
    private static final Pattern COMMA = Pattern.compile(",");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final List<PosProfile> ALL = loadAll();

    private PosProfiles() {}

    /** Every profile, in detection order. */
    public static List<PosProfile> all() {
        return ALL;
    }

    /** The profile with this id. */
    public static Optional<PosProfile> byId(String id) {
        return ALL.stream().filter(profile -> profile.id().equals(id)).findFirst();
    }

    private static List<PosProfile> loadAll() {
        List<PosProfile> profiles = new ArrayList<>();
        for (String line : readLines(ROOT + "profiles.index")) {
            profiles.add(parse(line, readLines(ROOT + line + ".profile")));
        }
        return List.copyOf(profiles);
    }

    /** Parses one profile file; {@code source} names it in error messages. */
    static PosProfile parse(String source, List<String> lines) {
        Map<String, String> settings = new HashMap<>();
        List<String> markers = new ArrayList<>();
        List<String> literalMarkers = new ArrayList<>();
        List<Pattern> markerPatterns = new ArrayList<>();
        List<String> requiredMarkers = new ArrayList<>();
        List<String> exactHeaders = new ArrayList<>();
        Map<String, ProfileHeader> headers = new LinkedHashMap<>();
        Map<ProfileTarget, Integer> ranks = new HashMap<>();
        List<Map.Entry<Pattern, ProfileTarget>> patternHeaders = new ArrayList<>();
        for (String line : lines) {
            try {
                int arrow = line.indexOf(" -> ");
                if (line.startsWith("~")) {
                    String pattern = line.substring(1, arrow).strip();
                    ProfileTarget target =
                            ProfileTarget.parse(line.substring(arrow + 4).strip());
                    patternHeaders.add(new AbstractMap.SimpleImmutableEntry<>(Pattern.compile(pattern), target));
                } else if (arrow > 0) {
                    addHeader(line, arrow, headers, ranks);
                } else {
                    int colon = line.indexOf(':');
                    if (colon < 0) {
                        throw new IllegalArgumentException("expected 'name: value' or 'header -> target'");
                    }
                    String name = line.substring(0, colon).strip();
                    String value = line.substring(colon + 1).strip();
                    switch (name) {
                        case "marker" -> markers.add(HeaderKeys.plainKey(value));
                        case "marker-literal" -> literalMarkers.add(value.toLowerCase(Locale.ROOT));
                        case "marker-pattern" -> markerPatterns.add(Pattern.compile(value));
                        case "marker-required-any" -> requiredMarkers.add(HeaderKeys.plainKey(value));
                        case "exact-headers" -> {
                            for (String header : COMMA.split(value, -1)) {
                                exactHeaders.add(header.strip());
                            }
                        }
                        case "id", "name", "confidence", "min-markers", "first-line-prefix" -> {
                            if (settings.put(name, value) != null) {
                                throw new IllegalArgumentException("'" + name + "' is given twice");
                            }
                        }
                        default -> throw new IllegalArgumentException("unknown directive '" + name + "'");
                    }
                }
            } catch (RuntimeException e) {
                throw new IllegalStateException("POS profile " + source + ": " + e.getMessage() + ": " + line, e);
            }
        }
        String id = required(settings, "id", source);
        if (!id.equals(source)) {
            throw new IllegalStateException("POS profile " + source + " declares id " + id);
        }
        int markerCount = markers.size() + literalMarkers.size() + markerPatterns.size();
        String minimum = settings.getOrDefault("min-markers", "any");
        int minimumMarkers =
                switch (minimum) {
                    case "any" -> 1;
                    case "all" -> Math.max(1, markerCount);
                    default -> Integer.parseInt(minimum);
                };
        return new PosProfile(
                id,
                required(settings, "name", source),
                ProfileConfidence.valueOf(
                        required(settings, "confidence", source).toUpperCase(Locale.ROOT)),
                minimumMarkers,
                markers,
                literalMarkers,
                markerPatterns,
                requiredMarkers,
                exactHeaders,
                settings.getOrDefault("first-line-prefix", ""),
                headers,
                patternHeaders);
    }

    private static void addHeader(
            String line, int arrow, Map<String, ProfileHeader> headers, Map<ProfileTarget, Integer> ranks) {
        String header = line.substring(0, arrow).strip();
        String[] words = WHITESPACE.split(line.substring(arrow + 4).strip(), -1);
        ProfileTarget target = ProfileTarget.parse(words[0]);
        boolean alternative = false;
        Optional<UnitsSoldPeriod> period = Optional.empty();
        for (int index = 1; index < words.length; index++) {
            if (words[index].equals("alt")) {
                alternative = true;
            } else if (words[index].startsWith("period=")) {
                period = Optional.of(UnitsSoldPeriod.parse(words[index].substring("period=".length())));
            } else {
                throw new IllegalArgumentException("unknown option '" + words[index] + "'");
            }
        }
        int rank = 0;
        if (target instanceof ProfileTarget.Field) {
            Integer previous = ranks.get(target);
            if (alternative != (previous != null)) {
                throw new IllegalArgumentException(
                        alternative ? "'alt' before any first choice for the field" : "a second first choice");
            }
            rank = previous == null ? 0 : previous + 1;
            ranks.put(target, rank);
        } else if (alternative) {
            throw new IllegalArgumentException("'alt' applies to fields only");
        }
        String key = HeaderKeys.key(header);
        ProfileHeader entry = new ProfileHeader(header, key, target, rank, period);
        ProfileHeader clash = headers.put(key, entry);
        if (clash != null) {
            throw new IllegalArgumentException("headers '" + clash.header() + "' and '" + header + "' have one key");
        }
    }

    private static String required(Map<String, String> settings, String name, String source) {
        String value = settings.get(name);
        if (value == null) {
            throw new IllegalStateException("POS profile " + source + " has no '" + name + "'");
        }
        return value;
    }

    private static List<String> readLines(String resource) {
        try (InputStream stream = PosProfiles.class.getResourceAsStream(resource)) {
            if (stream == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String content = stripComment(line);
                if (!content.isBlank()) {
                    lines.add(content.strip());
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static String stripComment(String line) {
        return line.strip().startsWith("#") ? "" : line;
    }
}

package com.profitsentinel.io.mapping;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The generic alias table (columns.md §10), loaded from {@code aliases.tsv}: for each header key, the fields it is an
 * exact alias of with their weights, plus every alias's folded tokens for the fuzzy tier. {@code qty_on_hand_secondary}
 * receives every {@code qty_on_hand} alias at 0.90.
 */
final class AliasTable {
    /**
     * One alias of a field.
     *
     * @param target the field id or {@code extended}
     * @param text the alias as written
     * @param tokens its folded tokens
     * @param weight its weight in the exact tier
     * @param discriminators the discriminating tokens it contains, as a bit mask ({@link Discriminators})
     */
    record Alias(String target, String text, List<String> tokens, double weight, long discriminators) {
        Alias(String target, String text, List<String> tokens, double weight) {
            this(target, text, tokens, weight, Discriminators.mask(tokens));
        }
    }

    private static final Pattern TAB = Pattern.compile("\t");
    private static final AliasTable GENERIC = load("/com/profitsentinel/io/mapping/aliases.tsv");

    private final Map<String, List<Alias>> byKey;
    private final List<Alias> fields;
    private final Set<String> extendedKeys;

    private AliasTable(List<Alias> aliases) {
        Map<String, List<Alias>> keys = new HashMap<>();
        Set<String> extended = new HashSet<>();
        for (Alias alias : aliases) {
            String key = String.join("", alias.tokens());
            if (alias.target().equals("extended")) {
                extended.add(key);
            } else {
                keys.computeIfAbsent(key, ignored -> new ArrayList<>()).add(alias);
            }
        }
        keys.replaceAll((key, list) -> List.copyOf(list));
        this.byKey = Map.copyOf(keys);
        this.fields = aliases.stream()
                .filter(alias -> !alias.target().equals("extended"))
                .toList();
        this.extendedKeys = Set.copyOf(extended);
    }

    static AliasTable generic() {
        return GENERIC;
    }

    /** The aliases (of real fields) whose key equals {@code key}. */
    List<Alias> exact(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    /** Whether {@code key} is an alias of the pseudo-target {@code extended}. */
    boolean isExtended(String key) {
        return extendedKeys.contains(key);
    }

    /** Every alias of a real field (for the fuzzy tier). */
    List<Alias> all() {
        return fields;
    }

    private static AliasTable load(String resource) {
        List<Alias> aliases = new ArrayList<>();
        try (InputStream stream = AliasTable.class.getResourceAsStream(resource)) {
            if (stream == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = TAB.split(line, -1);
                if (parts.length != 3) {
                    throw new IllegalStateException("bad alias line: " + line);
                }
                String target = parts[0].strip();
                if (!target.equals("extended") && CanonicalField.byId(target).isEmpty()) {
                    throw new IllegalStateException("alias of unknown field: " + line);
                }
                double weight = Double.parseDouble(parts[2].strip());
                Alias alias = new Alias(target, parts[1].strip(), HeaderKeys.tokens(parts[1]), weight);
                aliases.add(alias);
                if (target.equals(CanonicalField.QTY_ON_HAND.id())) {
                    aliases.add(
                            new Alias(CanonicalField.QTY_ON_HAND_SECONDARY.id(), alias.text(), alias.tokens(), 0.90));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return new AliasTable(aliases);
    }
}

package com.profitsentinel.io.mapping;

/** What a POS profile says a header is. */
public sealed interface ProfileTarget {
    /** A canonical field. */
    record Field(CanonicalField field) implements ProfileTarget {
        public Field {
            java.util.Objects.requireNonNull(field, "field is null");
        }
    }

    /** A recognized column the engines do not use; kept for display. */
    record Extended() implements ProfileTarget {}

    /**
     * A location column: {@code store_id} when its values look like stores, else {@code bin_location} (the location
     * rule, columns.md §6.3).
     */
    record Location() implements ProfileTarget {}

    /** Parses a profile file's target: a canonical field id, {@code extended} or {@code location}. */
    static ProfileTarget parse(String text) {
        return switch (text) {
            case "extended" -> new Extended();
            case "location" -> new Location();
            default ->
                new Field(CanonicalField.byId(text)
                        .orElseThrow(() -> new IllegalArgumentException("unknown profile target: " + text)));
        };
    }
}

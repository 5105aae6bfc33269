package com.profitsentinel.io.mapping;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** What became of one column of a file: mapped to a field, kept as extended, or left unmapped. */
public sealed interface MappingDecision {
    /** The header as named in the file (after renaming blanks and duplicates). */
    String header();

    /** The 0-based position of the column in the file. */
    int position();

    /** The confidence shown to the user: the assigned score, 1.0 for extended, 0 for unmapped. */
    double confidence();

    /** Where the decision came from. */
    MappingSource source();

    /** A column assigned to a canonical field. */
    record Mapped(String header, int position, CanonicalField field, double confidence, MappingSource source)
            implements MappingDecision {
        public Mapped {
            requireNonNull(header, "header is null");
            requireNonNull(field, "field is null");
            requireNonNull(source, "source is null");
            if (confidence <= 0 || confidence > 1) {
                throw new IllegalArgumentException("confidence must be in (0, 1]: " + confidence);
            }
        }
    }

    /** A recognized column the engines do not use, kept for display and export. */
    record Extended(String header, int position, MappingSource source) implements MappingDecision {
        public Extended {
            requireNonNull(header, "header is null");
            requireNonNull(source, "source is null");
        }

        @Override
        public double confidence() {
            return 1.0;
        }
    }

    /** A column mapped to nothing, with the fields it could have been (best first, at most 3). */
    record Unmapped(String header, int position, List<Candidate> alternatives, MappingSource source)
            implements MappingDecision {
        public Unmapped {
            requireNonNull(header, "header is null");
            requireNonNull(source, "source is null");
            alternatives = List.copyOf(alternatives);
        }

        @Override
        public double confidence() {
            return 0;
        }
    }

    /** A field a column could map to and its score. */
    record Candidate(CanonicalField field, double score) {
        public Candidate {
            requireNonNull(field, "field is null");
        }
    }
}

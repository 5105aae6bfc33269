package com.profitsentinel.io.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.profitsentinel.io.value.DateContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/** Builds mapping requests whose sample values are well-formed for each column's expected field. */
final class MappingFixtures {
    static final DateContext DATES = new DateContext(LocalDate.of(2025, 7, 1), ZoneId.of("America/New_York"), false);

    private MappingFixtures() {}

    /** A request for these headers with generated sample rows; {@code expected} gives each header's field id. */
    static MappingRequest request(List<String> headers, Map<String, String> expected, ProfileChoice choice) {
        return request(headers, expected, choice, Map.of());
    }

    static MappingRequest request(
            List<String> headers,
            Map<String, String> expected,
            ProfileChoice choice,
            Map<String, Optional<String>> overrides) {
        List<List<String>> rows = new ArrayList<>();
        for (int row = 0; row < 20; row++) {
            List<String> cells = new ArrayList<>();
            for (String header : headers) {
                cells.add(sampleValue(expected.getOrDefault(header, "text"), row));
            }
            rows.add(cells);
        }
        return new MappingRequest(headers, rows, DATES, choice, overrides, Map.of(), 365);
    }

    static MappingRequest request(List<String> headers, Map<String, String> expected) {
        return request(headers, expected, new ProfileChoice.Detect());
    }

    /** A well-formed value for a field id (or {@code extended}/{@code text}). */
    static String sampleValue(String field, int row) {
        Optional<CanonicalField> canonical = CanonicalField.byId(field);
        if (canonical.isEmpty()) {
            return "value " + row;
        }
        return switch (canonical.get().type()) {
            case ID ->
                canonical.get() == CanonicalField.BARCODE ? "0" + (71_234_500_000L + row) + "" : "A" + (1000 + row);
            case TEXT -> "HOSE GARDEN " + row;
            case CODE -> row % 2 == 0 ? "A" : "I";
            case QUANTITY -> Integer.toString(row % 7 + 1);
            case MONEY -> (row + 1) + ".49";
            case PERCENT -> "25." + row % 10;
            case DATE -> "202506" + String.format("%02d", row % 28 + 1);
            case FLAG -> row % 2 == 0 ? "Y" : "N";
        };
    }

    /** Header → target id ({@code extended}) or null, in file order. */
    static Map<String, String> targets(ColumnMapping mapping) {
        Map<String, String> targets = new LinkedHashMap<>();
        for (MappingDecision decision : mapping.columns()) {
            targets.put(decision.header(), target(decision));
        }
        return targets;
    }

    static String target(MappingDecision decision) {
        return switch (decision) {
            case MappingDecision.Mapped mapped -> mapped.field().id();
            case MappingDecision.Extended ignored -> "extended";
            case MappingDecision.Unmapped ignored -> "null";
        };
    }

    /** Header → confidence, in file order. */
    static Map<String, Double> confidences(ColumnMapping mapping) {
        Map<String, Double> confidences = new LinkedHashMap<>();
        for (MappingDecision decision : mapping.columns()) {
            confidences.put(decision.header(), decision.confidence());
        }
        return confidences;
    }

    /**
     * columns.md §11: every permutation of the columns gives the same suggestions and confidences, and no field
     * appears twice. Checks the reversed order and 25 seeded shuffles.
     */
    static void assertOrderIndependent(MappingRequest request) {
        ColumnMapping reference = ColumnMapper.map(request);
        assertNoFieldTwice(reference);
        Map<String, String> targets = targets(reference);
        Map<String, Double> confidences = confidences(reference);
        Random random = new Random(42);
        for (int attempt = 0; attempt < 26; attempt++) {
            List<Integer> order = new ArrayList<>();
            for (int column = 0; column < request.headers().size(); column++) {
                order.add(column);
            }
            if (attempt == 0) {
                Collections.reverse(order);
            } else {
                Collections.shuffle(order, random);
            }
            ColumnMapping permuted = ColumnMapper.map(permute(request, order));
            assertNoFieldTwice(permuted);
            assertThat(targets(permuted)).as("targets for order %s", order).isEqualTo(targets);
            assertThat(confidences(permuted))
                    .as("confidences for order %s", order)
                    .isEqualTo(confidences);
        }
    }

    static void assertNoFieldTwice(ColumnMapping mapping) {
        Set<CanonicalField> seen = new HashSet<>();
        for (MappingDecision decision : mapping.columns()) {
            if (decision instanceof MappingDecision.Mapped mapped) {
                assertThat(seen.add(mapped.field()))
                        .as("field %s mapped twice", mapped.field())
                        .isTrue();
            }
        }
    }

    private static MappingRequest permute(MappingRequest request, List<Integer> order) {
        List<String> headers = order.stream().map(request.headers()::get).toList();
        List<List<String>> rows = request.sampleRows().stream()
                .map(row -> order.stream().map(row::get).toList())
                .toList();
        return new MappingRequest(
                headers,
                rows,
                request.dates(),
                request.profileChoice(),
                request.overrides(),
                request.saved(),
                request.assumedUnitsSoldDays());
    }
}

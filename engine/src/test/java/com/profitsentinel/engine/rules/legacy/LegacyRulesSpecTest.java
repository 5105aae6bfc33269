package com.profitsentinel.engine.rules.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.profitsentinel.engine.finding.Formats;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every spec fixture of the registry ({@code rules/legacy/<id>.tsv}: the engine.md §12.1 rows that concern the
 * primitive) through its rule: the flag ({@code score > 0.1}) and the stored score (2 decimals).
 */
class LegacyRulesSpecTest {

    /** One fixture line. {@code expected} is the stored score, or NaN when the row must not be flagged. */
    record FixtureRow(String row, double q, double c, double r, double s, double mf, double st, double expected) {
        LegacyFields fields() {
            return LegacyFields.of(LegacyRecords.row(row, q, c, r, s, mf, st).build());
        }
    }

    static Stream<Arguments> fixtureRows() {
        List<Arguments> arguments = new ArrayList<>();
        for (LegacyRule rule : LegacyRules.all()) {
            String id = rule.descriptor().id();
            for (FixtureRow row : read(id)) {
                arguments.add(Arguments.of(Named.of(id + " " + row.row(), rule), row));
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtureRows")
    void flagsAndScoresTheSpecRow(LegacyRule rule, FixtureRow row) {
        double raw = rule.score(row.fields());

        boolean flagged = raw > LegacyAnalysis.FLAG_THRESHOLD;

        if (Double.isNaN(row.expected())) {
            assertThat(flagged)
                    .as("%s raw score %s must not be flagged", row.row(), raw)
                    .isFalse();
        } else {
            assertThat(flagged)
                    .as("%s raw score %s must be flagged", row.row(), raw)
                    .isTrue();
            assertThat(Formats.rounded(raw, 2)).as("%s stored score", row.row()).isEqualTo(row.expected());
        }
    }

    /** The rows of a fixture; {@code blank} is an empty cell, {@code -} "not flagged". */
    static List<FixtureRow> read(String id) {
        String resource = "/rules/legacy/" + id + ".tsv";
        List<FixtureRow> rows = new ArrayList<>();
        try (InputStream in =
                        Objects.requireNonNull(LegacyRulesSpecTest.class.getResourceAsStream(resource), resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("row\t")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                rows.add(new FixtureRow(
                        cells[0],
                        number(cells[1]),
                        number(cells[2]),
                        number(cells[3]),
                        number(cells[4]),
                        number(cells[5]),
                        number(cells[6]),
                        cells[7].equals("-") ? Double.NaN : Double.parseDouble(cells[7])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return rows;
    }

    private static double number(String cell) {
        return cell.equals("blank") ? Double.NaN : Double.parseDouble(cell);
    }
}

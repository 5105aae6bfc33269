package com.profitsentinel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code ./sentinel map} on every committed sample export (samples/, one per POS layout) gives the mapping written in
 * samples/expected/ from the spec's tables: the POS profile, the file type and each column's field.
 */
class MapSamplesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Path samples() {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null && !Files.isDirectory(directory.resolve("samples/expected"))) {
            directory = directory.getParent();
        }
        if (directory == null) {
            throw new IllegalStateException(
                    "no samples/expected above " + Path.of("").toAbsolutePath());
        }
        return directory.resolve("samples");
    }

    static Stream<String> sampleFiles() throws IOException {
        try (Stream<Path> files = Files.list(samples())) {
            List<String> names = files.filter(Files::isRegularFile)
                    .map(path -> path.getFileName().toString())
                    .filter(name -> !name.startsWith(".") && !name.equals("README.md"))
                    .sorted()
                    .toList();
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleFiles")
    void mapsTheSampleAsTheSpecSays(String name) throws IOException {
        JsonNode expected = JSON.readTree(
                samples().resolve("expected").resolve(name + ".json").toFile());

        SentinelTest.Run run = SentinelTest.run(
                "map", samples().resolve(name).toString(), "--format", "json", "--as-of", "2025-07-01");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode actual = run.json();
        assertThat(actual.get("pos").asText()).isEqualTo(expected.get("pos").asText());
        if (expected.has("file_type")) {
            assertThat(actual.get("file_type").asText())
                    .isEqualTo(expected.get("file_type").asText());
        }
        Map<String, String> wanted = new LinkedHashMap<>();
        expected.get("columns")
                .properties()
                .forEach(entry -> wanted.put(
                        entry.getKey().strip(),
                        entry.getValue().isNull() ? "null" : entry.getValue().asText()));
        Map<String, String> got = new LinkedHashMap<>();
        for (JsonNode column : actual.get("columns")) {
            got.put(
                    column.get("header").asText(),
                    column.get("field").isNull() ? "null" : column.get("field").asText());
        }
        assertThat(got).containsExactlyEntriesOf(wanted);
        if (expected.has("stores_detected")) {
            assertThat(actual.get("stores_detected")).isEqualTo(expected.get("stores_detected"));
        }
    }
}

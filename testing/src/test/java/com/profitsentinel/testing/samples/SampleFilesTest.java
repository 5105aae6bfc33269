package com.profitsentinel.testing.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden test: the repository's {@code samples/} directory is exactly what {@link SampleExports} writes now.
 * After a deliberate change to the generator, regenerate with {@code WriteSamples} (see {@code samples/README.md}).
 */
class SampleFilesTest {
    private static final String REGENERATE =
            "samples/ is out of date; regenerate it with WriteSamples as samples/README.md describes";

    static List<Named<Sample>> samples() {
        return SampleExports.all().stream()
                .map(sample -> Named.of(sample.fileName(), sample))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void committedSampleEqualsTheGeneratedOne(Sample sample) throws IOException {
        Path file = samplesDirectory().resolve(sample.fileName());

        assertThat(file).as(REGENERATE).exists();
        assertThat(Files.readAllBytes(file)).as(REGENERATE).isEqualTo(SampleExports.content(sample));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void committedExpectationEqualsTheGeneratedOne(Sample sample) throws IOException {
        Path file = samplesDirectory().resolve("expected").resolve(sample.fileName() + ".json");

        assertThat(file).as(REGENERATE).exists();
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .as(REGENERATE)
                .isEqualTo(SampleExports.expectation(sample));
    }

    @Test
    void committedReadmeEqualsTheGeneratedOne() throws IOException {
        assertThat(Files.readString(samplesDirectory().resolve("README.md"), StandardCharsets.UTF_8))
                .as(REGENERATE)
                .isEqualTo(SampleExports.readme());
    }

    @Test
    void holdsNoFileTheGeneratorDoesNotWrite() throws IOException {
        List<String> expected = new ArrayList<>(List.of("README.md", ".gitattributes"));
        // the engine's acceptance datasets, transcribed from engine.md §12.4 and §12.5 (native format)
        expected.addAll(List.of("spec/multi-store-20.csv", "spec/eight-rows.csv"));
        for (Sample sample : SampleExports.all()) {
            expected.add(sample.fileName());
            expected.add("expected/" + sample.fileName() + ".json");
        }
        Path directory = samplesDirectory();
        List<String> present;
        try (Stream<Path> files = Files.walk(directory)) {
            present = files.filter(Files::isRegularFile)
                    .map(file -> directory.relativize(file).toString().replace('\\', '/'))
                    .toList();
        }

        assertThat(present).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void writesAllFilesIntoAFreshDirectory(@TempDir Path directory) throws IOException {
        List<Path> written = SampleExports.writeAll(directory);

        assertThat(written).hasSize(2 * SampleExports.all().size() + 1);
        assertThat(directory.resolve("expected").resolve("square.xlsx.json")).exists();
        assertThat(Files.readAllBytes(directory.resolve("orgill-po.csv")))
                .isEqualTo(SampleExports.content(SampleExports.byFileName("orgill-po.csv")));
    }

    /** The repository's {@code samples/}, found by walking up from the working directory. */
    private static Path samplesDirectory() {
        Optional<Path> found = Optional.empty();
        for (Path directory = Path.of("").toAbsolutePath(); directory != null; directory = directory.getParent()) {
            if (Files.isDirectory(directory.resolve("samples"))) {
                found = Optional.of(directory.resolve("samples"));
                break;
            }
        }
        assertThat(found)
                .as("no samples/ directory above %s", Path.of("").toAbsolutePath())
                .isPresent();
        return found.orElseThrow();
    }
}

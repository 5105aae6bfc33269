package com.profitsentinel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The real {@code ./sentinel} launcher script as a newcomer runs it: a separate process, real exit codes, standard
 * output and error kept apart. Runs after {@code package}, so the launcher finds the jar built.
 */
class LauncherIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Result(int exitCode, String out, String err) {}

    private static Result sentinel(String... args) throws IOException, InterruptedException {
        Path root = MapSamplesTest.samples().getParent();
        List<String> command = new ArrayList<>();
        command.add(root.resolve("sentinel").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile());
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Result(
                process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void printsTheVersion() throws Exception {
        Result result = sentinel("--version");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("Profit Sentinel ");
    }

    @Test
    void mapsTheTwentyNineColumnPaladinReport() throws Exception {
        Result result = sentinel("map", "samples/paladin-report-29.csv", "--format", "json", "--as-of", "2025-07-01");

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode json = JSON.readTree(result.out());
        assertThat(json.get("pos").asText()).isEqualTo("paladin_report_29");
        assertThat(json.get("columns")).hasSize(29);
        assertThat(json.get("encoding").asText()).isEqualTo("windows-1252");
    }

    @Test
    void analyzesASampleExport() throws Exception {
        Result result = sentinel("analyze", "samples/paladin-report-29.csv", "--as-of", "2025-07-01");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("Annual profit at risk")
                .contains("paladin-report-29.csv (inventory, paladin_report_29)");
    }

    @Test
    void badInputExitsWithTwoAndAMessageOnStandardError() throws Exception {
        Result result = sentinel("analyze", "samples/no-such-file.csv");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("no-such-file.csv").contains("does not exist");
    }
}

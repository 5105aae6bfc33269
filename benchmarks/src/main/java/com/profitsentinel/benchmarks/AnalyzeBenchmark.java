package com.profitsentinel.benchmarks;

import com.profitsentinel.cli.Sentinel;
import com.profitsentinel.testing.samples.PaladinExportGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code ./sentinel analyze FILE --format json} in process and warm: read, map, normalize, detect, root causes, digest
 * and the JSON written (to a discarding stream). The score is the time per file (docs/benchmarks.md).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar AnalyzeBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx512m", "-XX:+UseSerialGC"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class AnalyzeBenchmark {
    /** One store's Paladin export. */
    @Param({"36452"})
    public long rows;

    @Param({"sentinel", "legacy"})
    public String engine;

    @Param({"json", "text"})
    public String format;

    private Path directory;
    private Path file;
    private final PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);

    @Setup(Level.Trial)
    public void writeExport() throws IOException {
        directory = Files.createTempDirectory("analyze-benchmark");
        file = directory.resolve("paladin-" + rows + ".csv");
        PaladinExportGenerator.write(file, rows, rows > 100_000 ? 100 : 1, 42);
    }

    @TearDown(Level.Trial)
    public void deleteExport() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(directory);
    }

    /** Returns the exit code so the work cannot be optimized away. */
    @Benchmark
    public int analyze() {
        int code = Sentinel.run(
                new String[] {
                    "analyze",
                    file.toString(),
                    "--as-of",
                    PaladinExportGenerator.AS_OF.toString(),
                    "--engine",
                    engine,
                    "--format",
                    format,
                    "--max-rows",
                    "5000000",
                    "--max-file-mb",
                    "2000"
                },
                discard,
                discard);
        if (code != 0) {
            throw new IllegalStateException("analyze failed with exit code " + code);
        }
        return code;
    }
}

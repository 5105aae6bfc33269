package com.profitsentinel.benchmarks;

import com.profitsentinel.engine.record.DataQualityNote;
import com.profitsentinel.engine.record.ItemRecord;
import com.profitsentinel.io.ingest.IngestLimits;
import com.profitsentinel.io.ingest.IngestRequest;
import com.profitsentinel.io.ingest.Ingestion;
import com.profitsentinel.io.normalize.RecordSink;
import com.profitsentinel.testing.samples.NativeExportGenerator;
import com.profitsentinel.testing.samples.PaladinExportGenerator;
import java.io.IOException;
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
 * Reading + mapping + normalizing an export end to end in one thread: file bytes to
 * {@code ItemRecord}s, as {@code ./sentinel analyze} does before the engines run. The score is the time per file;
 * rows per second = rows / score (docs/benchmarks.md).
 *
 * <p>Run: {@code java -Xmx512m -jar benchmarks/target/benchmarks.jar IngestBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx512m", "-XX:+UseSerialGC"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class IngestBenchmark {
    /** 36,452 rows is one store's Paladin export; 3,645,200 is the same for 100 stores. */
    @Param({"36452", "3645200"})
    public long rows;

    /** {@code paladin-29}: the 29-column Paladin inventory report; {@code native-11}: the 11-column native format. */
    @Param({"paladin-29", "native-11"})
    public String layout;

    private Path directory;
    private Path file;

    @Setup(Level.Trial)
    public void writeExport() throws IOException {
        directory = Files.createTempDirectory("ingest-benchmark");
        file = directory.resolve(layout + "-" + rows + ".csv");
        int stores = rows > 100_000 ? 100 : 1;
        if (layout.equals("native-11")) {
            NativeExportGenerator.write(file, rows, stores, 42);
        } else {
            PaladinExportGenerator.write(file, rows, stores, 42);
        }
    }

    @TearDown(Level.Trial)
    public void deleteExport() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(directory);
    }

    /** Reads the whole file; returns the number of records so the work cannot be optimized away. */
    @Benchmark
    public long readMapNormalize() {
        CountingSink sink = new CountingSink();
        Ingestion.ingest(
                IngestRequest.builder(file, PaladinExportGenerator.AS_OF)
                        .limits(IngestLimits.UNLIMITED)
                        .build(),
                sink);
        return sink.records;
    }

    /** Counts records and keeps a checksum of a few fields, like a consumer that reads them. */
    static final class CountingSink implements RecordSink {
        long records;
        double checksum;

        @Override
        public void record(ItemRecord record) {
            records++;
            checksum += record.onHandQuantity() + record.unitCost();
        }

        @Override
        public void note(DataQualityNote note) {}

        @Override
        public void restart() {
            records = 0;
            checksum = 0;
        }
    }
}

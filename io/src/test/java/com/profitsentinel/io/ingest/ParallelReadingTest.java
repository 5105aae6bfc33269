package com.profitsentinel.io.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.profitsentinel.engine.analysis.EvaluatedRecord;
import com.profitsentinel.engine.analysis.RecordEvaluator;
import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import com.profitsentinel.engine.record.DataQualityNote;
import com.profitsentinel.engine.record.ItemRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading a large text file on several threads gives exactly what reading it on one gives: the same records, notes and
 * rows in the same order, row numbers included — also when a quoted field with a line break spans a chunk cut.
 */
class ParallelReadingTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    @TempDir
    Path directory;

    @AfterEach
    void clearProperties() {
        System.clearProperty("sentinel.threads");
        System.clearProperty("sentinel.parallelMinBytes");
    }

    /** 1.3–4 MB of inventory with bad cells, blank lines, CRLF endings and quoted multi-line descriptions. */
    private Path inventory(boolean multiLine) throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        StringBuilder text = new StringBuilder("SKU,Description,Qty,Cost,Retail,Last Sold\r\n");
        for (int row = 0; row < 30_000; row++) {
            // every third row's description spans two lines, its first line long: most cuts fall inside quotes
            String description = multiLine && row % 3 == 0
                    ? "\"Hose, 50 ft " + "x".repeat(300) + "\r\nwith \"\"brass\"\" ends\""
                    : "Item " + row;
            String cost = row % 500 == 0 ? "abc" : Integer.toString(1 + random.nextInt(90)) + ".25";
            String sku = row % 1_000 == 3 ? "" : "SKU-" + row;
            text.append(sku)
                    .append(',')
                    .append(description)
                    .append(',')
                    .append(random.nextInt(200) - 20)
                    .append(',')
                    .append(cost)
                    .append(',')
                    .append(100 + random.nextInt(50))
                    .append(",05/0")
                    .append(1 + random.nextInt(9))
                    .append("/2025\r\n");
            if (row % 4_000 == 0) {
                text.append("\r\n");
            }
        }
        Path file = directory.resolve(multiLine ? "multi-line.csv" : "plain.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static List<String> read(Path file, int threads, boolean withEvaluator) {
        System.setProperty("sentinel.threads", Integer.toString(threads));
        System.setProperty("sentinel.parallelMinBytes", "1");
        List<String> events = new ArrayList<>();
        Ingestion.ingest(
                IngestRequest.builder(file, AS_OF)
                        .limits(IngestLimits.UNLIMITED)
                        .build(),
                new Recorder(events, withEvaluator));
        return events;
    }

    @Test
    void readsOnSeveralThreadsWhatOneThreadReads() throws IOException {
        Path file = inventory(false);

        List<String> sequential = read(file, 1, false);
        List<String> parallel = read(file, 2, false);

        assertThat(sequential).hasSizeGreaterThan(30_000);
        assertThat(parallel).containsExactlyElementsOf(sequential);
    }

    @Test
    void readsOnOneThreadFromACutThatFellInsideQuotes() throws IOException {
        Path file = inventory(true);

        List<String> sequential = read(file, 1, false);
        List<String> parallel = read(file, 3, false);

        assertThat(parallel).containsExactlyElementsOf(sequential);
        assertThat(sequential).anyMatch(event -> event.contains("Hose, 50 ft"));
    }

    @Test
    void handsRecordsToTheSinksEvaluatorOnTheReadingThreads() throws IOException {
        Path file = inventory(false);

        List<String> plain = read(file, 1, false);
        List<String> evaluated = read(file, 2, true);

        // the sample rows (the first 200) are read before the workers start and go to record()
        assertThat(evaluated.stream()
                        .map(event -> event.replaceFirst("^evaluated ", ""))
                        .toList())
                .containsExactlyElementsOf(plain);
        assertThat(evaluated.stream().filter(event -> event.startsWith("evaluated ")))
                .hasSizeGreaterThan(29_000);
    }

    @Test
    void aFilesThreadLimitCapsTheReadingThreads() {
        System.setProperty("sentinel.threads", "4");

        assertThat(Ingestion.threads(IngestLimits.DEFAULTS)).isEqualTo(4);
        assertThat(Ingestion.threads(IngestLimits.DEFAULTS.withMaxThreads(1))).isEqualTo(1);
        assertThat(Ingestion.threads(IngestLimits.DEFAULTS.withMaxThreads(8))).isEqualTo(4);
        assertThatThrownBy(() -> IngestLimits.DEFAULTS.withMaxThreads(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stopsAtTheRowLimitAsOneThreadDoes() throws IOException {
        Path file = inventory(false);
        System.setProperty("sentinel.threads", "2");
        System.setProperty("sentinel.parallelMinBytes", "1");

        assertThatThrownBy(() -> Ingestion.ingest(
                        IngestRequest.builder(file, AS_OF)
                                .limits(IngestLimits.UNLIMITED.withMaxRows(10_000))
                                .build(),
                        new Recorder(new ArrayList<>(), false)))
                .isInstanceOfSatisfying(ProfitSentinelException.class, error -> assertThat(error.code())
                        .isEqualTo(ErrorCode.TOO_MANY_ROWS));
    }

    /** Writes every event as text: records with their row and key fields, notes with their message. */
    private static final class Recorder implements com.profitsentinel.io.normalize.RecordSink {
        private final List<String> events;
        private final boolean withEvaluator;

        Recorder(List<String> events, boolean withEvaluator) {
            this.events = events;
            this.withEvaluator = withEvaluator;
        }

        @Override
        public void record(ItemRecord record) {
            events.add("record " + describe(record));
        }

        @Override
        public void note(DataQualityNote note) {
            events.add("note " + note.code() + " " + note.sourceRow() + " " + note.message());
        }

        @Override
        public Optional<RecordEvaluator> evaluator() {
            if (!withEvaluator) {
                return Optional.empty();
            }
            return Optional.of(new RecordEvaluator() {
                @Override
                public void note(DataQualityNote note) {}

                @Override
                public EvaluatedRecord evaluate(ItemRecord record) {
                    return () -> record;
                }
            });
        }

        @Override
        public void evaluated(EvaluatedRecord evaluated) {
            events.add("evaluated record " + describe(evaluated.record()));
        }

        @Override
        public void restart() {
            events.add("restart");
        }

        private static String describe(ItemRecord record) {
            return record.sourceRow() + " " + record.sku() + " " + record.description() + " " + record.onHandQuantity()
                    + " " + record.unitCost() + " " + record.lastSaleDate();
        }
    }
}

package com.profitsentinel.app.analysis;

import com.profitsentinel.engine.analysis.Analysis;
import com.profitsentinel.engine.analysis.AnalysisContext;
import com.profitsentinel.engine.analysis.AnalysisResult;
import com.profitsentinel.engine.analysis.Engine;
import com.profitsentinel.engine.analysis.EvaluatedRecord;
import com.profitsentinel.engine.analysis.InputCounts;
import com.profitsentinel.engine.analysis.RecordEvaluator;
import com.profitsentinel.engine.record.DataQualityNote;
import com.profitsentinel.engine.record.FileFacts;
import com.profitsentinel.engine.record.ItemRecord;
import com.profitsentinel.engine.record.PurchaseOrderLine;
import com.profitsentinel.engine.record.SalesLine;
import com.profitsentinel.io.csv.CsvTableReader;
import com.profitsentinel.io.ingest.IngestRequest;
import com.profitsentinel.io.ingest.Ingestion;
import com.profitsentinel.io.ingest.IngestionReport;
import com.profitsentinel.io.ingest.ProgressListener;
import com.profitsentinel.io.layout.FileType;
import com.profitsentinel.io.normalize.RecordSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads files into one engine analysis: the path {@code analyze} and {@code explain} share. Records stream from
 * ingestion straight into the engine; nothing but the engine's accumulators is kept.
 */
public final class EngineRun {
    private EngineRun() {}

    /**
     * What a run produced.
     *
     * @param reports one ingestion report per file, in the order given
     * @param result the engine's result
     * @param durationMillis wall time of ingestion and analysis
     */
    public record Outcome(List<IngestionReport> reports, AnalysisResult result, long durationMillis) {}

    public static Outcome run(
            List<IngestRequest> requests, Engine engine, AnalysisContext context, ProgressListener progress) {
        long start = System.nanoTime();
        List<IngestRequest> attempt = requests;
        while (true) {
            Analysis analysis = engine.start(context);
            AnalysisSink sink = new AnalysisSink(analysis);
            try {
                List<IngestionReport> reports = attempt.size() == 1
                        ? List.of(Ingestion.ingest(attempt.get(0), sink, progress))
                        : Ingestion.ingestAll(attempt, sink);
                long read = System.nanoTime();
                AnalysisResult result = analysis.finish(counts(reports));
                if (Boolean.getBoolean("sentinel.timing")) {
                    System.err.printf(
                            "sentinel: read and evaluate %d ms, finish %d ms%n",
                            (read - start) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
                }
                return new Outcome(reports, result, (System.nanoTime() - start) / 1_000_000);
            } catch (LateRestart restart) {
                attempt = withFallbackEncoding(attempt, restart.file);
            }
        }
    }

    /** Rows read and rejected over the inventory files (engine.md §3.3, §4.3). */
    public static InputCounts counts(List<IngestionReport> reports) {
        long read = 0;
        long rejected = 0;
        for (IngestionReport report : reports) {
            if (report.fileType() == FileType.INVENTORY) {
                read += report.rowsRead();
                rejected += report.rowsRejected();
            }
        }
        return new InputCounts(read, Math.min(rejected, read));
    }

    private static List<IngestRequest> withFallbackEncoding(List<IngestRequest> requests, String file) {
        List<IngestRequest> changed = new ArrayList<>(requests.size());
        for (IngestRequest request : requests) {
            if (request.displayName().equals(file) && request.encoding().isEmpty()) {
                String fallback = CsvTableReader.fallbackCharset(request.path()).displayName();
                changed.add(new IngestRequest(
                        request.path(),
                        request.displayName(),
                        request.settings(),
                        request.profile(),
                        request.overrides(),
                        request.saved(),
                        request.sheet(),
                        Optional.of(fallback),
                        request.delimiter(),
                        request.limits()));
            } else {
                changed.add(request);
            }
        }
        if (changed.equals(requests)) {
            throw new IllegalStateException("ingestion restarted \"" + file + "\" with its encoding already fixed");
        }
        return changed;
    }

    /**
     * Ingestion found a file not to be UTF-8 after its first records reached the engine, which cannot forget them: the
     * whole run starts again with the fallback encoding given for that file.
     */
    private static final class LateRestart extends RuntimeException {
        private static final long serialVersionUID = 1L;

        @SuppressWarnings("serial")
        private final String file;

        LateRestart(String file) {
            super(file, null, false, false);
            this.file = file;
        }
    }

    /** Passes ingestion's output to an analysis, remembering how much of the current file it has passed on. */
    private static final class AnalysisSink implements RecordSink {
        private final Analysis analysis;
        private String file = "";
        private long forwarded;

        AnalysisSink(Analysis analysis) {
            this.analysis = analysis;
        }

        private void forwarded(String sourceFile) {
            if (!sourceFile.equals(file)) {
                file = sourceFile;
                forwarded = 0;
            }
            forwarded++;
        }

        @Override
        public void beginFile(FileFacts facts) {
            file = facts.sourceFile();
            forwarded = 0;
            analysis.beginFile(facts);
        }

        @Override
        public void record(ItemRecord record) {
            forwarded(record.sourceFile());
            analysis.record(record);
        }

        @Override
        public Optional<RecordEvaluator> evaluator() {
            return analysis.evaluator();
        }

        @Override
        public void evaluated(EvaluatedRecord evaluated) {
            forwarded(evaluated.record().sourceFile());
            analysis.accept(evaluated);
        }

        @Override
        public void note(DataQualityNote note) {
            analysis.note(note);
        }

        @Override
        public void salesLine(SalesLine line) {
            forwarded(line.sourceFile());
            analysis.salesLine(line);
        }

        @Override
        public void purchaseOrderLine(PurchaseOrderLine line) {
            forwarded(line.sourceFile());
            analysis.purchaseOrderLine(line);
        }

        @Override
        public void restart() {
            if (forwarded > 0) {
                throw new LateRestart(file);
            }
            analysis.restartFile();
        }

        /** Lines of files read before the restarting one are not affected; only its own forwarded lines are. */
        @Override
        public void restart(String sourceFile) {
            if (sourceFile.equals(file) && forwarded > 0) {
                throw new LateRestart(file);
            }
            analysis.restartFile();
        }
    }
}

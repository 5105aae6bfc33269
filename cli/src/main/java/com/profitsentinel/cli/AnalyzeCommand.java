package com.profitsentinel.cli;

import com.profitsentinel.io.ingest.IngestRequest;
import com.profitsentinel.io.ingest.Ingestion;
import com.profitsentinel.io.ingest.IngestionReport;
import com.profitsentinel.io.ingest.ProgressListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./sentinel analyze FILE}: reads, maps and normalizes every row. Until the detection engines land it prints an
 * honest ingestion summary: rows read, rejected with reasons, mapped fields, data-quality problems.
 */
@Command(
        name = "analyze",
        description = "Analyze an inventory export and report what was found.",
        mixinStandardHelpOptions = true)
final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The export to analyze (CSV, TSV, TXT, XLSX or XLS).")
    Path file = Path.of("");

    @Mixin
    FileOptions options = new FileOptions();

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
    MapCommand.OutputFormat format = MapCommand.OutputFormat.TEXT;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "OUT",
            description = "Write the result to this file instead of standard output.")
    @Nullable
    Path out;

    private final Output output;

    AnalyzeCommand(Output output) {
        this.output = output;
    }

    @Override
    public Integer call() throws IOException {
        IngestRequest request = options.request(file);
        RecordSummary summary = new RecordSummary(request.settings().asOf());
        ProgressListener progress =
                ProgressBar.forFile(output.err(), file.getFileName().toString(), Files.size(file));
        IngestionReport report = Ingestion.ingest(request, summary, progress);
        Output target = out == null ? output : output.toFile(out);
        switch (format) {
            case TEXT -> target.text(ReportViews.analyzeText(report, summary));
            case JSON -> target.json(ReportViews.analyzeJson(report, summary));
        }
        target.close();
        return ExitCodes.OK;
    }
}

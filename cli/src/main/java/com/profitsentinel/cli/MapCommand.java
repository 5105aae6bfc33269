package com.profitsentinel.cli;

import com.profitsentinel.engine.record.DataQualityNote;
import com.profitsentinel.engine.record.ItemRecord;
import com.profitsentinel.io.ingest.IngestRequest;
import com.profitsentinel.io.ingest.Ingestion;
import com.profitsentinel.io.ingest.IngestionReport;
import com.profitsentinel.io.normalize.RecordSink;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./sentinel map FILE}: how the file was read and how its columns map to the canonical fields. */
@Command(
        name = "map",
        description = "Show how a file is read and how its columns map to Profit Sentinel's fields.",
        mixinStandardHelpOptions = true)
final class MapCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The export to read (CSV, TSV, TXT, XLSX or XLS).")
    Path file = Path.of("");

    @Mixin
    FileOptions options = new FileOptions();

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
    OutputFormat format = OutputFormat.TEXT;

    /** The output formats of {@code map}. */
    enum OutputFormat {
        TEXT,
        JSON
    }

    private final Output output;

    MapCommand(Output output) {
        this.output = output;
    }

    @Override
    public Integer call() {
        IngestRequest base = options.request(file);
        // map shows how every row reads; rejected rows are counted, never fatal here
        IngestRequest request = IngestRequest.builder(
                        base.path(), base.settings().asOf())
                .settings(base.settings())
                .profile(base.profile())
                .overrides(base.overrides())
                .sheet(base.sheet())
                .encoding(base.encoding())
                .delimiter(base.delimiter())
                .limits(base.limits().withErrorBudget(1.0, Long.MAX_VALUE))
                .build();
        IngestionReport report = Ingestion.ingest(request, new RecordSink() {
            @Override
            public void record(ItemRecord record) {}

            @Override
            public void note(DataQualityNote note) {}

            @Override
            public void restart() {}
        });
        switch (format) {
            case TEXT -> output.text(ReportViews.mapText(report));
            case JSON -> output.json(ReportViews.mapJson(report));
        }
        return ExitCodes.OK;
    }
}

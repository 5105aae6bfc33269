package com.profitsentinel.cli;

import com.profitsentinel.app.analysis.EngineRun;
import com.profitsentinel.app.output.JsonResultWriter;
import com.profitsentinel.app.output.LegacyJson;
import com.profitsentinel.engine.analysis.FindingListener;
import com.profitsentinel.engine.digest.Digest;
import com.profitsentinel.engine.digest.DigestRanker;
import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import com.profitsentinel.engine.rule.Parameters;
import com.profitsentinel.io.ingest.IngestRequest;
import com.profitsentinel.io.ingest.ProgressListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./sentinel analyze FILE...}: reads the exports (inventory, and optionally sales-detail, purchase-order and count
 * files of the same store), runs an engine and writes the result in the chosen format.
 */
@Command(
        name = "analyze",
        description =
                "Analyze an inventory export (plus optional sales, purchase-order and count files) for profit leaks.",
        mixinStandardHelpOptions = true)
final class AnalyzeCommand implements Callable<Integer> {
    @picocli.CommandLine.Parameters(
            index = "0..*",
            arity = "1..*",
            paramLabel = "FILE",
            description = "The export(s) to analyze (CSV, TSV, TXT, XLSX or XLS).")
    List<Path> files = new ArrayList<>();

    @Mixin
    FileOptions options = new FileOptions();

    @Mixin
    EngineOptions engineOptions = new EngineOptions();

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "text (default), json, legacy-json, html, ndjson or csv.")
    String format = "text";

    @Option(names = "--top", paramLabel = "K", description = "Groups in the digest, 1-100 (default: 5).")
    int top = 5;

    @Option(
            names = "--findings",
            paramLabel = "N",
            description = "Findings listed, largest first (default: 10 text, 200 html, 25000 json and legacy-json;"
                    + " ndjson and csv write every finding).")
    @Nullable
    Integer findings;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "OUT",
            description = "Write the result to this file instead of standard output.")
    @Nullable
    Path out;

    /**
     * Findings kept for {@code json}: enough for any single store, bounded so that a chain's file cannot exhaust the
     * heap (a finding with its evidence is about a kilobyte); every finding is in {@code ndjson} and {@code csv}.
     */
    static final int JSON_FINDINGS = 25_000;

    private final Output output;

    AnalyzeCommand(Output output) {
        this.output = output;
    }

    /** The output formats. */
    enum Format {
        TEXT,
        JSON,
        LEGACY_JSON,
        HTML,
        NDJSON,
        CSV;

        static Format of(String name) {
            for (Format format : values()) {
                if (format.name().replace('_', '-').equalsIgnoreCase(name.strip())) {
                    return format;
                }
            }
            throw new ProfitSentinelException(
                    ErrorCode.INVALID_PARAMETER,
                    "--format must be text, json, legacy-json, html, ndjson or csv, not \"" + name + "\".",
                    Map.of("parameter", "format"));
        }
    }

    @Override
    public Integer call() throws IOException {
        Format chosen = Format.of(format);
        List<IngestRequest> requests = new ArrayList<>();
        long bytes = 0;
        for (Path file : files) {
            requests.add(options.request(file));
            bytes += Files.size(file);
        }
        String label = files.size() == 1 ? files.get(0).getFileName().toString() : files.size() + " files";
        ProgressListener progress = ProgressBar.forFile(output.err(), label, bytes);
        Output target = out == null ? output : output.toFile(out);
        try {
            run(chosen, requests, progress, target);
        } finally {
            target.close();
        }
        return ExitCodes.OK;
    }

    private void run(Format chosen, List<IngestRequest> requests, ProgressListener progress, Output target) {
        Parameters parameters = engineOptions.parameters();
        @Nullable
        FindingStream stream =
                switch (chosen) {
                    case NDJSON -> FindingStream.ndjson(target);
                    case CSV -> FindingStream.csv(target);
                    case TEXT, JSON, LEGACY_JSON, HTML -> null;
                };
        FindingListener listener = stream == null ? FindingListener.NONE : stream;
        int retained =
                switch (chosen) {
                    case TEXT -> listed(10);
                    case HTML -> listed(200);
                    case JSON, LEGACY_JSON -> listed(JSON_FINDINGS);
                    case NDJSON, CSV -> 0;
                };
        EngineRun.Outcome outcome = EngineRun.run(
                requests,
                engineOptions.engine(),
                engineOptions.context(options.asOfDate(), listener, retained),
                progress);
        Digest digest =
                DigestRanker.rank(outcome.result().groups(), outcome.result().memberImpacts(), parameters, top);
        switch (chosen) {
            case TEXT -> target.text(ResultText.render(outcome, digest, retained));
            case JSON -> JsonResultWriter.analysis(target.stream(), outcome, digest);
            case LEGACY_JSON -> target.json(LegacyJson.response(outcome));
            case HTML -> target.text(HtmlReport.render(outcome, digest));
            case NDJSON, CSV -> {
                if (stream != null) {
                    stream.finish(outcome.result().dataQuality());
                }
            }
        }
    }

    private int listed(int otherwise) {
        int count = findings == null ? otherwise : findings;
        if (count < 0) {
            throw new ProfitSentinelException(
                    ErrorCode.INVALID_PARAMETER,
                    "--findings must be 0 or more, not " + count + ".",
                    Map.of("parameter", "findings"));
        }
        return count;
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}

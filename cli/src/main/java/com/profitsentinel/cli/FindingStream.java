package com.profitsentinel.cli;

import com.profitsentinel.app.output.CsvCells;
import com.profitsentinel.app.output.JsonResultWriter;
import com.profitsentinel.engine.analysis.FindingListener;
import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import com.profitsentinel.engine.finding.Finding;
import com.profitsentinel.engine.finding.Formats;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes findings the moment the engine makes them ({@code --format ndjson} and {@code csv}), so that a file of millions
 * of rows never holds its findings in memory. Data-quality findings, which the engine completes at the end, follow.
 */
abstract class FindingStream implements FindingListener {
    /** CSV columns, in order. */
    static final List<String> CSV_COLUMNS = List.of(
            "finding_id",
            "store_id",
            "sku",
            "description",
            "leak_type",
            "subtype",
            "annual_profit_at_risk",
            "capital_tied_up",
            "confidence",
            "severity",
            "trend",
            "legacy_primitive",
            "context",
            "source_row");

    private final Writer writer;

    private FindingStream(Writer writer) {
        this.writer = writer;
    }

    /** One JSON object per line (§4.1 finding shape). */
    static FindingStream ndjson(Output output) {
        Writer writer = output.writer();
        JsonResultWriter lines = JsonResultWriter.lines(writer);
        return new FindingStream(writer) {
            @Override
            void write(Writer ignored, Finding finding) {
                lines.line(finding);
            }

            @Override
            void flushFormat() {
                lines.flush();
            }
        };
    }

    /** RFC 4180 CSV with a header; text cells that a spreadsheet would run as a formula are defused. */
    static FindingStream csv(Output output) {
        FindingStream stream = new FindingStream(output.writer()) {
            @Override
            void write(Writer writer, Finding finding) {
                line(String.join(
                        ",",
                        text(finding.findingId()),
                        text(finding.storeId()),
                        text(finding.sku()),
                        text(finding.description()),
                        text(finding.kind().id()),
                        text(finding.subtype()),
                        Formats.plain(finding.annualProfitAtRisk(), 2),
                        Formats.plain(finding.capitalTiedUp(), 2),
                        JsonResultWriter.ratio(finding.confidence()),
                        text(finding.severity().id()),
                        text(finding.trend().name()),
                        text(finding.legacyPrimitive()
                                .map(primitive -> primitive.id())
                                .orElse("")),
                        text(finding.context()),
                        Long.toString(finding.sourceRow())));
            }
        };
        stream.line(String.join(",", CSV_COLUMNS));
        return stream;
    }

    abstract void write(Writer writer, Finding finding);

    /** Flushes what the format buffers itself, before the writer is flushed. */
    void flushFormat() {}

    @Override
    public void finding(Finding finding) {
        write(writer, finding);
    }

    /** Writes the data-quality findings and flushes. */
    void finish(List<Finding> dataQuality) {
        for (Finding finding : dataQuality) {
            write(writer, finding);
        }
        flushFormat();
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void line(String line) {
        try {
            writer.write(line);
            writer.write('\n');
        } catch (IOException e) {
            throw new ProfitSentinelException(
                    ErrorCode.INTERNAL_ERROR, "cannot write the output: " + e.getMessage(), e);
        }
    }

    /** One CSV text cell, defused against formula injection ({@link CsvCells#text}). */
    static String text(String value) {
        return CsvCells.text(value);
    }
}

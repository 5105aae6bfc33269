package com.profitsentinel.engine.rules.sentinel;

import com.profitsentinel.engine.analysis.Analysis;
import com.profitsentinel.engine.analysis.AnalysisContext;
import com.profitsentinel.engine.analysis.AnalysisResult;
import com.profitsentinel.engine.analysis.InputCounts;
import com.profitsentinel.engine.record.CostSource;
import com.profitsentinel.engine.record.FileFacts;
import com.profitsentinel.engine.record.ItemRecord;
import com.profitsentinel.engine.record.MarginInterpretation;
import com.profitsentinel.engine.record.QuantitySource;
import com.profitsentinel.engine.record.RetailSource;
import com.profitsentinel.engine.record.SeasonalSource;
import com.profitsentinel.engine.record.SkuSource;
import com.profitsentinel.engine.record.VelocityBasis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The spec's native fixtures ({@code samples/spec/*.csv}, engine.md §2.7) read into records the way ingestion maps
 * them, for engine tests that must not depend on the io module. The files have no quoting, so a comma split is exact.
 * The margin column of these files is markup (§12.4), which ingestion detects; here it is given.
 */
final class NativeRows {
    static final MarginInterpretation MARKUP = new MarginInterpretation(false, true);

    private NativeRows() {}

    /** The {@code samples/spec} directory, found from the working directory upwards. */
    static Path specSamples() {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null && !Files.isDirectory(directory.resolve("samples/spec"))) {
            directory = directory.getParent();
        }
        if (directory == null) {
            throw new IllegalStateException(
                    "no samples/spec above " + Path.of("").toAbsolutePath());
        }
        return directory.resolve("samples/spec");
    }

    static List<ItemRecord> read(String name, LocalDate asOf) {
        List<String> lines;
        try {
            lines = Files.readAllLines(specSamples().resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int asOfDay = (int) asOf.toEpochDay();
        List<ItemRecord> records = new ArrayList<>();
        for (int index = 1; index < lines.size(); index++) {
            String[] cells = lines.get(index).split(",", -1);
            double s30 = Double.parseDouble(cells[5]);
            ItemRecord.Builder builder = ItemRecord.builder()
                    .sourceFile(name)
                    .sourceRow(index + 1)
                    .storeId(cells[0])
                    .sku(cells[1], SkuSource.SKU)
                    .onHandQuantity(Double.parseDouble(cells[2]), QuantitySource.ON_HAND)
                    .unitCost(Double.parseDouble(cells[3]), CostSource.UNIT_COST)
                    .reportedMargin(Double.parseDouble(cells[4]), false)
                    .unitsSold(s30, 30)
                    .velocity(s30, VelocityBasis.PERIOD_30)
                    .lastReceiptDate(asOfDay - Integer.parseInt(cells[6]))
                    .retailPrice(Double.parseDouble(cells[7]), RetailSource.RETAIL)
                    .damaged(Boolean.parseBoolean(cells[8]))
                    .onOrderQuantity(Double.parseDouble(cells[9]));
            if (Boolean.parseBoolean(cells[10])) {
                builder.seasonal(SeasonalSource.EXPLICIT);
            }
            records.add(builder.build());
        }
        return records;
    }

    /** Runs the sentinel engine over a native fixture. */
    static AnalysisResult analyse(String name, AnalysisContext context) {
        List<ItemRecord> records = read(name, context.asOf());
        Analysis analysis = new SentinelEngine().start(context);
        analysis.beginFile(FileFacts.complete(name, MARKUP));
        for (ItemRecord record : records) {
            analysis.record(record);
        }
        return analysis.finish(new InputCounts(records.size(), 0));
    }
}

package com.profitsentinel.cli;

import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import com.profitsentinel.engine.record.CostBasis;
import com.profitsentinel.io.ingest.IngestLimits;
import com.profitsentinel.io.ingest.IngestRequest;
import com.profitsentinel.io.normalize.StoreSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The options that say how a file is read, shared by {@code analyze} and {@code map}. */
final class FileOptions {
    @Option(
            names = "--as-of",
            paramLabel = "YYYY-MM-DD",
            description = "Analysis date; every \"days since\" is measured to it (default: today).")
    @Nullable
    String asOf;

    @Option(
            names = "--store",
            paramLabel = "ID",
            description = "Store id for files without a store column (default: default).")
    String store = "default";

    @Option(
            names = "--pos",
            paramLabel = "ID",
            description = "Use this POS profile instead of detecting one; 'generic' for none.")
    String pos = "";

    @Option(
            names = "--mapping",
            paramLabel = "FILE.json",
            description = "Column mapping overrides: {\"Header\": \"field\" | \"extended\" | null}.")
    @Nullable
    Path mapping;

    @Option(
            names = "--sheet",
            paramLabel = "NAME",
            description = "Workbook sheet to read (default: the first with data).")
    @Nullable
    String sheet;

    @Option(
            names = "--encoding",
            paramLabel = "NAME",
            description = "Force the text encoding: UTF-8, Windows-1252, ISO-8859-1 or UTF-16.")
    @Nullable
    String encoding;

    @Option(names = "--delimiter", paramLabel = "CHAR", description = "Force the delimiter: ',', ';', '|' or 'tab'.")
    @Nullable
    String delimiter;

    @Option(names = "--cost-basis", paramLabel = "BASIS", description = "auto (default), primary, average or last.")
    String costBasis = "auto";

    @Option(
            names = "--time-zone",
            paramLabel = "ZONE",
            description = "The store's time zone (default: America/New_York).")
    String timeZone = "America/New_York";

    @Option(names = "--max-rows", paramLabel = "N", description = "Most data rows accepted (default: 500000).")
    long maxRows = IngestLimits.DEFAULTS.maxRows();

    @Option(names = "--max-file-mb", paramLabel = "MB", description = "Largest file accepted in MB (default: 200).")
    long maxFileMegabytes = IngestLimits.DEFAULTS.maxBytes() >> 20;

    @Option(
            names = "--max-rejected",
            paramLabel = "PERCENT",
            description = "Error budget: most rejected rows in percent (default: 5).")
    double maxRejectedPercent = 5;

    @Option(
            names = "--max-rejected-rows",
            paramLabel = "N",
            description = "Error budget: most rejected rows (default: 10000).")
    long maxRejectedRows = IngestLimits.DEFAULTS.maxRejectedRows();

    /** The ingestion request for {@code file}. */
    IngestRequest request(Path file) {
        if (!Files.exists(file)) {
            throw new ProfitSentinelException(ErrorCode.FILE_NOT_FOUND, "The file \"" + file + "\" does not exist.");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new ProfitSentinelException(ErrorCode.FILE_NOT_READABLE, "The file \"" + file + "\" cannot be read.");
        }
        StoreSettings defaults = StoreSettings.defaults(asOfDate());
        StoreSettings settings = new StoreSettings(
                defaults.asOf(),
                store.isBlank() ? "default" : store.strip(),
                zone(),
                false,
                costBasis(),
                defaults.assumedUnitsSoldDays(),
                defaults.fiscalYearStartMonth(),
                defaults.seasonalKeywords(),
                defaults.nonInventoryKeywords(),
                defaults.nonInventoryCategories());
        Map<String, Optional<String>> overrides = mapping == null ? Map.of() : MappingFile.read(mapping);
        if (maxRows < 1 || maxFileMegabytes < 1 || maxRejectedRows < 0) {
            throw usage("--max-rows and --max-file-mb must be at least 1, --max-rejected-rows at least 0");
        }
        if (!(maxRejectedPercent >= 0 && maxRejectedPercent <= 100)) {
            throw usage("--max-rejected must be a percentage within 0..100, not " + maxRejectedPercent);
        }
        return IngestRequest.builder(file, settings.asOf())
                .settings(settings)
                .profile(pos.strip())
                .overrides(overrides)
                .sheet(Optional.ofNullable(sheet))
                .encoding(Optional.ofNullable(encoding))
                .delimiter(delimiter())
                .limits(IngestLimits.DEFAULTS
                        .withMaxRows(maxRows)
                        .withMaxBytes(Math.multiplyExact(maxFileMegabytes, 1L << 20))
                        .withErrorBudget(maxRejectedPercent / 100, maxRejectedRows))
                .build();
    }

    LocalDate asOfDate() {
        if (asOf == null) {
            return LocalDate.now(zone());
        }
        try {
            return LocalDate.parse(asOf.strip());
        } catch (DateTimeParseException e) {
            throw usage("--as-of must be a date written YYYY-MM-DD, not \"" + asOf + "\"");
        }
    }

    private ZoneId zone() {
        try {
            return ZoneId.of(timeZone.strip());
        } catch (RuntimeException e) {
            throw usage("--time-zone must be a time-zone id such as America/Chicago, not \"" + timeZone + "\"");
        }
    }

    private CostBasis costBasis() {
        return switch (costBasis.strip().toLowerCase(Locale.ROOT)) {
            case "auto" -> CostBasis.AUTO;
            case "primary" -> CostBasis.PRIMARY;
            case "average" -> CostBasis.AVERAGE;
            case "last" -> CostBasis.LAST;
            default -> throw usage("--cost-basis must be auto, primary, average or last, not \"" + costBasis + "\"");
        };
    }

    private Optional<Character> delimiter() {
        if (delimiter == null) {
            return Optional.empty();
        }
        String value = delimiter.strip();
        if (value.equalsIgnoreCase("tab") || value.equals("\\t")) {
            return Optional.of('\t');
        }
        if (value.length() == 1 && ",;|\t".contains(value)) {
            return Optional.of(value.charAt(0));
        }
        throw usage("--delimiter must be ',', ';', '|' or 'tab', not \"" + delimiter + "\"");
    }

    static ProfitSentinelException usage(String message) {
        return new ProfitSentinelException(ErrorCode.USAGE, message);
    }
}

package com.profitsentinel.io.ingest;

import static java.util.Objects.requireNonNull;

import com.profitsentinel.io.normalize.StoreSettings;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What to read and how: the file, the store settings, the user's choices (profile, mapping, sheet, encoding,
 * delimiter) and the limits. Built with {@link #builder(Path, LocalDate)}.
 *
 * @param path the file
 * @param displayName the name used in messages (the upload's original name)
 * @param settings the store settings and analysis date
 * @param profile empty to detect the POS profile, {@code generic} for none, or a profile id
 * @param overrides the user's mapping: header → field id, {@code extended}, or empty to ignore the column
 * @param saved the store's saved mapping: header key → field id or {@code extended}
 * @param sheet the workbook sheet to read, or empty for the first one with data
 * @param encoding a forced text encoding, or empty to detect
 * @param delimiter a forced delimiter, or empty to detect
 * @param limits size, row and error-budget limits
 */
public record IngestRequest(
        Path path,
        String displayName,
        StoreSettings settings,
        String profile,
        Map<String, Optional<String>> overrides,
        Map<String, String> saved,
        Optional<String> sheet,
        Optional<String> encoding,
        Optional<Character> delimiter,
        IngestLimits limits) {

    public IngestRequest {
        requireNonNull(path, "path is null");
        requireNonNull(displayName, "displayName is null");
        requireNonNull(settings, "settings is null");
        requireNonNull(profile, "profile is null");
        overrides = Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
        saved = Map.copyOf(saved);
        requireNonNull(sheet, "sheet is null");
        requireNonNull(encoding, "encoding is null");
        requireNonNull(delimiter, "delimiter is null");
        requireNonNull(limits, "limits is null");
    }

    /** A builder for reading {@code path}, named by its file name, with default store settings and this date. */
    public static Builder builder(Path path, LocalDate asOf) {
        return new Builder(path, asOf);
    }

    /** Builds an {@link IngestRequest}; every option has a default. */
    public static final class Builder {
        private final Path path;
        private String displayName;
        private StoreSettings settings;
        private String profile = "";
        private Map<String, Optional<String>> overrides = Map.of();
        private Map<String, String> saved = Map.of();
        private Optional<String> sheet = Optional.empty();
        private Optional<String> encoding = Optional.empty();
        private Optional<Character> delimiter = Optional.empty();
        private IngestLimits limits = IngestLimits.DEFAULTS;

        private Builder(Path path, LocalDate asOf) {
            this.path = requireNonNull(path, "path is null");
            this.settings = StoreSettings.defaults(asOf);
            Path name = path.getFileName();
            this.displayName = name == null ? path.toString() : name.toString();
        }

        public Builder displayName(String value) {
            displayName = value;
            return this;
        }

        public Builder settings(StoreSettings value) {
            settings = value;
            return this;
        }

        /** The analysis date: all "days since" are measured to it. */
        public Builder asOf(LocalDate value) {
            settings = settings.withAsOf(value);
            return this;
        }

        public Builder profile(String value) {
            profile = value;
            return this;
        }

        public Builder overrides(Map<String, Optional<String>> value) {
            overrides = value;
            return this;
        }

        public Builder saved(Map<String, String> value) {
            saved = value;
            return this;
        }

        public Builder sheet(Optional<String> value) {
            sheet = value;
            return this;
        }

        public Builder encoding(Optional<String> value) {
            encoding = value;
            return this;
        }

        public Builder delimiter(Optional<Character> value) {
            delimiter = value;
            return this;
        }

        public Builder limits(IngestLimits value) {
            limits = value;
            return this;
        }

        public IngestRequest build() {
            return new IngestRequest(
                    path, displayName, settings, profile, overrides, saved, sheet, encoding, delimiter, limits);
        }
    }
}

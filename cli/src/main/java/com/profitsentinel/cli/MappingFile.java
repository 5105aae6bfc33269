package com.profitsentinel.cli;

import com.profitsentinel.app.analysis.MappingJson;
import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A user's mapping file for {@code --mapping}: a JSON object of column name → canonical field, {@code "extended"}, or
 * {@code null} to ignore the column (columns.md §6.8). Validation of names and targets happens in the mapper.
 */
final class MappingFile {

    private MappingFile() {}

    /** Reads the mapping in file order. */
    static Map<String, Optional<String>> read(Path path) {
        String text;
        try {
            text = Files.readString(path);
        } catch (NoSuchFileException e) {
            throw new ProfitSentinelException(
                    ErrorCode.FILE_NOT_FOUND, "The mapping file \"" + path + "\" does not exist.");
        } catch (IOException e) {
            throw new ProfitSentinelException(
                    ErrorCode.FILE_NOT_READABLE,
                    "The mapping file \"" + path + "\" could not be read: " + e.getMessage());
        }
        return MappingJson.parse(text);
    }
}

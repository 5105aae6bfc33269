package com.profitsentinel.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A user's mapping file for {@code --mapping}: a JSON object of column name → canonical field, {@code "extended"}, or
 * {@code null} to ignore the column (columns.md §6.8). Validation of names and targets happens in the mapper.
 */
final class MappingFile {
    private static final ObjectMapper JSON = new ObjectMapper();

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
        return parse(text);
    }

    /** Parses mapping JSON. */
    static Map<String, Optional<String>> parse(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ProfitSentinelException(
                    ErrorCode.MAPPING_INVALID_JSON, "Invalid mapping JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw invalid();
        }
        Map<String, Optional<String>> mapping = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            JsonNode value = entry.getValue();
            if (value.isNull()) {
                mapping.put(entry.getKey(), Optional.empty());
            } else if (value.isTextual()) {
                mapping.put(entry.getKey(), Optional.of(value.asText()));
            } else {
                throw invalid();
            }
        }
        return mapping;
    }

    private static ProfitSentinelException invalid() {
        return new ProfitSentinelException(
                ErrorCode.INVALID_MAPPING, "The mapping must be a JSON object of column name → target (or null).");
    }
}

package com.profitsentinel.app.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A user's column mapping as JSON: an object of column name → canonical or legacy field, {@code "extended"}, or
 * {@code null} to ignore the column (columns.md §6.8), from a {@code --mapping} file or the {@code mapping} form field of
 * {@code /analysis/analyze}. Validation of names and targets happens in the mapper.
 */
public final class MappingJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private MappingJson() {}

    /** Parses mapping JSON. */
    public static Map<String, Optional<String>> parse(String text) {
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

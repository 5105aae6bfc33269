package com.profitsentinel.server.history;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import com.profitsentinel.server.http.Json;
import java.io.IOException;

/** Reading members of stored result documents without reading the rest (their findings arrays are large). */
final class StoredDocuments {
    private StoredDocuments() {}

    /** The top-level member {@code name} of a JSON document, missing when absent. */
    static JsonNode member(byte[] document, String name) {
        try (JsonParser parser = Json.mapper().getFactory().createParser(document)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return MissingNode.getInstance();
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (name.equals(field)) {
                    return Json.mapper().readTree(parser);
                }
                parser.skipChildren();
            }
            return MissingNode.getInstance();
        } catch (IOException e) {
            throw new ProfitSentinelException(ErrorCode.INTERNAL_ERROR, "a stored result could not be read", e);
        }
    }

    /** The top-level members of a JSON document among {@code names}, read in one pass (absent ones are missing). */
    static java.util.Map<String, JsonNode> members(byte[] document, java.util.Set<String> names) {
        java.util.Map<String, JsonNode> members = new java.util.LinkedHashMap<>();
        try (JsonParser parser = Json.mapper().getFactory().createParser(document)) {
            if (parser.nextToken() == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.FIELD_NAME && members.size() < names.size()) {
                    String field = parser.currentName();
                    parser.nextToken();
                    if (names.contains(field)) {
                        members.put(field, Json.mapper().readTree(parser));
                    } else {
                        parser.skipChildren();
                    }
                }
            }
        } catch (IOException e) {
            throw new ProfitSentinelException(ErrorCode.INTERNAL_ERROR, "a stored result could not be read", e);
        }
        for (String name : names) {
            members.putIfAbsent(name, MissingNode.getInstance());
        }
        return members;
    }
}

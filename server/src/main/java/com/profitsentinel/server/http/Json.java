package com.profitsentinel.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;

/** JSON bodies of the server: one shared mapper (big decimals written as they are). */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private Json() {}

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Compact JSON text of a small document (audit before/after values). */
    public static String text(Object document) {
        return new String(bytes(document), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** UTF-8 JSON of a document made of maps, lists, strings, numbers, booleans and nulls. */
    public static byte[] bytes(Object document) {
        try {
            return MAPPER.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new ProfitSentinelException(ErrorCode.INTERNAL_ERROR, "a response could not be written as JSON", e);
        }
    }

    private static final com.fasterxml.jackson.core.type.TypeReference<java.util.LinkedHashMap<String, Object>> OBJECT =
            new com.fasterxml.jackson.core.type.TypeReference<>() {};

    /** A stored JSON object (a finding, a group) as an ordered map. */
    public static java.util.Map<String, Object> object(String document) {
        try {
            return MAPPER.readValue(document, OBJECT);
        } catch (JsonProcessingException e) {
            throw new ProfitSentinelException(ErrorCode.INTERNAL_ERROR, "a stored document could not be read", e);
        }
    }
}

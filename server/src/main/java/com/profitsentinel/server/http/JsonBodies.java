package com.profitsentinel.server.http;

import com.fasterxml.jackson.core.type.TypeReference;
import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** JSON request bodies of {@code /api/v1}: an object whose unknown fields are refused (api.md §1.2). */
public final class JsonBodies {
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

    private JsonBodies() {}

    public static Map<String, Object> object(Context context, List<String> known) {
        Map<String, Object> body;
        try {
            body = Json.mapper().readValue(context.bodyAsBytes(), OBJECT);
        } catch (IOException e) {
            throw new ProfitSentinelException(ErrorCode.BAD_REQUEST, "The body is not a JSON object.");
        }
        if (body == null) {
            throw new ProfitSentinelException(ErrorCode.BAD_REQUEST, "The body is not a JSON object.");
        }
        for (String field : body.keySet()) {
            if (!known.contains(field)) {
                throw Responses.invalidField(
                        field, "unknown_field", "\"" + field + "\" is not a field of this request.");
            }
        }
        return body;
    }
}

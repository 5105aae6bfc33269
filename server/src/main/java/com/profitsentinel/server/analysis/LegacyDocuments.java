package com.profitsentinel.server.analysis;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import com.profitsentinel.server.http.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The legacy document is stored without its {@code findings} member (the same array is in the native document); these
 * put it back. Both documents are compact JSON objects written by this server.
 */
public final class LegacyDocuments {
    private LegacyDocuments() {}

    /** {@code object} (a compact JSON object) with a {@code findings} member holding {@code findingsArray} appended. */
    public static byte[] withFindings(byte[] object, byte[] findingsArray) {
        return withMember(object, "findings", findingsArray);
    }

    /** {@code object} (a compact JSON object) with the member {@code name} holding the JSON {@code value} appended. */
    public static byte[] withMember(byte[] object, String name, byte[] value) {
        int end = object.length - 1;
        while (end >= 0 && object[end] != '}') {
            end--;
        }
        if (end < 1) {
            throw new IllegalArgumentException("not a JSON object");
        }
        byte[] member = Json.bytes(name);
        ByteArrayOutputStream output = new ByteArrayOutputStream(object.length + member.length + value.length + 4);
        output.write(object, 0, end);
        if (end > 1 || object[0] != '{') {
            output.write(',');
        }
        output.writeBytes(member);
        output.write(':');
        output.writeBytes(value);
        output.write('}');
        return output.toByteArray();
    }

    /** The bytes of the top-level {@code findings} array of a native result document ({@code []} when absent). */
    public static byte[] findingsOf(byte[] nativeDocument) {
        try (JsonParser parser = Json.mapper().getFactory().createParser(nativeDocument)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return "[]".getBytes(StandardCharsets.UTF_8);
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("findings".equals(name) && value == JsonToken.START_ARRAY) {
                    int start = (int) parser.currentTokenLocation().getByteOffset();
                    parser.skipChildren();
                    int end = (int) parser.currentLocation().getByteOffset();
                    return Arrays.copyOfRange(nativeDocument, start, end);
                }
                parser.skipChildren();
            }
            return "[]".getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ProfitSentinelException(ErrorCode.INTERNAL_ERROR, "a stored result could not be read", e);
        }
    }
}

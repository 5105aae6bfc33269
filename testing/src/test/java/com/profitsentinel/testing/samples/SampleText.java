package com.profitsentinel.testing.samples;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the text samples back the way columns.md §2.1–§2.2 describes: encoding fallback, delimiter, RFC 4180 quotes. */
final class SampleText {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private SampleText() {}

    static boolean isText(Sample sample) {
        return !sample.fileName().endsWith(".xlsx") && !sample.fileName().endsWith(".xls");
    }

    /** Strict UTF-8 (without a byte-order mark), else Windows-1252. */
    static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3
                : 0;
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    static char delimiter(Sample sample) {
        if (sample.fileName().equals("epicor-eagle.txt")) {
            return '|';
        }
        if (sample.fileName().endsWith(".tsv") || sample.fileName().equals("paladin-native.txt")) {
            return '\t';
        }
        return ',';
    }

    /** The records of a text sample, header first; quoted fields may hold delimiters and doubled quotes. */
    static List<List<String>> records(Sample sample) {
        String text = decode(SampleExports.content(sample));
        char delimiter = delimiter(sample);
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStart = true;
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            if (quoted) {
                if (character == '"' && index + 1 < text.length() && text.charAt(index + 1) == '"') {
                    field.append('"');
                    index++;
                } else if (character == '"') {
                    quoted = false;
                } else {
                    field.append(character);
                }
            } else if (character == '"' && fieldStart && delimiter != '|') {
                quoted = true;
                fieldStart = false;
            } else if (character == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                fieldStart = true;
            } else if (character == '\r' || character == '\n') {
                if (character == '\r' && index + 1 < text.length() && text.charAt(index + 1) == '\n') {
                    index++;
                }
                fields.add(field.toString());
                records.add(List.copyOf(fields));
                fields.clear();
                field.setLength(0);
                fieldStart = true;
            } else {
                field.append(character);
                fieldStart = false;
            }
        }
        if (!fields.isEmpty() || !field.isEmpty()) {
            fields.add(field.toString());
            records.add(List.copyOf(fields));
        }
        return records;
    }
}

package com.profitsentinel.testing.samples;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * How a delimited text sample is written: delimiter, line ending, encoding and byte-order mark. Fields are quoted as in
 * RFC 4180 when they contain the delimiter, a quote or a line break; pipe-delimited (Epicor DAFL) files are never
 * quoted.
 *
 * @param delimiter the field separator
 * @param lineEnding {@code \r\n} or {@code \n}
 * @param charset the encoding; characters it cannot encode are an error
 * @param byteOrderMark whether a UTF-8 byte-order mark starts the file
 */
record TextLayout(char delimiter, String lineEnding, Charset charset, boolean byteOrderMark) {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final TextLayout CSV_CRLF = new TextLayout(',', "\r\n", StandardCharsets.UTF_8, false);
    static final TextLayout CSV_LF = new TextLayout(',', "\n", StandardCharsets.UTF_8, false);

    TextLayout {
        requireNonNull(lineEnding, "lineEnding is null");
        requireNonNull(charset, "charset is null");
        if (!lineEnding.equals("\r\n") && !lineEnding.equals("\n")) {
            throw new IllegalArgumentException("lineEnding must be CRLF or LF");
        }
        if (byteOrderMark && !charset.equals(StandardCharsets.UTF_8)) {
            throw new IllegalArgumentException("a byte-order mark is written for UTF-8 only");
        }
    }

    /** Writes the header row and the data rows. */
    byte[] render(Table table) {
        StringBuilder text = new StringBuilder(4096);
        appendLine(text, table.headers());
        for (List<CellValue> row : table.rows()) {
            appendLine(text, row.stream().map(CellValue::asText).toList());
        }
        return encode(text.toString());
    }

    /** Writes lines exactly as given (for layouts such as Orgill's header block), each followed by the line ending. */
    byte[] renderLines(List<String> lines) {
        StringBuilder text = new StringBuilder(4096);
        for (String line : lines) {
            text.append(line).append(lineEnding);
        }
        return encode(text.toString());
    }

    private void appendLine(StringBuilder text, List<String> fields) {
        for (int index = 0; index < fields.size(); index++) {
            if (index > 0) {
                text.append(delimiter);
            }
            text.append(quoted(fields.get(index)));
        }
        text.append(lineEnding);
    }

    private String quoted(String field) {
        if (delimiter == '|') {
            // DAFL files are never quoted: a quote inside a field is literal (columns.md §2.1)
            if (field.indexOf('|') >= 0 || field.indexOf('\n') >= 0 || field.startsWith("\"")) {
                throw new IllegalArgumentException("cannot write this field unquoted in a pipe file: " + field);
            }
            return field;
        }
        boolean needsQuotes = field.indexOf(delimiter) >= 0
                || field.indexOf('"') >= 0
                || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0;
        return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }

    private byte[] encode(String text) {
        if (!charset.newEncoder().canEncode(text)) {
            throw new IllegalArgumentException("text cannot be encoded in " + charset);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length() + 3);
        if (byteOrderMark) {
            bytes.write(0xEF);
            bytes.write(0xBB);
            bytes.write(0xBF);
        }
        bytes.writeBytes(text.getBytes(charset));
        return bytes.toByteArray();
    }
}

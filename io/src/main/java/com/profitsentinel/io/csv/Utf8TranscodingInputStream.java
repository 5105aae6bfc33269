package com.profitsentinel.io.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns the characters of a reader (a UTF-16 file) into UTF-8 bytes, so the byte-level tokenizer can read them. */
final class Utf8TranscodingInputStream extends InputStream {
    private final Reader reader;
    private final CharsetEncoder encoder = StandardCharsets.UTF_8
            .newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final CharBuffer chars = CharBuffer.allocate(8192);
    private final ByteBuffer bytes = ByteBuffer.allocate(32768);
    private boolean endOfInput;

    Utf8TranscodingInputStream(Reader reader) {
        this.reader = reader;
        chars.flip();
        bytes.flip();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int read = read(one, 0, 1);
        return read < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        while (!bytes.hasRemaining()) {
            if (endOfInput && !chars.hasRemaining()) {
                return -1;
            }
            refill();
        }
        int count = Math.min(length, bytes.remaining());
        bytes.get(target, offset, count);
        return count;
    }

    @Override
    public int available() {
        return bytes.remaining();
    }

    private void refill() throws IOException {
        chars.compact();
        int read = endOfInput ? -1 : reader.read(chars);
        if (read < 0) {
            endOfInput = true;
        }
        chars.flip();
        bytes.clear();
        CoderResult result = encoder.encode(chars, bytes, endOfInput);
        if (result.isError()) {
            throw new IOException("cannot transcode the file to UTF-8");
        }
        if (endOfInput && !chars.hasRemaining()) {
            encoder.flush(bytes);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}

package com.profitsentinel.io.csv;

import java.io.IOException;
import java.io.InputStream;

/** At most {@code remaining} bytes of another stream; closing it closes the other stream. */
final class BoundedInputStream extends InputStream {
    private final InputStream input;
    private long remaining;

    BoundedInputStream(InputStream input, long length) {
        this.input = input;
        this.remaining = length;
    }

    @Override
    public int read() throws IOException {
        if (remaining <= 0) {
            return -1;
        }
        int value = input.read();
        if (value >= 0) {
            remaining--;
        }
        return value;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        if (remaining <= 0) {
            return -1;
        }
        int read = input.read(bytes, offset, (int) Math.min(length, remaining));
        if (read > 0) {
            remaining -= read;
        }
        return read;
    }

    @Override
    public void close() throws IOException {
        input.close();
    }
}

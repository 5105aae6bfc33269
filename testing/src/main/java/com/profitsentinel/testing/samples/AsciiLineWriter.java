package com.profitsentinel.testing.samples;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A buffered writer of ASCII fields for the large-file generators: numbers are written digit by digit into one
 * reusable byte buffer, so a row costs no string formatting. Not thread-safe; the caller closes the stream.
 */
final class AsciiLineWriter {
    private static final int CAPACITY = 1 << 16;
    private static final int FLUSH_AT = CAPACITY - 2048;

    private final OutputStream output;
    private final byte[] buffer = new byte[CAPACITY];
    private final byte[] digits = new byte[20];
    private final byte delimiter;
    private final byte[] lineEnding;
    private int position;

    AsciiLineWriter(OutputStream output, char delimiter, String lineEnding) {
        this.output = output;
        this.delimiter = (byte) delimiter;
        this.lineEnding = ascii(lineEnding);
    }

    /** Converts text that must be ASCII (checked once, when a generator builds its tables). */
    static byte[] ascii(String text) {
        byte[] bytes = new byte[text.length()];
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            if (character > 0x7E || (character < 0x20 && character != '\r' && character != '\n' && character != '\t')) {
                throw new IllegalArgumentException("not printable ASCII: " + text);
            }
            bytes[index] = (byte) character;
        }
        return bytes;
    }

    AsciiLineWriter bytes(byte[] text) {
        System.arraycopy(text, 0, buffer, position, text.length);
        position += text.length;
        return this;
    }

    AsciiLineWriter character(char character) {
        buffer[position++] = (byte) character;
        return this;
    }

    AsciiLineWriter delimiter() {
        buffer[position++] = delimiter;
        return this;
    }

    /** A whole number, with a minus sign when negative. */
    AsciiLineWriter number(long value) {
        long remaining = value;
        if (remaining < 0) {
            buffer[position++] = '-';
            remaining = -remaining;
        }
        int count = 0;
        do {
            digits[count++] = (byte) ('0' + remaining % 10);
            remaining /= 10;
        } while (remaining > 0);
        while (count > 0) {
            buffer[position++] = digits[--count];
        }
        return this;
    }

    /** A whole number left-padded with zeros to {@code width} digits (SKUs, barcodes, dates). */
    AsciiLineWriter zeroPadded(long value, int width) {
        long remaining = value;
        for (int index = width - 1; index >= 0; index--) {
            buffer[position + index] = (byte) ('0' + remaining % 10);
            remaining /= 10;
        }
        position += width;
        return this;
    }

    /** An amount in hundredths as a decimal with two places ({@code -1234} → {@code -12.34}). */
    AsciiLineWriter hundredths(long value) {
        return fixed(value, 100, 2);
    }

    /** An amount in tenths as a decimal with one place ({@code 259} → {@code 25.9}). */
    AsciiLineWriter tenths(long value) {
        return fixed(value, 10, 1);
    }

    private AsciiLineWriter fixed(long value, long scale, int places) {
        long magnitude = Math.abs(value);
        if (value < 0) {
            buffer[position++] = '-';
        }
        number(magnitude / scale);
        buffer[position++] = '.';
        return zeroPadded(magnitude % scale, places);
    }

    /** Ends the line and flushes the buffer when it is nearly full. */
    void endLine() throws IOException {
        bytes(lineEnding);
        if (position >= FLUSH_AT) {
            flush();
        }
    }

    /** Writes what is buffered to the stream. */
    void flush() throws IOException {
        output.write(buffer, 0, position);
        position = 0;
    }
}

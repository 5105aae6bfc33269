package com.profitsentinel.io.csv;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Splits delimited text into records straight from bytes, for every ASCII-compatible encoding (UTF-8, Windows-1252,
 * ISO-8859-1). RFC 4180 quoting with the lenient rules of columns.md §2.1: whitespace before an opening quote is allowed,
 * a quote inside an unquoted field is literal, quoted fields may hold delimiters and line breaks, line endings may be
 * CRLF, LF or CR. Physical line numbers are tracked so a record knows the line it starts on.
 *
 * <p>Fields are kept as offsets into the buffer; nothing is decoded until asked. When {@code validateUtf8} is set, the
 * bytes of every record are checked as strict UTF-8 and the first invalid sequence throws
 * {@link CharsetFallbackException}.
 */
final class CsvTokenizer {
    private static final int INITIAL_BUFFER = 1 << 20;
    private static final int MAX_RECORD_BYTES = 64 << 20;
    private static final byte QUOTE = '"';
    private static final byte CR = '\r';
    private static final byte LF = '\n';

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LOW_BITS = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long LF_PATTERN = LOW_BITS * LF;
    private static final long CR_PATTERN = LOW_BITS * CR;

    private final InputStream input;
    private final byte delimiter;
    private final long delimiterPattern;
    private final boolean validateUtf8;

    private byte[] buffer;
    private int position;
    private int limit;
    private boolean endOfInput;
    private long line = 1;
    /** Stream offset of {@code buffer[0]}. */
    private long base;

    private int fieldCount;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private boolean[] escaped = new boolean[64];
    private long recordLine;
    private boolean unterminated;

    CsvTokenizer(InputStream input, byte delimiter, boolean validateUtf8) {
        this(input, delimiter, validateUtf8, 1);
    }

    /** A tokenizer whose input starts at physical line {@code firstLine} of its file (a chunk of it). */
    CsvTokenizer(InputStream input, byte delimiter, boolean validateUtf8, long firstLine) {
        this(input, delimiter, validateUtf8, firstLine, new byte[INITIAL_BUFFER]);
    }

    /** A tokenizer over bytes already in memory: {@code data[0, length)}, all of its input. */
    CsvTokenizer(byte[] data, int length, byte delimiter, boolean validateUtf8, long firstLine) {
        this(InputStream.nullInputStream(), delimiter, validateUtf8, firstLine, data);
        this.limit = length;
        this.endOfInput = true;
    }

    /** As above, reading into {@code buffer} (reused across chunks by a reading thread; grown when a record needs it). */
    CsvTokenizer(InputStream input, byte delimiter, boolean validateUtf8, long firstLine, byte[] buffer) {
        this.buffer = buffer;
        this.line = firstLine;
        this.input = input;
        this.delimiter = delimiter;
        this.delimiterPattern = LOW_BITS * (delimiter & 0xFF);
        this.validateUtf8 = validateUtf8;
    }

    /**
     * Reads the next record, blank lines included (a blank line is one empty field). False at the end of input.
     *
     * @throws IOException when the input cannot be read
     */
    boolean next() throws IOException {
        while (true) {
            if (position >= limit && !fill()) {
                return false;
            }
            int start = position;
            long startLine = line;
            if (parseRecord()) {
                return true;
            }
            // the record ran past the buffered bytes: keep its bytes, read more and parse it again
            position = start;
            line = startLine;
            if (!compactAndFill()) {
                // no more input: parse what there is as the last record
                endOfInput = true;
                parseRecord();
                return true;
            }
        }
    }

    /** The physical line the next record starts on. */
    long line() {
        return line;
    }

    /** Stream offset of the first byte after the current record (where the next record starts). */
    long offset() {
        return base + position;
    }

    /** Number of fields in the current record. */
    int fieldCount() {
        return fieldCount;
    }

    /** The physical line (1-based) where the current record starts. */
    long recordLine() {
        return recordLine;
    }

    /** True when the current record ends inside a quoted field that was never closed (end of input). */
    boolean unterminated() {
        return unterminated;
    }

    byte[] buffer() {
        return buffer;
    }

    int start(int field) {
        return starts[field];
    }

    int end(int field) {
        return ends[field];
    }

    /** True when the field was quoted and contains doubled quotes that must be collapsed. */
    boolean escaped(int field) {
        return escaped[field];
    }

    /** The field's bytes with doubled quotes collapsed. */
    byte[] unescape(int field) {
        int from = starts[field];
        int to = ends[field];
        byte[] out = new byte[to - from];
        int length = 0;
        for (int index = from; index < to; index++) {
            out[length++] = buffer[index];
            if (buffer[index] == QUOTE && index + 1 < to && buffer[index + 1] == QUOTE) {
                index++;
            }
        }
        return Arrays.copyOf(out, length);
    }

    /**
     * Parses one record starting at {@link #position}. Returns false (leaving state to be reset) when the record is not
     * complete within the buffered bytes and more input may follow.
     */
    private boolean parseRecord() {
        recordLine = line;
        unterminated = false;
        fieldCount = 0;
        byte[] bytes = buffer;
        int index = position;
        int end = limit;
        while (true) {
            // one field
            int scan = index;
            while (scan < end && (bytes[scan] == ' ' || (bytes[scan] == '\t' && delimiter != '\t'))) {
                scan++;
            }
            if (scan < end && bytes[scan] == QUOTE) {
                int contentStart = scan + 1;
                boolean doubled = false;
                int cursor = contentStart;
                while (true) {
                    if (cursor >= end) {
                        if (!endOfInput) {
                            return false;
                        }
                        // unterminated quote: the rest of the input is this one field
                        addField(contentStart, end, doubled);
                        unterminated = true;
                        position = end;
                        return true;
                    }
                    byte value = bytes[cursor];
                    if (value == QUOTE) {
                        if (cursor + 1 >= end && !endOfInput) {
                            return false;
                        }
                        if (cursor + 1 < end && bytes[cursor + 1] == QUOTE) {
                            doubled = true;
                            cursor += 2;
                            continue;
                        }
                        break;
                    }
                    if (value == LF) {
                        line++;
                    } else if (value == CR) {
                        if (cursor + 1 >= end && !endOfInput) {
                            return false;
                        }
                        if (cursor + 1 >= end || bytes[cursor + 1] != LF) {
                            line++;
                        }
                    } else if (value < 0 && validateUtf8) {
                        int length = utf8SequenceLength(bytes, cursor, end);
                        if (length == 0) {
                            return false;
                        }
                        cursor += length;
                        continue;
                    }
                    cursor++;
                }
                int contentEnd = cursor;
                cursor++; // closing quote
                // anything up to the delimiter or the line end after the closing quote is ignored
                while (cursor < end && bytes[cursor] != delimiter && bytes[cursor] != LF && bytes[cursor] != CR) {
                    cursor++;
                }
                addField(contentStart, contentEnd, doubled);
                index = cursor;
            } else {
                int cursor = skipPlainBytes(bytes, index, end);
                while (cursor < end) {
                    byte value = bytes[cursor];
                    if (value == delimiter || value == LF || value == CR) {
                        break;
                    }
                    if (value < 0 && validateUtf8) {
                        int length = utf8SequenceLength(bytes, cursor, end);
                        if (length == 0) {
                            return false;
                        }
                        cursor += length;
                    } else {
                        cursor++;
                    }
                }
                addField(index, cursor, false);
                index = cursor;
            }
            // after a field: delimiter, line end, or end of buffer
            if (index >= end) {
                if (!endOfInput) {
                    return false;
                }
                position = end;
                return true;
            }
            byte separator = bytes[index];
            if (separator == delimiter) {
                index++;
                continue;
            }
            if (separator == CR) {
                if (index + 1 >= end && !endOfInput) {
                    return false;
                }
                index += (index + 1 < end && bytes[index + 1] == LF) ? 2 : 1;
            } else {
                index++;
            }
            line++;
            position = index;
            return true;
        }
    }

    /**
     * Skips, eight bytes at a time, the bytes that cannot end an unquoted field: no delimiter, no CR or LF, and (when
     * validating UTF-8) no byte with its high bit set. Returns the index of the first byte that needs a closer look.
     */
    private int skipPlainBytes(byte[] bytes, int index, int end) {
        int cursor = index;
        long highBits = validateUtf8 ? HIGH_BITS : 0;
        while (cursor + Long.BYTES <= end) {
            long word = (long) LONGS.get(bytes, cursor);
            long found = zeroBytes(word ^ delimiterPattern)
                    | zeroBytes(word ^ LF_PATTERN)
                    | zeroBytes(word ^ CR_PATTERN)
                    | (word & highBits);
            if (found != 0) {
                return cursor + (Long.numberOfTrailingZeros(found) >>> 3);
            }
            cursor += Long.BYTES;
        }
        return cursor;
    }

    /** High bit of each byte of {@code word} that is zero (exact for the lowest such byte, which is all we use). */
    private static long zeroBytes(long word) {
        return (word - LOW_BITS) & ~word & HIGH_BITS;
    }

    /**
     * Length of the valid UTF-8 sequence at {@code index}, or 0 when it is cut off by the end of the buffered bytes
     * (more input needed). Throws {@link CharsetFallbackException} for an invalid sequence.
     */
    private int utf8SequenceLength(byte[] bytes, int index, int end) {
        int lead = bytes[index] & 0xFF;
        int length;
        int minimum;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
            minimum = 0x80;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            minimum = 0x800;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            minimum = 0x10000;
        } else {
            throw new CharsetFallbackException();
        }
        if (index + length > end) {
            if (!endOfInput) {
                return 0;
            }
            throw new CharsetFallbackException();
        }
        int codePoint = lead & (0xFF >> (length + 1));
        for (int offset = 1; offset < length; offset++) {
            int next = bytes[index + offset] & 0xFF;
            if ((next & 0xC0) != 0x80) {
                throw new CharsetFallbackException();
            }
            codePoint = (codePoint << 6) | (next & 0x3F);
        }
        if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
            throw new CharsetFallbackException();
        }
        return length;
    }

    private void addField(int from, int to, boolean doubled) {
        if (fieldCount == starts.length) {
            int size = fieldCount * 2;
            starts = Arrays.copyOf(starts, size);
            ends = Arrays.copyOf(ends, size);
            escaped = Arrays.copyOf(escaped, size);
        }
        starts[fieldCount] = from;
        ends[fieldCount] = to;
        escaped[fieldCount] = doubled;
        fieldCount++;
    }

    /** Reads more input into an empty buffer; false at the end of input. */
    private boolean fill() throws IOException {
        if (endOfInput) {
            return false;
        }
        base += limit;
        position = 0;
        limit = 0;
        int read = readInto(0);
        if (read <= 0) {
            endOfInput = true;
            return false;
        }
        limit = read;
        return true;
    }

    /** Moves the unconsumed bytes to the front and reads more after them; false when no more input came. */
    private boolean compactAndFill() throws IOException {
        if (endOfInput) {
            return false;
        }
        int remaining = limit - position;
        base += position;
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, remaining);
        } else if (remaining == buffer.length) {
            if (buffer.length >= MAX_RECORD_BYTES) {
                throw new IOException("a single record is longer than " + (MAX_RECORD_BYTES >> 20) + " MB");
            }
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        position = 0;
        limit = remaining;
        int read = readInto(remaining);
        if (read <= 0) {
            return false;
        }
        limit += read;
        return true;
    }

    private int readInto(int offset) throws IOException {
        int total = 0;
        while (offset + total < buffer.length) {
            int read = input.read(buffer, offset + total, buffer.length - offset - total);
            if (read < 0) {
                break;
            }
            total += read;
            if (total > 0 && input.available() <= 0) {
                break;
            }
        }
        return total == 0 ? -1 : total;
    }
}

package com.profitsentinel.io.csv;

import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the rest of a text file into chunks that start on a line, for reading on several threads, and counts the line
 * breaks of a chunk so that each chunk knows the physical line it starts on (messages name rows by physical line).
 *
 * <p>A cut is made after the first line break at or after each nominal offset. It is speculative: a quoted field may
 * span that line break. The reader of the chunk before the cut then ends inside quotes (an unterminated last record),
 * which tells the caller to read on from that record in one piece.
 */
public final class CsvChunks {
    private static final byte LF = '\n';
    private static final byte CR = '\r';
    private static final int WINDOW = 1 << 16;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LOW_BITS = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long LF_PATTERN = LOW_BITS * LF;
    private static final long CR_PATTERN = LOW_BITS * CR;

    private CsvChunks() {}

    /** A byte range {@code [from, to)} of the file. */
    public record Chunk(long from, long to) {}

    /**
     * Chunks covering {@code [start, end)}, each about {@code chunkBytes} long, every cut right after a line break.
     *
     * @param path the file
     * @param displayName the name used in messages
     * @param start the offset where the first chunk starts (a row start)
     * @param end the file size
     * @param chunkBytes the nominal chunk length
     */
    public static List<Chunk> plan(Path path, String displayName, long start, long end, long chunkBytes) {
        List<Chunk> chunks = new ArrayList<>();
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            ByteBuffer window = ByteBuffer.allocate(WINDOW);
            long from = start;
            while (from < end) {
                long nominal = from + chunkBytes;
                long cut = nominal >= end ? end : lineStartAtOrAfter(channel, window, nominal, end);
                chunks.add(new Chunk(from, cut));
                from = cut;
            }
        } catch (IOException e) {
            throw unreadable(displayName, e);
        }
        return chunks;
    }

    /** The offset just after the first line break at or after {@code offset} (CR LF counts as one), or {@code end}. */
    private static long lineStartAtOrAfter(FileChannel channel, ByteBuffer window, long offset, long end)
            throws IOException {
        long position = offset;
        while (position < end) {
            window.clear();
            int read = channel.read(window, position);
            if (read <= 0) {
                return end;
            }
            for (int index = 0; index < read; index++) {
                byte value = window.get(index);
                if (value == LF) {
                    return position + index + 1;
                }
                if (value == CR) {
                    long next = position + index + 1;
                    if (next >= end) {
                        return end;
                    }
                    byte following = index + 1 < read ? window.get(index + 1) : peek(channel, next);
                    return following == LF ? next + 1 : next;
                }
            }
            position += read;
        }
        return end;
    }

    private static byte peek(FileChannel channel, long offset) throws IOException {
        ByteBuffer one = ByteBuffer.allocate(1);
        return channel.read(one, offset) == 1 ? one.get(0) : 0;
    }

    /**
     * The line breaks in {@code [from, to)}: each LF, and each CR not followed by an LF (the byte after {@code to} is
     * looked at for a CR at the very end). Used to give a chunk its first physical line. {@code buffer} is scratch space.
     */
    public static long lineBreaks(Path path, String displayName, long from, long to, byte[] buffer) {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            ByteBuffer wrapped = ByteBuffer.wrap(buffer);
            long count = 0;
            long position = from;
            while (position < to) {
                wrapped.clear();
                wrapped.limit((int) Math.min(buffer.length, to - position));
                int read = channel.read(wrapped, position);
                if (read <= 0) {
                    break;
                }
                count += countLineFeeds(buffer, read);
                if (hasCarriageReturn(buffer, read)) {
                    for (int index = 0; index < read; index++) {
                        if (buffer[index] == CR) {
                            byte following = index + 1 < read
                                    ? buffer[index + 1]
                                    : position + read < to || position + read < channel.size()
                                            ? peek(channel, position + read)
                                            : 0;
                            if (following != LF) {
                                count++;
                            }
                        }
                    }
                }
                position += read;
            }
            return count;
        } catch (IOException e) {
            throw unreadable(displayName, e);
        }
    }

    /**
     * The line breaks in {@code bytes[0, length)}: each LF, and each CR not followed by an LF ({@code next} is the byte
     * after the range, or -1 at the end of the file).
     */
    public static long lineBreaks(byte[] bytes, int length, int next) {
        long count = countLineFeeds(bytes, length);
        if (hasCarriageReturn(bytes, length)) {
            for (int index = 0; index < length; index++) {
                if (bytes[index] == CR && (index + 1 < length ? bytes[index + 1] : next) != LF) {
                    count++;
                }
            }
        }
        return count;
    }

    private static long countLineFeeds(byte[] bytes, int length) {
        long count = 0;
        int index = 0;
        for (; index + 8 <= length; index += 8) {
            long word = (long) LONGS.get(bytes, index);
            count += Long.bitCount(matches(word, LF_PATTERN));
        }
        for (; index < length; index++) {
            if (bytes[index] == LF) {
                count++;
            }
        }
        return count;
    }

    private static boolean hasCarriageReturn(byte[] bytes, int length) {
        int index = 0;
        for (; index + 8 <= length; index += 8) {
            if (matches((long) LONGS.get(bytes, index), CR_PATTERN) != 0) {
                return true;
            }
        }
        for (; index < length; index++) {
            if (bytes[index] == CR) {
                return true;
            }
        }
        return false;
    }

    /** One high bit per byte of {@code word} equal to the pattern's byte (exact: no false positives). */
    private static long matches(long word, long pattern) {
        long difference = word ^ pattern;
        return ~(((difference & ~HIGH_BITS) + ~HIGH_BITS) | difference) & HIGH_BITS;
    }

    private static ProfitSentinelException unreadable(String name, IOException cause) {
        return new ProfitSentinelException(
                ErrorCode.FILE_NOT_READABLE, "The file \"" + name + "\" could not be read.", cause);
    }
}

package com.profitsentinel.store.jdbc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * GZIP of stored documents, in memory. Level 1: on 8 MB of result JSON it compresses four times as fast as the default
 * level 6 (46 ms against 185 ms) for 13% more bytes (docs/decisions/0011-persistence.md has the figures).
 */
final class Gzip {
    static final int LEVEL = Deflater.BEST_SPEED;
    private static final int BUFFER = 64 * 1024;

    private Gzip() {}

    static byte[] compress(byte[] content) {
        return compress(content, LEVEL);
    }

    static byte[] compress(byte[] content, int level) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, content.length / 8));
        try (GZIPOutputStream gzip = new LeveledGzipOutputStream(out, level)) {
            gzip.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The content of {@code compressed}, which must be {@code length} bytes long; a different length or a damaged
     * stream (GZIP checks a CRC-32) is an {@link IllegalStateException}.
     */
    static byte[] decompress(byte[] compressed, long length) {
        if (length < 0 || length > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("stored document length is out of range: " + length);
        }
        byte[] content = new byte[(int) length];
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(compressed), BUFFER)) {
            int read = gzip.readNBytes(content, 0, content.length);
            if (read != content.length || gzip.read() != -1) {
                throw new IllegalStateException("stored document is not " + length + " bytes long when decompressed");
            }
        } catch (IOException e) {
            throw new IllegalStateException("stored document cannot be decompressed: " + e.getMessage(), e);
        }
        return content;
    }

    private static final class LeveledGzipOutputStream extends GZIPOutputStream {
        LeveledGzipOutputStream(ByteArrayOutputStream out, int level) throws IOException {
            super(out, BUFFER);
            def.setLevel(level);
        }
    }
}

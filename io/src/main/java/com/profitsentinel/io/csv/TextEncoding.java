package com.profitsentinel.io.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The encoding of a text file (columns.md §2.2): a byte-order mark decides; else many zero bytes mean UTF-16; else the
 * file is read as strict UTF-8 and, on the first invalid sequence, again as Windows-1252 (or ISO-8859-1 when it holds a
 * byte Windows-1252 leaves undefined).
 *
 * @param charset the charset to decode with
 * @param bomLength bytes of byte-order mark to skip
 * @param strictUtf8 whether the read must validate UTF-8 and fall back on the first invalid sequence
 */
public record TextEncoding(Charset charset, int bomLength, boolean strictUtf8) {
    /** Windows-1252, the usual encoding of Paladin and IdoSoft exports. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final int UTF16_PROBE_BYTES = 4096;

    /** Whether the charset is UTF-16 (the reader transcodes it to UTF-8 bytes). */
    public boolean utf16() {
        return charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE);
    }

    /** The name reported as {@code encoding_detected}: {@code utf-8}, {@code windows-1252}, ... */
    public String displayName() {
        return charset.name().toLowerCase(Locale.ROOT);
    }

    /** Detects the encoding from the first bytes of a file (at least the first 4 KB when the file is that long). */
    public static TextEncoding detect(byte[] head, int length) {
        if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new TextEncoding(StandardCharsets.UTF_8, 3, true);
        }
        if (length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new TextEncoding(StandardCharsets.UTF_16LE, 2, false);
        }
        if (length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new TextEncoding(StandardCharsets.UTF_16BE, 2, false);
        }
        int probe = Math.min(length, UTF16_PROBE_BYTES);
        int evenZeros = 0;
        int oddZeros = 0;
        for (int index = 0; index < probe; index++) {
            if (head[index] == 0) {
                if (index % 2 == 0) {
                    evenZeros++;
                } else {
                    oddZeros++;
                }
            }
        }
        int half = Math.max(1, probe / 2);
        if (oddZeros * 10 > half * 3) {
            return new TextEncoding(StandardCharsets.UTF_16LE, 0, false);
        }
        if (evenZeros * 10 > half * 3) {
            return new TextEncoding(StandardCharsets.UTF_16BE, 0, false);
        }
        return new TextEncoding(StandardCharsets.UTF_8, 0, true);
    }

    /** The encoding a user forced: {@code UTF-8}, {@code Windows-1252}, {@code ISO-8859-1} or {@code UTF-16}. */
    public static Optional<TextEncoding> forced(String name, byte[] head, int length) {
        String normalized = name.strip().toUpperCase(Locale.ROOT).replace('_', '-');
        return switch (normalized) {
            case "UTF-8", "UTF8" -> {
                boolean bom =
                        length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
                yield Optional.of(new TextEncoding(StandardCharsets.UTF_8, bom ? 3 : 0, false));
            }
            case "WINDOWS-1252", "CP1252" -> Optional.of(new TextEncoding(WINDOWS_1252, 0, false));
            case "ISO-8859-1", "LATIN-1", "LATIN1" ->
                Optional.of(new TextEncoding(StandardCharsets.ISO_8859_1, 0, false));
            case "UTF-16", "UTF16" -> {
                TextEncoding detected = detect(head, length);
                yield Optional.of(detected.utf16() ? detected : new TextEncoding(StandardCharsets.UTF_16LE, 0, false));
            }
            default -> Optional.empty();
        };
    }

    /**
     * The encoding to read a file with after it proved not to be UTF-8: ISO-8859-1 when the file contains any of the
     * bytes 81, 8D, 8F, 90, 9D (undefined in Windows-1252), else Windows-1252.
     */
    public static TextEncoding fallback(InputStream content) throws IOException {
        byte[] chunk = new byte[1 << 16];
        for (int read = content.read(chunk); read >= 0; read = content.read(chunk)) {
            for (int index = 0; index < read; index++) {
                int value = chunk[index] & 0xFF;
                if (value == 0x81 || value == 0x8D || value == 0x8F || value == 0x90 || value == 0x9D) {
                    return new TextEncoding(StandardCharsets.ISO_8859_1, 0, false);
                }
            }
        }
        return new TextEncoding(WINDOWS_1252, 0, false);
    }
}

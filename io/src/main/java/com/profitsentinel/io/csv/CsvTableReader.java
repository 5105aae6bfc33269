package com.profitsentinel.io.csv;

import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import com.profitsentinel.io.table.RowView;
import com.profitsentinel.io.table.TableReader;
import com.profitsentinel.io.value.DateColumnFormat;
import com.profitsentinel.io.value.DateResult;
import com.profitsentinel.io.value.NumberParser;
import com.profitsentinel.io.value.NumberResult;
import com.profitsentinel.io.value.NumberStyle;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

/**
 * Reads delimited text row by row from bytes (columns.md §2.1, §2.2). Encoding and delimiter are detected unless
 * forced. Blank rows are skipped; {@link RowView#sourceRow()} is the physical line where a row starts, so messages stay
 * right when quoted fields span lines. Numbers and dates are parsed from the byte buffer without decoding text.
 *
 * <p>While reading a file as UTF-8, the first invalid sequence throws {@link CharsetFallbackException}; the caller
 * starts again with {@link #fallbackCharset(Path)}.
 */
public final class CsvTableReader implements TableReader {
    private static final int HEAD_BYTES = DelimiterDetector.SAMPLE_BYTES;

    private final String displayName;
    private final TextEncoding encoding;
    private final byte delimiter;
    private final InputStream input;
    private final CsvTokenizer tokenizer;
    private final Row row = new Row();
    private final SharedTexts sharedTexts;
    /** File offset of the first byte the tokenizer reads. */
    private final long origin;

    private CsvTableReader(String displayName, TextEncoding encoding, byte delimiter, InputStream input) {
        this(
                displayName,
                encoding,
                delimiter,
                input,
                encoding.bomLength(),
                new CsvTokenizer(input, delimiter, encoding.strictUtf8()),
                new SharedTexts());
    }

    private CsvTableReader(
            String displayName,
            TextEncoding encoding,
            byte delimiter,
            InputStream input,
            long origin,
            CsvTokenizer tokenizer,
            SharedTexts sharedTexts) {
        this.sharedTexts = sharedTexts;
        this.origin = origin;
        this.displayName = displayName;
        this.encoding = encoding;
        this.delimiter = delimiter;
        this.input = input;
        this.tokenizer = tokenizer;
    }

    /**
     * Opens one chunk of a text file for parallel reading: the bytes {@code [from, to)} (file offsets, a whole number of
     * records starting at physical line {@code firstLine}), read with the encoding and delimiter of the whole file.
     * Not for UTF-16 files ({@link #offset()} is -1 for them). {@code buffer} is the tokenizer's buffer, reused across
     * the chunks of one reading thread (see {@link #buffer()} for the one to keep after it grew).
     */
    public static CsvTableReader openRange(
            Path path,
            String displayName,
            TextEncoding encoding,
            char delimiter,
            long from,
            long to,
            long firstLine,
            byte[] buffer) {
        if (encoding.utf16()) {
            throw new IllegalArgumentException("UTF-16 files are read in one piece");
        }
        try {
            FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
            channel.position(from);
            InputStream region = new BoundedInputStream(Channels.newInputStream(channel), to - from);
            return new CsvTableReader(
                    displayName,
                    encoding,
                    (byte) delimiter,
                    region,
                    from,
                    new CsvTokenizer(region, (byte) delimiter, encoding.strictUtf8(), firstLine, buffer),
                    new SharedTexts());
        } catch (IOException e) {
            throw unreadable(displayName, e);
        }
    }

    /**
     * Reads one chunk of a text file that is already in memory ({@code data[0, length)}, file offsets from
     * {@code origin}, starting at physical line {@code firstLine}), with the encoding and delimiter of the whole file and
     * a text cache the reading thread keeps across its chunks.
     */
    public static CsvTableReader openBytes(
            String displayName,
            TextEncoding encoding,
            char delimiter,
            byte[] data,
            int length,
            long origin,
            long firstLine,
            SharedTexts sharedTexts) {
        if (encoding.utf16()) {
            throw new IllegalArgumentException("UTF-16 files are read in one piece");
        }
        return new CsvTableReader(
                displayName,
                encoding,
                (byte) delimiter,
                InputStream.nullInputStream(),
                origin,
                new CsvTokenizer(data, length, (byte) delimiter, encoding.strictUtf8(), firstLine),
                sharedTexts);
    }

    /**
     * The file offset where the row after the current one starts (the byte order mark counted), or -1 for UTF-16 files,
     * whose bytes are transcoded.
     */
    public long offset() {
        return encoding.utf16() ? -1 : origin + tokenizer.offset();
    }

    /** The tokenizer's buffer, to hand to the next chunk of the same thread. */
    public byte[] buffer() {
        return tokenizer.buffer();
    }

    /** The physical line the row after the current one would start on (1-based). */
    public long nextLine() {
        return tokenizer.line();
    }

    /**
     * Opens a text file.
     *
     * @param path the file
     * @param displayName the name used in messages
     * @param forcedEncoding an encoding the user chose ({@code UTF-8}, {@code Windows-1252}, {@code ISO-8859-1},
     *     {@code UTF-16}), or empty to detect
     * @param forcedDelimiter a delimiter the user chose, or empty to detect
     */
    public static CsvTableReader open(
            Path path, String displayName, Optional<String> forcedEncoding, Optional<Character> forcedDelimiter) {
        try {
            byte[] head = new byte[HEAD_BYTES];
            int length;
            try (InputStream stream = Files.newInputStream(path)) {
                length = stream.readNBytes(head, 0, head.length);
            }
            TextEncoding encoding = forcedEncoding.isPresent()
                    ? TextEncoding.forced(forcedEncoding.get(), head, length)
                            .orElseThrow(() -> new ProfitSentinelException(
                                    ErrorCode.USAGE,
                                    "Unknown encoding \"" + forcedEncoding.get()
                                            + "\". Use UTF-8, Windows-1252, ISO-8859-1 or UTF-16."))
                    : TextEncoding.detect(head, length);
            return open(path, displayName, encoding, forcedDelimiter);
        } catch (IOException e) {
            throw unreadable(displayName, e);
        }
    }

    /** Opens a text file with a known encoding (after a {@link CharsetFallbackException}, the fallback encoding). */
    public static CsvTableReader open(
            Path path, String displayName, TextEncoding encoding, Optional<Character> forcedDelimiter) {
        try {
            byte[] sample = utf8Head(path, encoding);
            byte delimiter;
            if (forcedDelimiter.isPresent()) {
                delimiter = (byte) forcedDelimiter.get().charValue();
            } else {
                delimiter = DelimiterDetector.detect(sample, sample.length)
                        .orElseThrow(() -> new ProfitSentinelException(
                                ErrorCode.NOT_TABULAR,
                                "\"" + displayName + "\" does not contain a table with at least two columns."));
            }
            return new CsvTableReader(displayName, encoding, delimiter, content(path, encoding));
        } catch (IOException e) {
            throw unreadable(displayName, e);
        }
    }

    /** The encoding to use after the file proved not to be UTF-8 (columns.md §2.2 step 3). */
    public static TextEncoding fallbackCharset(Path path) {
        try (InputStream stream = Files.newInputStream(path)) {
            return TextEncoding.fallback(stream);
        } catch (IOException e) {
            throw unreadable(path.getFileName().toString(), e);
        }
    }

    /**
     * For a read that stops after the first rows (a preview): checks the whole file the way a full read as strict UTF-8
     * would, without tokenizing it, so the caller falls back to the same encoding a full read ends with. Does nothing
     * for an encoding that is not read as strict UTF-8.
     *
     * @throws CharsetFallbackException when the file holds an invalid UTF-8 sequence
     */
    public static void requireUtf8(Path path, String displayName, TextEncoding encoding) {
        if (!encoding.strictUtf8()) {
            return;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        try (InputStream stream = Files.newInputStream(path)) {
            stream.skipNBytes(encoding.bomLength());
            boolean end = false;
            while (!end) {
                int read = stream.read(bytes.array(), bytes.position(), bytes.remaining());
                end = read < 0;
                if (read > 0) {
                    bytes.position(bytes.position() + read);
                }
                bytes.flip();
                CoderResult result;
                do {
                    chars.clear();
                    result = decoder.decode(bytes, chars, end);
                    if (result.isError()) {
                        throw new CharsetFallbackException();
                    }
                } while (result.isOverflow());
                bytes.compact();
            }
        } catch (IOException e) {
            throw unreadable(displayName, e);
        }
    }

    /** The encoding the file is read with. */
    public TextEncoding encoding() {
        return encoding;
    }

    /** The delimiter character. */
    public char delimiter() {
        return (char) delimiter;
    }

    @Override
    public boolean next() {
        try {
            while (tokenizer.next()) {
                if (!blankRecord()) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw unreadable(displayName, e);
        }
    }

    @Override
    public RowView row() {
        return row;
    }

    @Override
    public List<String> sheetNames() {
        return List.of();
    }

    @Override
    public String sheetName() {
        return "";
    }

    @Override
    public void close() {
        try {
            input.close();
        } catch (IOException e) {
            throw unreadable(displayName, e);
        }
    }

    private boolean blankRecord() {
        if (tokenizer.unterminated()) {
            return false;
        }
        for (int field = 0; field < tokenizer.fieldCount(); field++) {
            if (!blankBytes(field)) {
                return false;
            }
        }
        return true;
    }

    private boolean blankBytes(int field) {
        byte[] bytes = tokenizer.buffer();
        for (int index = tokenizer.start(field); index < tokenizer.end(field); index++) {
            byte value = bytes[index];
            if (value != ' ' && value != '\t') {
                return false;
            }
        }
        return true;
    }

    private static byte[] utf8Head(Path path, TextEncoding encoding) throws IOException {
        try (InputStream stream = content(path, encoding)) {
            return stream.readNBytes(HEAD_BYTES);
        }
    }

    private static InputStream content(Path path, TextEncoding encoding) throws IOException {
        InputStream raw = Files.newInputStream(path);
        if (encoding.utf16()) {
            InputStream body = raw;
            body.skipNBytes(encoding.bomLength());
            return new Utf8TranscodingInputStream(new InputStreamReader(body, encoding.charset()));
        }
        raw.skipNBytes(encoding.bomLength());
        return new BufferedInputStream(raw, 1 << 16);
    }

    private static ProfitSentinelException unreadable(String name, IOException cause) {
        return new ProfitSentinelException(
                ErrorCode.FILE_NOT_READABLE, "The file \"" + name + "\" could not be read.", cause);
    }

    /** The charset to decode field bytes with: UTF-16 files arrive transcoded to UTF-8. */
    private Charset decodingCharset() {
        return encoding.utf16() ? StandardCharsets.UTF_8 : encoding.charset();
    }

    /**
     * Decodes trimmed field bytes. Only a field that begins or ends with a non-ASCII or control byte can carry other
     * whitespace at its ends (a no-break space, a line break inside quotes), so only such a field is stripped again.
     */
    static String decode(byte[] bytes, int from, int to, Charset charset) {
        String text = new String(bytes, from, to - from, charset);
        return bytes[from] <= ' ' || bytes[to - 1] <= ' ' ? text.strip() : text;
    }

    /** The current record seen as a row. */
    private final class Row implements RowView {
        @Override
        public long sourceRow() {
            return tokenizer.recordLine();
        }

        @Override
        public int size() {
            return tokenizer.fieldCount();
        }

        @Override
        public boolean isBlank(int column) {
            return column >= tokenizer.fieldCount() || blankBytes(column);
        }

        @Override
        public String text(int column) {
            return cell(column, false);
        }

        @Override
        public String sharedText(int column) {
            return cell(column, true);
        }

        /** The field's text without surrounding blanks; decoded once per distinct value when {@code shared}. */
        private String cell(int column, boolean shared) {
            if (column >= tokenizer.fieldCount()) {
                return "";
            }
            if (tokenizer.escaped(column)) {
                return new String(tokenizer.unescape(column), decodingCharset()).strip();
            }
            byte[] bytes = tokenizer.buffer();
            int from = tokenizer.start(column);
            int to = tokenizer.end(column);
            while (from < to && (bytes[from] == ' ' || bytes[from] == '\t')) {
                from++;
            }
            while (to > from && (bytes[to - 1] == ' ' || bytes[to - 1] == '\t')) {
                to--;
            }
            if (from == to) {
                return "";
            }
            return shared
                    ? sharedTexts.lookup(column, bytes, from, to, decodingCharset())
                    : decode(bytes, from, to, decodingCharset());
        }

        @Override
        public void number(int column, NumberStyle style, NumberResult out) {
            if (column >= tokenizer.fieldCount()) {
                out.setMissing();
            } else if (tokenizer.escaped(column)) {
                NumberParser.parse(text(column), style, out);
            } else {
                NumberParser.parse(
                        tokenizer.buffer(),
                        tokenizer.start(column),
                        tokenizer.end(column),
                        decodingCharset(),
                        style,
                        out);
            }
        }

        @Override
        public void date(int column, DateColumnFormat format, DateResult out) {
            if (column >= tokenizer.fieldCount()) {
                out.setMissing();
            } else if (tokenizer.escaped(column)) {
                format.parse(text(column), out);
            } else {
                format.parse(
                        tokenizer.buffer(), tokenizer.start(column), tokenizer.end(column), decodingCharset(), out);
            }
        }

        @Override
        public boolean unterminatedQuote() {
            return tokenizer.unterminated();
        }
    }
}

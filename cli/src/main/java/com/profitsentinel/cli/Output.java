package com.profitsentinel.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a command writes: standard output (or a file given with {@code -o}) and standard error. */
final class Output implements AutoCloseable {
    /** Jackson's object mapper is loaded only by the commands that print JSON (start-up time matters). */
    private static final class Mappers {
        static final ObjectMapper INDENTED = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        static final ObjectMapper COMPACT = new ObjectMapper();

        private Mappers() {}
    }

    private final PrintStream out;
    private final PrintStream err;
    private final boolean ownsOut;

    Output(PrintStream out, PrintStream err) {
        this(out, err, false);
    }

    private Output(PrintStream out, PrintStream err, boolean ownsOut) {
        this.out = out;
        this.err = err;
        this.ownsOut = ownsOut;
    }

    PrintStream err() {
        return err;
    }

    /** The same output with standard output replaced by a file. */
    Output toFile(Path path) {
        try {
            OutputStream stream = Files.newOutputStream(path);
            return new Output(new PrintStream(stream, false, StandardCharsets.UTF_8), err, true);
        } catch (IOException e) {
            throw new ProfitSentinelException(
                    ErrorCode.FILE_NOT_READABLE, "Cannot write \"" + path + "\": " + e.getMessage());
        }
    }

    /** Standard output (or the file) as bytes, for writers that encode UTF-8 themselves; flush it when done. */
    OutputStream stream() {
        return out;
    }

    /** A buffered writer on standard output (or the file) for streamed formats; flush it when done. */
    Writer writer() {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    /** One JSON value on one line. */
    static String jsonLine(Object value) {
        try {
            return Mappers.COMPACT.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new ProfitSentinelException(ErrorCode.INTERNAL_ERROR, "cannot write JSON: " + e.getMessage(), e);
        }
    }

    void text(String text) {
        out.print(text);
        out.flush();
    }

    void json(Object value) {
        try {
            out.println(Mappers.INDENTED.writeValueAsString(value));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new ProfitSentinelException(ErrorCode.INTERNAL_ERROR, "cannot write JSON: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (ownsOut) {
            out.close();
        }
    }
}

package com.profitsentinel.testing.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes every sample export, its expectation file and the README into the directory given as the only argument. */
public final class WriteSamples {
    private WriteSamples() {}

    /** {@code WriteSamples <directory>}. */
    public static void main(String[] arguments) throws IOException {
        if (arguments.length != 1) {
            System.err.println("usage: WriteSamples <directory>");
            System.exit(2);
            return;
        }
        Path directory = Path.of(arguments[0]).toAbsolutePath().normalize();
        List<Path> written = SampleExports.writeAll(directory);
        System.out.println("wrote " + written.size() + " files to " + directory);
    }
}

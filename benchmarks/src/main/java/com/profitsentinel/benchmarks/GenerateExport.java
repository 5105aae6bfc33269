package com.profitsentinel.benchmarks;

import com.profitsentinel.testing.samples.NativeExportGenerator;
import com.profitsentinel.testing.samples.PaladinExportGenerator;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a synthetic export for the end-to-end benchmark (scripts/bench.sh):
 * {@code GenerateExport paladin-29|native-11 ROWS STORES FILE [SEED]}.
 */
public final class GenerateExport {
    private GenerateExport() {}

    public static void main(String[] arguments) throws IOException {
        if (arguments.length < 4) {
            System.err.println("usage: GenerateExport paladin-29|native-11 ROWS STORES FILE [SEED]");
            System.exit(2);
        }
        long rows = Long.parseLong(arguments[1]);
        int stores = Integer.parseInt(arguments[2]);
        Path file = Path.of(arguments[3]);
        long seed = arguments.length > 4 ? Long.parseLong(arguments[4]) : 42;
        long written =
                switch (arguments[0]) {
                    case "native-11" -> NativeExportGenerator.write(file, rows, stores, seed);
                    case "paladin-29" -> PaladinExportGenerator.write(file, rows, stores, seed);
                    default -> throw new IllegalArgumentException("unknown layout " + arguments[0]);
                };
        System.out.println(file + ": " + rows + " rows, " + written + " bytes");
    }
}

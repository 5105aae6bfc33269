package com.profitsentinel.store;

import java.io.IOException;
import java.nio.file.Path;

/** A second process for {@link EmbeddedDatabaseTest}: opens the embedded database, says "open", holds it until stdin ends. */
public final class EmbeddedDatabaseHolder {
    private EmbeddedDatabaseHolder() {}

    public static void main(String[] args) throws IOException {
        try (Database database = Database.open(DatabaseSettings.embedded(Path.of(args[0])))) {
            System.out.println("open");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the database until the parent closes our stdin
            }
        }
    }
}

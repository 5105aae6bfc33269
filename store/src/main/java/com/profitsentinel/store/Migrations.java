package com.profitsentinel.store;

import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;

/** The schema migrations of {@code db/migration}, one set for H2 and PostgreSQL, applied with Flyway. */
final class Migrations {
    static final String LOCATION = "classpath:db/migration";

    private Migrations() {}

    /** The databases, with the one type the migrations spell differently. */
    enum Kind {
        H2("BINARY LARGE OBJECT"),
        POSTGRESQL("BYTEA");

        /** The column type of compressed documents: H2 keeps BLOBs apart from the row, PostgreSQL TOASTs bytea. */
        final String documentType;

        Kind(String documentType) {
            this.documentType = documentType;
        }
    }

    /**
     * Applies the pending migrations when {@code migrate}; otherwise refuses a database with pending migrations, naming
     * them. {@code database} names the database in messages. Flyway opens its own connections (it needs two at times),
     * outside the pool and its statement timeout.
     */
    static void apply(String url, String user, String password, Kind kind, boolean migrate, String database) {
        Flyway flyway = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(url, user, password)
                .placeholders(Map.of("document_type", kind.documentType))
                .locations(LOCATION)
                .failOnMissingLocations(true)
                .cleanDisabled(true)
                .load();
        try {
            if (migrate) {
                flyway.migrate();
                return;
            }
            List<String> pending = Arrays.stream(flyway.info().pending())
                    .map(Migrations::describe)
                    .toList();
            if (!pending.isEmpty()) {
                throw new ProfitSentinelException(
                        ErrorCode.DATABASE_UNAVAILABLE,
                        "The " + database + " has " + pending.size() + " pending migration"
                                + (pending.size() == 1 ? "" : "s") + " (" + String.join(", ", pending)
                                + ") and applying migrations at start is off (db.migrate_on_start=false). Apply them"
                                + " or turn db.migrate_on_start on.",
                        Map.of("reason", "pending_migrations", "pending", pending));
            }
        } catch (FlywayException e) {
            throw new ProfitSentinelException(
                    ErrorCode.DATABASE_UNAVAILABLE, "Cannot migrate the " + database + ": " + e.getMessage(), e);
        }
    }

    /** "V1 tenants uploads analyses". */
    private static String describe(MigrationInfo migration) {
        String version = migration.getVersion() == null
                ? "R"
                : "V" + migration.getVersion().getVersion();
        return version + " " + migration.getDescription();
    }
}

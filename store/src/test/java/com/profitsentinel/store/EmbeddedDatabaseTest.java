package com.profitsentinel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.profitsentinel.app.tenant.Tier;
import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database's own promises: where its files are, and one process at a time (operations.md §17). */
class EmbeddedDatabaseTest {
    @TempDir
    Path dataDir;

    @Test
    void filesLiveUnderTheDataDirectory() {
        try (Database database = Database.open(DatabaseSettings.embedded(dataDir))) {
            database.directory().createOrganization("Files", Tier.FREE);
        }

        assertThat(dataDir.resolve("db/sentinel.mv.db")).isRegularFile();
        assertThat(dataDir.resolve("db/profit-sentinel.lock")).isRegularFile();
    }

    @Test
    void urlSelectsPostgresqlModeWithLowerCaseNames() {
        assertThat(Database.h2Url(Path.of("/data/db")))
                .isEqualTo("jdbc:h2:file:/data/db/sentinel;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH");
    }

    @Test
    void secondOpenOfTheSameDirectoryFailsNamingIt() {
        try (Database first = Database.open(DatabaseSettings.embedded(dataDir))) {
            assertThatThrownBy(() -> Database.open(DatabaseSettings.embedded(dataDir)))
                    .isInstanceOfSatisfying(ProfitSentinelException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.DATABASE_UNAVAILABLE);
                        assertThat(e.details())
                                .containsEntry("reason", "database_in_use")
                                .containsEntry(
                                        "directory", dataDir.resolve("db").toString());
                    })
                    .hasMessageContaining("The embedded database in " + dataDir.resolve("db"))
                    .hasMessageContaining("already in use by this process")
                    .hasMessageContaining("only one Profit Sentinel process may open it");
            // the failed open leaves the first one working
            assertThat(first.ping()).isTrue();
        }
    }

    @Test
    void closedDatabaseCanBeOpenedAgain() {
        Database.open(DatabaseSettings.embedded(dataDir)).close();

        try (Database again = Database.open(DatabaseSettings.embedded(dataDir))) {
            assertThat(again.ping()).isTrue();
        }
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void openHeldByAnotherProcessFailsNamingTheProcess() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process holder = new ProcessBuilder(List.of(
                        java.toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        EmbeddedDatabaseHolder.class.getName(),
                        dataDir.toString()))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try {
            BufferedReader output =
                    new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(output.readLine()).isEqualTo("open");

            assertThatThrownBy(() -> Database.open(DatabaseSettings.embedded(dataDir)))
                    .isInstanceOfSatisfying(ProfitSentinelException.class, e -> assertThat(e.code())
                            .isEqualTo(ErrorCode.DATABASE_UNAVAILABLE))
                    .hasMessageContaining("The embedded database in " + dataDir.resolve("db"))
                    .hasMessageContaining("already in use by process " + holder.pid());
        } finally {
            holder.getOutputStream().close();
            assertThat(holder.waitFor(1, TimeUnit.MINUTES)).isTrue();
        }
        assertThat(holder.exitValue()).isZero();

        try (Database database = Database.open(DatabaseSettings.embedded(dataDir))) {
            assertThat(database.ping()).isTrue();
        }
    }

    @Test
    void unusableDirectoryIsReported() throws IOException {
        Path file = Files.writeString(dataDir.resolve("not-a-directory"), "x");

        assertThatThrownBy(() -> Database.open(DatabaseSettings.embedded(file)))
                .isInstanceOfSatisfying(ProfitSentinelException.class, e -> assertThat(e.code())
                        .isEqualTo(ErrorCode.DATABASE_UNAVAILABLE))
                .hasMessageContaining("Cannot open the embedded database in " + file.resolve("db"));
    }
}

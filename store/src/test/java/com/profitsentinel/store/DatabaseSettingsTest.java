package com.profitsentinel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.profitsentinel.store.DatabaseSettings.Embedded;
import com.profitsentinel.store.DatabaseSettings.Postgresql;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {
    @Test
    void embeddedDefaults() {
        DatabaseSettings settings = DatabaseSettings.embedded(Path.of("/srv/sentinel/./data"));

        assertThat(settings.location()).isEqualTo(new Embedded(Path.of("/srv/sentinel/data")));
        assertThat(((Embedded) settings.location()).databaseDirectory()).isEqualTo(Path.of("/srv/sentinel/data/db"));
        assertThat(settings.maxPoolSize()).isEqualTo(10);
        assertThat(settings.migrateOnStart()).isTrue();
        assertThat(settings.statementTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void relativeDataDirectoryIsMadeAbsolute() {
        Embedded embedded = new Embedded(Path.of("data"));

        assertThat(embedded.dataDir()).isAbsolute().endsWithRaw(Path.of("data"));
    }

    @Test
    void postgresqlDefaults() {
        DatabaseSettings settings = DatabaseSettings.postgresql("jdbc:postgresql://db:5432/sentinel", "app", "secret");

        assertThat(settings.location())
                .isEqualTo(new Postgresql("jdbc:postgresql://db:5432/sentinel", "app", "secret"));
        assertThat(settings.maxPoolSize()).isEqualTo(10);
        assertThat(settings.migrateOnStart()).isTrue();
        assertThat(settings.statementTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void explicitValues() {
        DatabaseSettings settings = DatabaseSettings.embedded(Path.of("/data"))
                .withMaxPoolSize(3)
                .withMigrateOnStart(false)
                .withStatementTimeout(Duration.ofMinutes(2));

        assertThat(settings)
                .isEqualTo(new DatabaseSettings(new Embedded(Path.of("/data")), 3, false, Duration.ofMinutes(2)));
    }

    @Test
    void passwordNeverAppearsInText() {
        DatabaseSettings settings = DatabaseSettings.postgresql(
                "jdbc:postgresql://db/sentinel?password=hunter2&ssl=true", "app", "topsecret");

        assertThat(settings.toString()).doesNotContain("topsecret").doesNotContain("hunter2");
        assertThat(((Postgresql) settings.location()).displayUrl()).isEqualTo("jdbc:postgresql://db/sentinel");
    }

    @Test
    void invalidValuesAreRefused() {
        DatabaseSettings settings = DatabaseSettings.embedded(Path.of("/data"));

        assertThatThrownBy(() -> settings.withMaxPoolSize(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxPoolSize must be 1-1000: 0");
        assertThatThrownBy(() -> settings.withStatementTimeout(Duration.ofMillis(999)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("statementTimeout must be 1 second to 1 hour: PT0.999S");
        assertThatThrownBy(() -> DatabaseSettings.postgresql("jdbc:mysql://db/sentinel", "app", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a PostgreSQL URL starts with jdbc:postgresql: \"jdbc:mysql://db/sentinel\"");
        assertThatThrownBy(() -> new Embedded(Path.of("/data;INIT=RUNSCRIPT")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not contain ';'");
    }
}

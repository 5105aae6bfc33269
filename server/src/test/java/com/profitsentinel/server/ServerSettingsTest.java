package com.profitsentinel.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerSettingsTest {
    @TempDir
    Path directory;

    @Test
    void defaultsAreDevModeOnLoopbackWithTheEmbeddedDatabase() {
        ServerSettings settings = ServerSettings.defaultSettings();

        assertThat(settings.host()).isEqualTo("127.0.0.1");
        assertThat(settings.port()).isEqualTo(8001);
        assertThat(settings.dataDir()).isEqualTo(Path.of("./data"));
        assertThat(settings.authMode()).isEqualTo(ServerSettings.AuthMode.DEV);
        assertThat(settings.databaseUrl()).isEmpty();
        assertThat(settings.maxFileBytes()).isEqualTo(50L << 20);
        assertThat(settings.retentionHours()).isEqualTo(24);
        assertThat(settings.documentFindings()).isEqualTo(1000);
        assertThat(settings.jwt().clockSkewSeconds()).isEqualTo(60);
        assertThat(settings.logFormat()).isEqualTo(com.profitsentinel.server.http.ServerLog.Format.TEXT);
        assertThat(ServerSettings.from(Map.of("auth.mode", "production")).logFormat())
                .isEqualTo(com.profitsentinel.server.http.ServerLog.Format.JSON);
        settings.validateForStart();
    }

    @Test
    void laterSourcesWinFileThenEnvironmentThenSet() throws IOException {
        Path file = directory.resolve("profit-sentinel.yaml");
        Files.writeString(file, "# comment\nserver.port: 9001\ndata.dir: \"/srv/ps\"\nuploads.max_file_mb: 10\n");

        ServerSettings settings = ServerSettings.load(
                Optional.of(file),
                Map.of("PS_SERVER_PORT", "9002", "PS_UPLOADS_MAX_FILE_MB", "20", "UNRELATED", "x"),
                Map.of("uploads.max_file_mb", "30"));

        assertThat(settings.port()).isEqualTo(9002);
        assertThat(settings.dataDir()).isEqualTo(Path.of("/srv/ps"));
        assertThat(settings.maxFileBytes()).isEqualTo(30L << 20);
    }

    @Test
    void theFileMayNestSettingsAsYaml() throws IOException {
        Path file = directory.resolve("nested.yaml");
        Files.writeString(file, """
                server:
                  port: 9003
                auth:
                  jwt:
                    issuer: https://auth.example
                uploads.max_file_mb: 12
                """);

        ServerSettings settings = ServerSettings.load(Optional.of(file), Map.of(), Map.of());

        assertThat(settings.port()).isEqualTo(9003);
        assertThat(settings.jwt().issuer()).isEqualTo("https://auth.example");
        assertThat(settings.maxFileBytes()).isEqualTo(12L << 20);
    }

    @Test
    void aFileThatIsNotYamlNamesTheFile() throws IOException {
        Path file = directory.resolve("broken.yaml");
        Files.writeString(file, "server: [unclosed\n");

        assertThatThrownBy(() -> ServerSettings.load(Optional.of(file), Map.of(), Map.of()))
                .isInstanceOfSatisfying(ProfitSentinelException.class, error -> {
                    assertThat(error.code()).isEqualTo(ErrorCode.INVALID_CONFIGURATION);
                    assertThat(error.getMessage()).contains("broken.yaml");
                });
    }

    @Test
    void invalidValuesAndUnknownKeysNameTheKey() {
        assertConfiguration(() -> ServerSettings.from(Map.of("server.port", "eighty")), "server.port");
        assertConfiguration(
                () -> ServerSettings.from(Map.of("uploads.retention_hours", "48")), "uploads.retention_hours");
        assertConfiguration(() -> ServerSettings.from(Map.of("auth.mode", "open")), "auth.mode");
        assertConfiguration(() -> ServerSettings.from(Map.of("server.prot", "1")), "server.prot");
        assertConfiguration(() -> ServerSettings.from(Map.of("logging.format", "xml")), "logging.format");
    }

    @Test
    void devModeRefusesANonLoopbackBindUnlessAllowed() {
        assertConfiguration(
                () -> ServerSettings.from(Map.of("server.host", "0.0.0.0")).validateForStart(), "server.host");
        ServerSettings.from(Map.of("server.host", "0.0.0.0", "auth.dev.allow_remote", "true"))
                .validateForStart();
    }

    @Test
    void productionSignsInWithLocalAccountsAndAJwtSecretMustHaveAtLeast32Bytes() {
        ServerSettings.from(Map.of("auth.mode", "production")).validateForStart();
        assertConfiguration(
                () -> ServerSettings.from(Map.of("auth.mode", "production", "auth.jwt.hs256_secret", "short"))
                        .validateForStart(),
                "auth.jwt.hs256_secret");
        ServerSettings.from(Map.of(
                        "auth.mode", "production",
                        "server.host", "0.0.0.0",
                        "auth.jwt.hs256_secret", "0123456789abcdef0123456789abcdef"))
                .validateForStart();
    }

    private static void assertConfiguration(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ProfitSentinelException.class, error -> {
            assertThat(error.code()).isEqualTo(ErrorCode.INVALID_CONFIGURATION);
            assertThat(error.getMessage()).contains(key);
        });
    }
}

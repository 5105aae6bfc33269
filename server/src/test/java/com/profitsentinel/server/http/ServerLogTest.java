package com.profitsentinel.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ServerLogTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T11:04:05.120456Z"), ZoneOffset.UTC);

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    private ServerLog log(ServerLog.Format format) {
        return new ServerLog(new PrintStream(bytes, true, StandardCharsets.UTF_8), format, CLOCK);
    }

    private String written() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void jsonAccessLinesCarryTheRouteTemplateNotThePath() throws Exception {
        log(ServerLog.Format.JSON)
                .access("GET", "/api/v1/analyses/0195", "/api/v1/analyses/{id}", 404, 3.14159, "req-12345678", "");

        JsonNode line = new ObjectMapper().readTree(written());
        assertThat(line.get("ts").asText()).isEqualTo("2026-03-02T11:04:05.120Z");
        assertThat(line.get("level").asText()).isEqualTo("INFO");
        assertThat(line.get("event").asText()).isEqualTo("http.access");
        assertThat(line.get("route").asText()).isEqualTo("/api/v1/analyses/{id}");
        assertThat(line.get("status").asInt()).isEqualTo(404);
        assertThat(line.get("duration_ms").asDouble()).isEqualTo(3.1);
        assertThat(line.get("request_id").asText()).isEqualTo("req-12345678");
        assertThat(written()).doesNotContain("0195").endsWith("\n").hasLineCount(1);
    }

    @Test
    void jsonErrorsKeepTheStackTraceInTheLogOnly() throws Exception {
        log(ServerLog.Format.JSON)
                .error("ENGINE_FAILED", "ABCD2345", "req-12345678", "Analysis failed.", new IllegalStateException("x"));

        JsonNode line = new ObjectMapper().readTree(written());
        assertThat(line.get("level").asText()).isEqualTo("ERROR");
        assertThat(line.get("error.ref").asText()).isEqualTo("ABCD2345");
        assertThat(line.get("error.stack").asText()).contains("IllegalStateException");
    }

    @Test
    void textLinesStayReadable() {
        ServerLog log = log(ServerLog.Format.TEXT);
        log.access("POST", "/analysis/analyze", "/analysis/analyze", 200, 12.34, "req-1", "engine;dur=5");
        log.info("retention.sweep", "deleted 2 expired upload(s)");

        assertThat(written())
                .isEqualTo("POST /analysis/analyze 200 12.3 ms request_id=req-1 timing=\"engine;dur=5\"\n"
                        + "retention.sweep deleted 2 expired upload(s)\n");
    }
}

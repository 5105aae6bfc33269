package com.profitsentinel.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.profitsentinel.server.HttpTestClient.Answer;
import com.profitsentinel.server.HttpTestClient.Multipart;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTTP contract, over real HTTP against a running server, once per database ({@link H2ApiIT},
 * {@link PostgresApiIT}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractApiIT {
    static final Path PALADIN = Path.of("../samples/paladin-report-29.csv");
    static final List<String> PRIMITIVES = List.of(
            "high_margin_leak",
            "negative_inventory",
            "negative_profit",
            "severe_inventory_deficit",
            "low_stock",
            "shrinkage_pattern",
            "margin_erosion",
            "zero_cost_anomaly",
            "dead_item",
            "overstock",
            "price_discrepancy");
    /** api.md §4.10.6 example A. */
    static final String EXAMPLE_A = """
            SKU,Qty.,Cost,Retail,Sold,Profit Margin %
            A1,8,5.00,10.00,51,50
            B2,20,10.00,10.00,3,0
            C3,4,0.00,25.00,101,100
            """;

    /** Where the servers under test log (nowhere: the assertions say what went wrong). */
    static final java.io.PrintStream QUIET = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());

    private SentinelServer server;
    private HttpTestClient http;
    private Services services;
    private Path dataDir;

    /** The database under test, over {@code dataDir}. */
    abstract TestDatabase open(Path dataDir);

    private TestDatabase database;

    @BeforeAll
    void start(@TempDir Path directory) {
        dataDir = directory;
        database = open(directory);
        services = database.services();
        ServerSettings settings = ServerSettings.from(Map.of("server.port", "0", "data.dir", directory.toString()));
        server = SentinelServer.start(settings, services, "test", Clock.systemUTC(), QUIET);
        http = new HttpTestClient(server.port());
    }

    @AfterAll
    void stop() {
        server.close();
        database.close();
    }

    @Test
    void shallowHealthAndReadinessAnswerOk() {
        assertThat(http.get("/health/shallow").json().get("status").asText()).isEqualTo("ok");
        Answer health = http.get("/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().at("/components/database/status").asText()).isEqualTo("ok");
        assertThat(health.json().at("/components/engines/primary").asText()).startsWith("sentinel@");
        assertThat(health.json().get("dev_mode").asBoolean()).isTrue();
    }

    @Test
    void analyzingAFilePartReturnsTheLegacyShape() {
        Answer answer = http.post(
                "/analysis/analyze",
                new Multipart().field("as_of", "2025-07-01").file("file", PALADIN));

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        JsonNode json = answer.json();
        assertThat(json.get("status").asText()).isEqualTo("success");
        assertThat(names(json.get("leaks"))).containsExactlyElementsOf(PRIMITIVES);
        assertThat(json.get("primitives_used")).extracting(JsonNode::asText).containsExactlyElementsOf(PRIMITIVES);
        assertThat(json.at("/summary/total_rows_analyzed").asLong()).isEqualTo(40);
        assertThat(json.get("engine").asText()).isEqualTo("sentinel");
        assertThat(json.get("analysis_id").asText()).hasSize(36);
        assertThat(json.get("is_authenticated").asBoolean()).isTrue();
        assertThat(answer.header("X-Engine")).startsWith("sentinel/");
        assertThat(answer.header("Server-Timing")).contains("engine;dur=");
        long flagged = 0;
        for (String key : PRIMITIVES) {
            flagged += json.at("/leaks/" + key + "/count").asLong();
        }
        assertThat(json.at("/summary/total_items_flagged").asLong())
                .isEqualTo(flagged)
                .isPositive();
        assertThat(json.get("findings").size())
                .isEqualTo(json.get("findings_listed").asInt());
        assertThat(json.get("findings_total").asInt())
                .isEqualTo(json.get("findings_listed").asInt());
    }

    @Test
    void theLegacyAnswerListsTheLargestFindingsUpToTheConfiguredNumber() {
        JsonNode all = http.post(
                        "/analysis/analyze",
                        new Multipart().field("as_of", "2025-07-01").file("file", PALADIN))
                .json();
        assertThat(all.get("findings_total").asInt()).isGreaterThan(3);
        ServerSettings settings = ServerSettings.from(Map.of(
                "server.port", "0", "data.dir", dataDir.resolve("few").toString(), "analysis.document_findings", "3"));
        try (SentinelServer few = SentinelServer.start(settings, services, "test", Clock.systemUTC(), QUIET)) {
            JsonNode json = new HttpTestClient(few.port())
                    .post(
                            "/analysis/analyze",
                            new Multipart().field("as_of", "2025-07-01").file("file", PALADIN))
                    .json();
            assertThat(json.get("findings")).hasSize(3);
            assertThat(json.get("findings_listed").asInt()).isEqualTo(3);
            assertThat(json.get("findings_total").asInt())
                    .isEqualTo(all.get("findings_total").asInt());
            assertThat(json.get("findings").get(0).get("annual_profit_at_risk").decimalValue())
                    .isGreaterThanOrEqualTo(json.get("findings")
                            .get(2)
                            .get("annual_profit_at_risk")
                            .decimalValue());
            assertThat(json.at("/leaks/dead_item/count").asInt())
                    .isEqualTo(all.at("/leaks/dead_item/count").asInt());
        }
    }

    @Test
    void legacyExampleAGivesTheSpecifiedCountsScoresAndEstimates() {
        Answer answer = http.post(
                "/analysis/analyze",
                new Multipart()
                        .field("engine", "legacy")
                        .field("as_of", "2025-07-01")
                        .file("file", "example-a.csv", EXAMPLE_A.getBytes(StandardCharsets.UTF_8)));

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        JsonNode json = answer.json();
        assertThat(json.at("/leaks/low_stock/count").asInt()).isEqualTo(2);
        assertThat(json.at("/leaks/low_stock/top_items"))
                .extracting(JsonNode::asText)
                .containsExactly("C3", "A1");
        assertThat(answer.text()).contains("\"scores\":[0.60,0.10]");
        assertThat(json.at("/leaks/high_margin_leak/top_items/0").asText()).isEqualTo("B2");
        assertThat(json.at("/leaks/margin_erosion/count").asInt()).isEqualTo(1);
        assertThat(json.at("/leaks/price_discrepancy/count").asInt()).isEqualTo(1);
        assertThat(json.at("/leaks/zero_cost_anomaly/count").asInt()).isEqualTo(1);
        assertThat(json.at("/leaks/severe_inventory_deficit/count").asInt()).isEqualTo(1);
        assertThat(json.at("/summary/total_items_flagged").asInt()).isEqualTo(7);
        assertThat(json.at("/summary/critical_issues").asInt()).isEqualTo(3);
        assertThat(json.at("/summary/high_issues").asInt()).isEqualTo(3);
        assertThat(json.at("/summary/estimated_impact/low_estimate").decimalValue())
                .isEqualByComparingTo("204.08");
        assertThat(json.at("/summary/estimated_impact/high_estimate").decimalValue())
                .isEqualByComparingTo("379.01");
        assertThat(json.at("/summary/estimated_impact/breakdown/severe_inventory_deficit")
                        .decimalValue())
                .isEqualByComparingTo("176.75");
        assertThat(json.at("/summary/estimated_impact/negative_inventory_alert").isNull())
                .isTrue();
    }

    @Test
    void presignReceiveAndAnalyzeIsTheLegacyClientFlow() throws IOException {
        Answer presigned = http.post("/uploads/presign", new Multipart().field("filenames", "Inventory Report.csv"));
        assertThat(presigned.status()).as(presigned.text()).isEqualTo(200);
        JsonNode entry = presigned.json().at("/presigned_urls/0");
        assertThat(presigned.json().get("upload_method").asText()).isEqualTo("POST");
        assertThat(entry.get("safe_filename").asText()).isEqualTo("Inventory Report.csv");
        Multipart form = new Multipart();
        entry.get("fields")
                .properties()
                .forEach(field -> form.field(field.getKey(), field.getValue().asText()));
        form.file("file", "Inventory Report.csv", Files.readAllBytes(PALADIN));

        Answer received = http.postTo(entry.get("url").asText(), form);
        assertThat(received.status()).as(received.text()).isEqualTo(204);
        Answer again = http.postTo(entry.get("url").asText(), form);
        assertThat(again.status()).isEqualTo(409);

        Answer analyzed = http.post(
                "/analysis/analyze",
                new Multipart()
                        .field("key", entry.get("key").asText())
                        .field("mapping", "{\"Retail\": \"revenue\"}")
                        .field("as_of", "2025-07-01"));
        assertThat(analyzed.status()).as(analyzed.text()).isEqualTo(200);
        assertThat(analyzed.json().get("status").asText()).isEqualTo("success");

        Answer expired = http.post(
                "/analysis/analyze",
                new Multipart().field("key", entry.get("key").asText()).field("mapping", "{}"));
        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.json().get("code").asText()).isEqualTo("UPLOAD_EXPIRED");
    }

    @Test
    void directUploadThenAnalyzeByKey() {
        Answer uploaded = http.post("/uploads/direct", new Multipart().file("file", PALADIN));
        assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
        JsonNode upload = uploaded.json().at("/uploads/0");
        assertThat(upload.get("sha256").asText()).hasSize(64);
        assertThat(upload.get("size_bytes").asLong()).isPositive();

        Answer analyzed = http.post(
                "/analysis/analyze",
                new Multipart().field("key", upload.get("key").asText()).field("mapping", "{}"));
        assertThat(analyzed.status()).as(analyzed.text()).isEqualTo(200);
    }

    @Test
    void uploadsPastTheirRetentionAreDeletedAndAnswerGone() {
        JsonNode upload = http.post("/uploads/direct", new Multipart().file("file", PALADIN))
                .json()
                .at("/uploads/0");
        assertThat(server.sweepUploads(java.time.Instant.now())).isZero();

        assertThat(server.sweepUploads(java.time.Instant.now().plus(java.time.Duration.ofHours(25))))
                .isPositive();

        assertProblem(
                http.post(
                        "/analysis/analyze",
                        new Multipart().field("key", upload.get("key").asText()).field("mapping", "{}")),
                410,
                "UPLOAD_EXPIRED");
    }

    @Test
    void mappingErrorsAreTheSpecifiedProblems() {
        Answer notJson = http.post(
                "/analysis/analyze",
                new Multipart().field("mapping", "not-json").file("file", PALADIN));
        assertProblem(notJson, 422, "MAPPING_INVALID_JSON");
        assertThat(notJson.json().get("detail").asText()).startsWith("Invalid mapping JSON");

        assertProblem(
                http.post(
                        "/analysis/analyze",
                        new Multipart().field("mapping", "[]").file("file", PALADIN)),
                400,
                "INVALID_MAPPING");

        Answer duplicate = http.post(
                "/analysis/analyze",
                new Multipart()
                        .field("mapping", "{\"Retail\": \"revenue\", \"Sug. Retail\": \"revenue\"}")
                        .file("file", PALADIN));
        assertProblem(duplicate, 400, "DUPLICATE_TARGET");
        assertThat(duplicate.json().get("detail").asText())
                .contains("\"Retail\"")
                .contains("\"Sug. Retail\"");

        assertProblem(
                http.post(
                        "/analysis/analyze",
                        new Multipart()
                                .field("mapping", "{\"SKU\": null, \"Vendor SKU\": null, \"Barcode\": null}")
                                .file("file", PALADIN)),
                400,
                "NO_SKU_COLUMN");
    }

    @Test
    void aFileWithoutACostColumnIsAnalysedWithAColumnMissingWarning() {
        Answer answer = http.post(
                "/analysis/analyze",
                new Multipart()
                        .field("as_of", "2025-07-01")
                        .file(
                                "file",
                                "no-cost.csv",
                                "SKU,Description,Qty On Hand,Retail\nA1,Hammer,5,10.00\nB2,Saw,-3,20.00\n"
                                        .getBytes(StandardCharsets.UTF_8)));

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        JsonNode json = answer.json();
        assertThat(json.at("/data_quality/by_code/COLUMN_MISSING").asInt()).isEqualTo(1);
        assertThat(json.get("warnings")).extracting(JsonNode::asText).anySatisfy(warning -> assertThat(warning)
                .contains("no cost column"));
    }

    @Test
    void uploadErrorsAreTheSpecifiedProblems() {
        Multipart six = new Multipart();
        for (int index = 0; index < 6; index++) {
            six.file("file", "f" + index + ".csv", "SKU\n1\n".getBytes(StandardCharsets.UTF_8));
        }
        Answer tooMany = http.post("/uploads/direct", six);
        assertProblem(tooMany, 400, "TOO_MANY_FILES");
        assertThat(tooMany.json().get("detail").asText())
                .isEqualTo("Too many files: 6. At most 5 files can be analysed together.");

        assertProblem(
                http.post("/uploads/direct", new Multipart().file("file", "malware.exe", new byte[] {1, 2})),
                400,
                "UNSUPPORTED_FILE_TYPE");
        assertProblem(
                http.post(
                        "/analysis/analyze",
                        new Multipart()
                                .field("key", "uploads/someone-else/file.csv")
                                .field("mapping", "{}")),
                404,
                "UPLOAD_NOT_FOUND");
    }

    @Test
    void everyProblemHasTheDocumentedMembersAndNoInternals() {
        List<Answer> problems = new ArrayList<>();
        problems.add(http.get("/api/v1/analyses/not-an-id"));
        problems.add(http.get("/no/such/route"));
        problems.add(http.post("/analysis/analyze", new Multipart().field("mapping", "[]")));
        problems.add(http.post("/uploads/direct", new Multipart()));
        for (Answer problem : problems) {
            assertThat(problem.header("Content-Type")).startsWith("application/problem+json");
            JsonNode json = problem.json();
            assertThat(json.get("status").asInt()).isEqualTo(problem.status());
            for (String member : List.of("type", "title", "code", "detail", "message", "instance", "request_id")) {
                assertThat(json.get(member).isTextual())
                        .as(member + " in " + json)
                        .isTrue();
            }
            assertThat(json.get("details").isObject()).isTrue();
            assertThat(json.get("errors").isArray()).isTrue();
            assertThat(json.get("request_id").asText()).isEqualTo(problem.header("X-Request-ID"));
            assertThat(problem.text()).doesNotContain("Exception", "at com.", "SELECT", "/tmp/");
        }
    }

    @Test
    void storedAnalysesCanBeListedReadRenamedAndDeleted() {
        Answer analyzed = http.post(
                "/analysis/analyze",
                new Multipart()
                        .field("label", "July count")
                        .field("as_of", "2025-07-01")
                        .file("file", PALADIN));
        String id = analyzed.json().get("analysis_id").asText();

        JsonNode list = http.get("/api/v1/analyses?page_size=100").json();
        assertThat(list.get("items"))
                .extracting(item -> item.get("id").asText())
                .contains(id);
        assertThat(list.get("total").asLong()).isPositive();
        assertThat(list.get("total_pages").asLong()).isEqualTo(1);

        JsonNode analysis = http.get("/api/v1/analyses/" + id).json();
        assertThat(analysis.get("label").asText()).isEqualTo("July count");
        assertThat(analysis.get("as_of").asText()).isEqualTo("2025-07-01");
        assertThat(analysis.at("/summary/rows_read").asLong()).isEqualTo(40);
        // every documented member of the Analysis object (api.md §5.1)
        List<String> members = new ArrayList<>();
        analysis.fieldNames().forEachRemaining(members::add);
        assertThat(members)
                .contains(
                        "id",
                        "org_id",
                        "store_id",
                        "store_name",
                        "label",
                        "status",
                        "as_of",
                        "created_at",
                        "completed_at",
                        "created_by",
                        "files",
                        "engine_run",
                        "shadow",
                        "summary",
                        "root_cause",
                        "cost_of_inaction",
                        "processing_ms",
                        "error",
                        "links");
        assertThat(analysis.at("/files/0/kind").asText()).isEqualTo("inventory");
        assertThat(analysis.at("/files/0/rows_read").asLong()).isEqualTo(40);
        assertThat(analysis.at("/engine_run/preset").asText()).isEqualTo("standard");
        assertThat(analysis.at("/engine_run/config_hash").asText()).hasSize(16);
        assertThat(analysis.at("/created_by/name").asText()).isEqualTo("Local User");
        long bySeverity = 0;
        for (JsonNode count : analysis.at("/summary/by_severity")) {
            bySeverity += count.asLong();
        }
        assertThat(bySeverity)
                .isEqualTo(analysis.at("/summary/findings").asLong())
                .isPositive();
        assertThat(analysis.at("/links/findings").asText()).isEqualTo("/api/v1/findings?analysis_id=" + id);

        Answer legacy = http.get("/api/v1/analyses/" + id + "/legacy");
        assertThat(legacy.text()).isEqualTo(analyzed.text());
        assertThat(legacy.json().get("analysis_id").asText()).isEqualTo(id);
        assertThat(legacy.json().get("findings").size()).isPositive();
        assertThat(legacy.json().at("/leaks/dead_item/count").asLong())
                .isEqualTo(analyzed.json().at("/leaks/dead_item/count").asLong());

        assertProblem(http.sendJson("PATCH", "/api/v1/analyses/" + id, Map.of("tier", "x")), 422, "VALIDATION_FAILED");
        Answer renamed = http.sendJson("PATCH", "/api/v1/analyses/" + id, Map.of("label", "August"));
        assertThat(renamed.json().get("message").asText()).isEqualTo("Analysis renamed");
        assertThat(http.get("/api/v1/analyses/" + id).json().get("label").asText())
                .isEqualTo("August");

        assertThat(http.delete("/api/v1/analyses/" + id).status()).isEqualTo(204);
        assertProblem(http.get("/api/v1/analyses/" + id), 404, "NOT_FOUND");
        assertProblem(http.delete("/api/v1/analyses/" + id), 404, "NOT_FOUND");
    }

    @Test
    void paginationParametersAreValidated() {
        assertProblem(http.get("/api/v1/analyses?page=0"), 422, "VALIDATION_FAILED");
        assertProblem(http.get("/api/v1/analyses?page_size=101"), 422, "VALIDATION_FAILED");
    }

    @Test
    void requestIdsAreEchoedWhenWellFormedAndReplacedOtherwise() {
        assertThat(http.get("/health/shallow", "X-Request-ID", "client-id-123").header("X-Request-ID"))
                .isEqualTo("client-id-123");
        assertThat(http.get("/health/shallow", "X-Request-ID", "bad id!").header("X-Request-ID"))
                .hasSize(36)
                .isNotEqualTo("bad id!");
    }

    @Test
    void largeAnswersAreGzippedWhenTheClientAccepts() throws IOException {
        String id = http.post("/analysis/analyze", new Multipart().file("file", PALADIN))
                .json()
                .get("analysis_id")
                .asText();
        Answer answer = http.get("/api/v1/analyses/" + id + "/result", "Accept-Encoding", "gzip");
        assertThat(answer.header("Content-Encoding")).isEqualTo("gzip");
        try (GZIPInputStream input = new GZIPInputStream(new ByteArrayInputStream(answer.body()))) {
            String json = new String(input.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(json).startsWith("{").contains("\"findings\"");
        }
    }

    @Test
    void catalogueEndpointsListPrimitivesAndSystems() {
        JsonNode primitives = http.get("/analysis/primitives").json();
        assertThat(primitives.get("count").asInt()).isEqualTo(11);
        assertThat(names(primitives.get("primitives"))).containsExactlyElementsOf(PRIMITIVES);
        assertThat(primitives.at("/primitives/high_margin_leak/sentinel_types"))
                .extracting(JsonNode::asText)
                .contains("MARGIN_EROSION", "PURCHASING_LEAKAGE");
        JsonNode systems = http.get("/analysis/supported-pos").json();
        assertThat(systems.get("supported_systems"))
                .extracting(JsonNode::asText)
                .contains("Paladin POS");
        assertThat(systems.get("count").asInt())
                .isEqualTo(systems.get("supported_systems").size());
    }

    @Test
    void theOpenApiDocumentListsEveryRegisteredRouteWithItsResponses() {
        JsonNode document = http.get("/openapi.json").json();
        assertThat(document.get("openapi").asText()).isEqualTo("3.1.0");
        List<String> documented = new ArrayList<>();
        document.get("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    documented.add(operation.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
                    JsonNode responses = operation.getValue().get("responses");
                    assertThat(responses.has("500")).as(path.getKey()).isTrue();
                    assertThat(operation.getValue().get("summary").asText()).isNotBlank();
                    responses.properties().forEach(response -> response.getValue()
                            .findValuesAsText("$ref")
                            .forEach(reference -> assertThat(document.at("/components/schemas/"
                                                    + reference.substring(reference.lastIndexOf('/') + 1))
                                            .isMissingNode())
                                    .as(reference)
                                    .isFalse()));
                }));
        assertThat(documented).containsExactlyInAnyOrderElementsOf(server.registeredRoutes());
        assertThat(documented).contains("POST /analysis/analyze", "GET /api/v1/analyses/{id}", "GET /health");
        assertThat(document.at("/components/schemas/Problem/required").size()).isEqualTo(10);

        Answer page = http.get("/docs");
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.text()).contains("/openapi.json");
    }

    @Test
    void metricsCountRequestsAnalysesAndFindingsWithBoundedLabels() {
        http.post(
                "/analysis/analyze",
                new Multipart().field("as_of", "2025-07-01").file("file", PALADIN));
        http.get("/api/v1/analyses/01900000-0000-7000-8000-000000000000");

        Answer metrics = http.get("/metrics");

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.header("Content-Type")).startsWith("text/plain");
        assertThat(metrics.text())
                .contains("ps_http_requests_total{method=\"POST\",route=\"/analysis/analyze\",status=\"200\"}")
                .contains("route=\"/api/v1/analyses/{id}\",status=\"404\"")
                .contains("ps_http_request_duration_seconds_bucket{")
                .contains("ps_analysis_runs_total{engine=\"sentinel\",outcome=\"success\",role=\"primary\"}")
                .contains("ps_findings_total{engine=\"sentinel\",leak_type=\"DEAD_STOCK\"}")
                .contains("ps_analysis_rows_total{outcome=\"accepted\"}")
                .contains("ps_db_up 1.0")
                .contains("ps_build_info{commit=")
                .doesNotContain("01900000-0000-7000-8000-000000000000");
    }

    @Test
    void storesCanBeListedCreatedAndAnalysedSeparately() {
        assertThat(http.get("/api/v1/org").json().get("name").asText()).isEqualTo("My Stores");
        JsonNode stores = http.get("/api/v1/stores").json();
        assertThat(stores.get("items"))
                .extracting(store -> store.get("name").asText())
                .contains("Main Store");

        Answer created =
                http.sendJson("POST", "/api/v1/stores", Map.of("name", "Lumber Yard", "timezone", "America/Chicago"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String storeId = created.json().get("id").asText();
        assertThat(http.get("/api/v1/stores/" + storeId).json().get("timezone").asText())
                .isEqualTo("America/Chicago");
        assertProblem(http.sendJson("POST", "/api/v1/stores", Map.of("name", "lumber yard")), 409, "CONFLICT");
        assertProblem(
                http.sendJson("POST", "/api/v1/stores", Map.of("name", "Garden", "timezone", "Mars/Olympus")),
                422,
                "VALIDATION_FAILED");
        assertProblem(
                http.sendJson("POST", "/api/v1/stores", Map.of("name", "Garden", "tier", "pro")),
                422,
                "VALIDATION_FAILED");

        JsonNode analysis = http.post(
                        "/analysis/analyze",
                        new Multipart()
                                .field("store_id", storeId)
                                .field("as_of", "2025-07-01")
                                .file("file", PALADIN))
                .json();
        assertThat(analysis.get("store_id").asText()).isEqualTo(storeId);
        assertThat(http.get("/api/v1/analyses?store_id=" + storeId)
                        .json()
                        .get("total")
                        .asInt())
                .isEqualTo(1);
        assertProblem(http.get("/api/v1/stores/01900000-0000-7000-8000-000000000000"), 404, "NOT_FOUND");
    }

    @Test
    void actionsAreAuditedInAnIntactChain() {
        String id = http.post(
                        "/analysis/analyze",
                        new Multipart().field("as_of", "2025-07-01").file("file", PALADIN))
                .json()
                .get("analysis_id")
                .asText();
        http.sendJson("PATCH", "/api/v1/analyses/" + id, Map.of("label", "Audited"));

        JsonNode events = http.get("/api/v1/audit?page_size=100").json();

        JsonNode renamed = null;
        for (JsonNode event : events.get("items")) {
            if (event.get("action").asText().equals("analysis.renamed")
                    && event.get("target_id").asText().equals(id)) {
                renamed = event;
            }
        }
        assertThat(renamed).as(events.toString()).isNotNull();
        assertThat(renamed.get("after").asText()).isEqualTo("{\"label\":\"Audited\"}");
        assertThat(renamed.get("actor_display").asText()).isEqualTo("Local User");
        assertThat(renamed.get("request_id").asText()).isNotEmpty();
        assertThat(events.get("items"))
                .extracting(event -> event.get("action").asText())
                .contains("analysis.created", "upload.received");
        assertThat(services.auditLog().firstBroken()).isEmpty();
    }

    @Test
    void theV1AnalysisEndpointAnalysesSeveralUploadedFilesOfOneStore() {
        String store = http.get("/api/v1/stores").json().at("/items/0/id").asText();
        JsonNode uploads = http.post(
                        "/uploads/direct",
                        new Multipart().file("file", PALADIN).file("file", Path.of("../samples/sales-detail.csv")))
                .json()
                .get("uploads");

        Answer created = http.sendJson(
                "POST",
                "/api/v1/analyses",
                Map.of(
                        "store_id",
                        store,
                        "label",
                        "With sales",
                        "as_of",
                        "2025-07-01",
                        "files",
                        List.of(
                                Map.of("upload_id", uploads.at("/0/id").asText(), "mapping", Map.of()),
                                Map.of("upload_id", uploads.at("/1/id").asText()))));

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.json().get("label").asText()).isEqualTo("With sales");
        assertThat(created.json().at("/summary/rows_read").asLong()).isEqualTo(40);
        String id = created.json().get("id").asText();
        assertThat(http.get("/api/v1/analyses/" + id).json().get("store_id").asText())
                .isEqualTo(store);
        assertProblem(
                http.sendJson(
                        "POST",
                        "/api/v1/analyses",
                        Map.of(
                                "store_id",
                                store,
                                "files",
                                List.of(Map.of("upload_id", uploads.at("/0/id").asText())))),
                410,
                "UPLOAD_EXPIRED");
        assertProblem(
                http.sendJson(
                        "POST",
                        "/api/v1/analyses",
                        Map.of(
                                "store_id",
                                store,
                                "files",
                                List.of(Map.of("upload_id", "01900000-0000-7000-8000-000000000009")))),
                404,
                "NOT_FOUND");
        assertProblem(
                http.sendJson("POST", "/api/v1/analyses", Map.of("store_id", store, "files", List.of())),
                422,
                "VALIDATION_FAILED");
    }

    @Test
    void analyzeMultiReadsAnInventoryAndASalesFileTogether() {
        JsonNode uploads = http.post(
                        "/uploads/direct",
                        new Multipart().file("file", PALADIN).file("file", Path.of("../samples/sales-detail.csv")))
                .json()
                .get("uploads");
        String inventory = uploads.at("/0/key").asText();
        String sales = uploads.at("/1/key").asText();

        Answer answer = http.post(
                "/analysis/analyze-multi",
                new Multipart()
                        .field("keys", inventory)
                        .field("keys", sales)
                        .field("mappings", "{\"" + inventory + "\": {\"Retail\": \"revenue\"}}")
                        .field("as_of", "2025-07-01"));

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        JsonNode json = answer.json();
        assertThat(names(json.get("leaks"))).containsExactlyElementsOf(PRIMITIVES);
        assertThat(json.get("files"))
                .extracting(file -> file.get("kind").asText())
                .containsExactly("inventory", "sales_detail");
        assertThat(json.at("/files/0/rows_read").asLong()).isEqualTo(40);
        assertThat(json.get("stores")).hasSize(1);
        assertThat(json.at("/summary/total_rows_analyzed").asLong()).isEqualTo(40);
        assertProblem(
                http.post("/analysis/analyze-multi", new Multipart().field("keys", inventory)), 410, "UPLOAD_EXPIRED");
    }

    @Test
    void twoColumnsOnOneTargetAreRefusedOnTheV1EndpointToo() {
        String store = http.get("/api/v1/stores").json().at("/items/0/id").asText();
        String upload = http.post("/uploads/direct", new Multipart().file("file", PALADIN))
                .json()
                .at("/uploads/0/id")
                .asText();

        Answer refused = http.sendJson(
                "POST",
                "/api/v1/analyses",
                Map.of(
                        "store_id",
                        store,
                        "files",
                        List.of(Map.of(
                                "upload_id",
                                upload,
                                "mapping",
                                Map.of("Retail", "revenue", "Sug. Retail", "revenue")))));

        assertProblem(refused, 400, "DUPLICATE_TARGET");
    }

    @Test
    void corsHeadersGoOnlyToListedOrigins() {
        assertThat(http.get("/health/shallow", "Origin", "https://evil.example")
                        .headers()
                        .firstValue("Access-Control-Allow-Origin"))
                .isEmpty();
        ServerSettings settings = ServerSettings.from(Map.of(
                "server.port",
                "0",
                "data.dir",
                dataDir.resolve("cors").toString(),
                "server.cors.allowed_origins",
                "https://app.example, https://other.example"));
        try (SentinelServer listed = SentinelServer.start(settings, services, "test", Clock.systemUTC(), QUIET)) {
            HttpTestClient client = new HttpTestClient(listed.port());
            Answer allowed = client.get("/health/shallow", "Origin", "https://app.example");
            assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo("https://app.example");
            assertThat(allowed.header("Access-Control-Allow-Credentials")).isEqualTo("true");
            assertThat(client.get("/health/shallow", "Origin", "https://evil.example")
                            .headers()
                            .firstValue("Access-Control-Allow-Origin"))
                    .isEmpty();
            Answer preflight = client.options("/api/v1/analyses", "Origin", "https://other.example");
            assertThat(preflight.status()).isEqualTo(204);
            assertThat(preflight.header("Access-Control-Allow-Headers")).contains("X-API-Key", "If-Match");
            assertThat(client.options("/api/v1/analyses", "Origin", "https://evil.example")
                            .status())
                    .isEqualTo(403);
        }
    }

    @Test
    void meDescribesTheLocalUserOfDevMode() {
        JsonNode me = http.get("/api/v1/me").json();
        assertThat(me.at("/user/email").asText()).isEqualTo("local@localhost");
        assertThat(me.at("/org/name").asText()).isEqualTo("My Stores");
        assertThat(me.get("role").asText()).isEqualTo("owner");
        assertThat(me.get("platform_admin").asBoolean()).isTrue();
    }

    @Test
    void presignReceiveSuggestMappingAndAnalyzeWithTheSuggestionsIsTheLegacyClientFlow() throws IOException {
        String key = presignAndReceive("Inventory Report.csv", Files.readAllBytes(PALADIN));

        Answer suggested = http.post(
                "/uploads/suggest-mapping",
                new Multipart().field("key", key).field("filename", "Inventory Report.csv"));
        assertThat(suggested.status()).as(suggested.text()).isEqualTo(200);
        // the reference client sends its suggestions back as the mapping: header → legacy name or null
        String mapping = suggested.json().get("suggestions").toString();
        assertThat(mapping).contains("\"Sug. Retail\":null", "\"Retail\":\"revenue\"");
        Answer analyzed = http.post(
                "/analysis/analyze",
                new Multipart().field("key", key).field("mapping", mapping).field("as_of", "2025-07-01"));
        assertThat(analyzed.status()).as(analyzed.text()).isEqualTo(200);
        assertThat(analyzed.json().get("status").asText()).isEqualTo("success");
        assertThat(analyzed.json().at("/summary/total_rows_analyzed").asLong()).isEqualTo(40);

        assertProblem(
                http.post(
                        "/uploads/suggest-mapping",
                        new Multipart().field("key", key).field("filename", "Inventory Report.csv")),
                410,
                "UPLOAD_EXPIRED");
    }

    @Test
    void suggestMappingAnswersTheSevenLegacyKeysFirstWithTheLegacyVocabulary() throws IOException {
        String key = presignAndReceive("paladin-report-29.csv", Files.readAllBytes(PALADIN));

        Answer answer = http.post(
                "/uploads/suggest-mapping",
                new Multipart().field("key", key).field("filename", "paladin-report-29.csv"));

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        JsonNode json = answer.json();
        assertThat(names(json))
                .startsWith(
                        "original_columns",
                        "sample_data",
                        "suggestions",
                        "confidences",
                        "importance",
                        "critical_missing",
                        "notes");
        assertThat(json.get("original_columns")).hasSize(29);
        assertThat(json.at("/suggestions/Sug. Retail").isNull()).isTrue();
        assertThat(json.at("/canonical_suggestions/Sug. Retail").asText()).isEqualTo("suggested_retail");
        assertThat(json.at("/suggestions/Retail").asText()).isEqualTo("revenue");
        assertThat(json.at("/canonical_suggestions/Retail").asText()).isEqualTo("retail_price");
        assertThat(json.at("/suggestions/In Stock Qty.").asText()).isEqualTo("quantity");
        assertThat(json.at("/canonical_suggestions/In Stock Qty.").asText()).isEqualTo("qty_on_hand");
        assertThat(json.at("/suggestions/Sold").asText()).isEqualTo("sold");
        assertThat(json.at("/importance/Cost").asInt()).isEqualTo(5);
        assertThat(json.at("/importance/Sug. Retail").asInt()).isEqualTo(3);
        assertThat(json.at("/importance/Formula").asInt()).isZero();
        assertThat(answer.text()).contains("\"confidences\":{\"SKU\":1.00,");
        assertThat(json.get("critical_missing")).isEmpty();
        assertThat(json.get("notes").asText()).isEqualTo("Paladin POS (inventory report, 29 columns) detected.");
        assertThat(json.at("/detected_system/id").asText()).isEqualTo("paladin_report_29");
        assertThat(json.at("/detected_system/markers_found")).hasSize(10);
        assertThat(json.get("file_type").asText()).isEqualTo("inventory");
        assertThat(json.get("encoding_detected").asText()).isEqualTo("windows-1252");
        assertThat(json.get("delimiter").asText()).isEqualTo(",");
        assertThat(json.get("sheet").isNull()).isTrue();
        assertThat(json.at("/units_sold_period/Sold").asText()).isEqualTo("ASSUMED");
        assertThat(json.get("warnings"))
                .extracting(warning -> warning.get("code").asText())
                .containsExactly("ENCODING_FALLBACK", "UNITS_SOLD_PERIOD_ASSUMED");
        JsonNode sample = json.get("sample_data");
        assertThat(sample).hasSize(10);
        assertThat(sample.get(0).get("SKU").asText()).isEqualTo("0022913");
        assertThat(sample.get(5).get("Last Sale").asText()).isEmpty();
        assertThat(names(sample.get(0))).containsExactlyElementsOf(names(json.get("suggestions")));
    }

    @Test
    void suggestMappingOfAnUnknownKeyOrOfAnUploadStillWaitingForItsFileIsUploadNotFound() {
        assertProblem(
                http.post(
                        "/uploads/suggest-mapping",
                        new Multipart()
                                .field("key", "uploads/someone-else/file.csv")
                                .field("filename", "file.csv")),
                404,
                "UPLOAD_NOT_FOUND");

        JsonNode entry = http.post("/uploads/presign", new Multipart().field("filenames", "later.csv"))
                .json()
                .at("/presigned_urls/0");
        assertProblem(
                http.post(
                        "/uploads/suggest-mapping",
                        new Multipart().field("key", entry.get("key").asText()).field("filename", "later.csv")),
                404,
                "UPLOAD_NOT_FOUND");
    }

    @Test
    void suggestMappingNeedsKeyAndFilename() {
        Answer withoutKey =
                http.post("/uploads/suggest-mapping", new Multipart().field("filename", "Inventory Report.csv"));
        assertProblem(withoutKey, 422, "VALIDATION_FAILED");
        assertThat(withoutKey.json().get("errors"))
                .extracting(error -> error.get("field").asText())
                .containsExactly("key");

        Answer withoutBoth = http.post("/uploads/suggest-mapping", new Multipart());
        assertProblem(withoutBoth, 422, "VALIDATION_FAILED");
        assertThat(withoutBoth.json().get("errors"))
                .extracting(error -> error.get("field").asText())
                .containsExactly("key", "filename");
    }

    @Test
    void suggestMappingOfAFileThatCannotBeReadGivesTheFileErrorOfTheCli() {
        Answer empty = suggestMappingOf("empty.csv", "SKU,Qty.,Cost\n");
        assertProblem(empty, 400, "EMPTY_FILE");
        assertThat(empty.json().get("detail").asText())
                .isEqualTo("The file \"empty.csv\" is empty or has no data rows.");

        Answer people = suggestMappingOf("people.csv", "Name,Color\nBob,red\nAnn,blue\n");
        assertProblem(people, 400, "NOT_AN_INVENTORY_FILE");
        assertThat(people.json().get("detail").asText())
                .isEqualTo("The file \"people.csv\" was not recognized as an inventory, sales, purchase-order or count"
                        + " file.");
    }

    @Test
    void theProductApiSuggestsCanonicalFieldsByUploadIdWithOverrides() {
        String id = http.post("/uploads/direct", new Multipart().file("file", PALADIN))
                .json()
                .at("/uploads/0/id")
                .asText();

        Answer answer = http.post("/api/v1/uploads/" + id + "/suggest-mapping", new Multipart());
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        JsonNode json = answer.json();
        assertThat(names(json)).startsWith("file_id", "file_type", "detected_system");
        assertThat(json.get("file_id").asText()).isEqualTo(id);
        assertThat(json.at("/suggestions/Sug. Retail").asText()).isEqualTo("suggested_retail");
        assertThat(json.at("/suggestions/In Stock Qty.").asText()).isEqualTo("qty_on_hand");
        assertThat(json.at("/legacy_suggestions/Sug. Retail").isNull()).isTrue();
        assertThat(json.at("/legacy_suggestions/Retail").asText()).isEqualTo("revenue");
        assertThat(json.get("encoding_detected").asText()).isEqualTo("windows-1252");

        Answer forced =
                http.post("/api/v1/uploads/" + id + "/suggest-mapping", new Multipart().field("encoding", "UTF-8"));
        assertThat(forced.status()).as(forced.text()).isEqualTo(200);
        assertThat(forced.json().get("encoding_detected").asText()).isEqualTo("utf-8");
        assertProblem(
                http.post("/api/v1/uploads/" + id + "/suggest-mapping?delimiter=%7C", new Multipart()),
                400,
                "NO_HEADER_ROW");
        assertProblem(
                http.post("/api/v1/uploads/" + id + "/suggest-mapping", new Multipart().field("delimiter", ":")),
                422,
                "VALIDATION_FAILED");
        Answer unknown = http.post("/api/v1/uploads/" + id + "/suggest-mapping", new Multipart().field("tier", "pro"));
        assertProblem(unknown, 422, "VALIDATION_FAILED");
        assertThat(unknown.json().at("/errors/0/code").asText()).isEqualTo("unknown_field");
        assertProblem(http.post("/api/v1/uploads/not-an-id/suggest-mapping", new Multipart()), 404, "NOT_FOUND");
    }

    /** Presigns one file and posts it to the receive URL, fields first and the file last; returns the key. */
    private String presignAndReceive(String filename, byte[] content) {
        JsonNode entry = http.post("/uploads/presign", new Multipart().field("filenames", filename))
                .json()
                .at("/presigned_urls/0");
        Multipart form = new Multipart();
        entry.get("fields")
                .properties()
                .forEach(field -> form.field(field.getKey(), field.getValue().asText()));
        form.file("file", filename, content);
        Answer received = http.postTo(entry.get("url").asText(), form);
        assertThat(received.status()).as(received.text()).isEqualTo(204);
        return entry.get("key").asText();
    }

    /** Uploads a file directly and asks for its mapping by key. */
    private Answer suggestMappingOf(String filename, String content) {
        Answer uploaded = http.post(
                "/uploads/direct", new Multipart().file("file", filename, content.getBytes(StandardCharsets.UTF_8)));
        assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
        return http.post(
                "/uploads/suggest-mapping",
                new Multipart()
                        .field("key", uploaded.json().at("/uploads/0/key").asText())
                        .field("filename", filename));
    }

    @Test
    void theRowsAnAnalysisCouldNotUseAreACsvOfRowColumnReasonAndValue() {
        byte[] file = ("SKU,Qty.,Cost,Retail\nA1,8,5.00,10.00\n,3,1.00,2.00\nB2,4,2.00,3.00\n")
                .getBytes(StandardCharsets.UTF_8);
        Answer analyzed = http.post(
                "/analysis/analyze",
                new Multipart()
                        .field("as_of", "2025-07-01")
                        .field("error_budget_percent", "50")
                        .file("file", "rejects.csv", file));
        assertThat(analyzed.status()).as(analyzed.text()).isEqualTo(200);

        Answer csv = http.get(
                "/api/v1/analyses/" + analyzed.json().get("analysis_id").asText() + "/rejections.csv");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        String[] lines = csv.text().split("\r\n", -1);
        assertThat(lines[0]).isEqualTo("row,column,reason,value");
        assertThat(lines[1]).startsWith("3,");
        assertThat(lines).hasSize(3);
    }

    static void assertProblem(Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.json().get("code").asText()).as(answer.text()).isEqualTo(code);
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

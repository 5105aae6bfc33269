package com.profitsentinel.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.profitsentinel.server.HttpTestClient.Answer;
import com.profitsentinel.server.HttpTestClient.Multipart;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Store configuration over real HTTP (api.md §5.12), once per database ({@link H2ConfigApiIT},
 * {@link PostgresConfigApiIT}). Each test works on a store of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractConfigApiIT {
    private TestServer server;
    private HttpTestClient http;

    abstract TestDatabase open(Path dataDir);

    @BeforeAll
    void start(@TempDir Path directory) {
        server = TestServer.dev(open(directory), directory);
        http = server.http();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private String newStore(String name) {
        Answer created = http.sendJson("POST", "/api/v1/stores", Map.of("name", name));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private Answer put(Object body, String etag) {
        return http.sendJson("PUT", "/api/v1/config", body, "If-Match", etag);
    }

    @Test
    void aStoreNeverConfiguredHasTheStandardPresetAndVersionZero() {
        String store = newStore("Defaults");

        Answer answer = http.get("/api/v1/config?store_id=" + store);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("ETag")).isEqualTo("\"0\"");
        JsonNode config = answer.json();
        assertThat(config.get("version").asLong()).isZero();
        assertThat(config.get("preset").asText()).isEqualTo("standard");
        assertThat(config.at("/parameters/dead_stock_days/value").asDouble()).isEqualTo(90);
        assertThat(config.at("/parameters/margin_floor/value").asDouble()).isEqualTo(0.20);
        assertThat(config.at("/parameters/min_digest_impact/value").asDouble()).isEqualTo(100);
        assertThat(config.at("/parameters/carrying_cost_monthly/source").asText())
                .isEqualTo("preset");
        assertThat(config.at("/store_context/timezone").asText()).isEqualTo("America/New_York");
        assertThat(config.at("/workflow_settings/reactivation_threshold").asDouble())
                .isEqualTo(0.25);
        assertThat(config.at("/workflow_settings/gmroi_benchmark").asDouble()).isEqualTo(1.77);
        assertThat(config.get("updated_at").isNull()).isTrue();
    }

    @Test
    void aChangeNeedsTheCurrentEtagAndIsAudited() {
        String store = newStore("Etags");
        Map<String, Object> change = Map.of(
                "store_id",
                store,
                "preset",
                "aggressive",
                "parameters",
                Map.of("dead_stock_days", 120),
                "category_overrides",
                Map.of("PAINT", Map.of("margin_floor", 0.30)),
                "vendor_overrides",
                Map.of("ACME Supply", Map.of("lead_time_days", 14)),
                "store_context",
                Map.of("timezone", "America/Chicago", "cost_basis", "average"),
                "workflow_settings",
                Map.of("stale_after_days", 10));

        Answer missing = http.sendJson("PUT", "/api/v1/config", change);
        assertThat(missing.status()).isEqualTo(428);
        assertThat(missing.json().get("code").asText()).isEqualTo("PRECONDITION_REQUIRED");
        assertThat(put(change, "\"7\"").status()).isEqualTo(412);

        Answer saved = put(change, "\"0\"");

        assertThat(saved.status()).as(saved.text()).isEqualTo(200);
        assertThat(saved.header("ETag")).isEqualTo("\"1\"");
        JsonNode config = saved.json();
        assertThat(config.get("preset").asText()).isEqualTo("aggressive");
        assertThat(config.at("/parameters/dead_stock_days/value").asDouble()).isEqualTo(120);
        assertThat(config.at("/parameters/dead_stock_days/preset_value").asDouble())
                .isEqualTo(60);
        assertThat(config.at("/parameters/dead_stock_days/source").asText()).isEqualTo("store");
        assertThat(config.at("/category_overrides/PAINT/margin_floor").asDouble())
                .isEqualTo(0.30);
        assertThat(config.at("/vendor_overrides/ACME Supply/lead_time_days").asDouble())
                .isEqualTo(14);
        assertThat(config.at("/store_context/timezone").asText()).isEqualTo("America/Chicago");
        assertThat(config.at("/store_context/cost_basis").asText()).isEqualTo("average");
        assertThat(config.at("/workflow_settings/stale_after_days").asInt()).isEqualTo(10);
        assertThat(config.get("updated_by").asText()).isNotEmpty();
        assertThat(http.get("/api/v1/config?store_id=" + store).json()).isEqualTo(config);

        Answer stale = put(Map.of("store_id", store, "preset", "standard"), "\"0\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("code").asText()).isEqualTo("PRECONDITION_FAILED");

        Answer back = put(
                Map.of("store_id", store, "parameters", java.util.Collections.singletonMap("dead_stock_days", null)),
                "\"1\"");
        assertThat(back.json().at("/parameters/dead_stock_days/source").asText())
                .isEqualTo("preset");
        assertThat(http.get("/api/v1/audit?page_size=100").text()).contains("config.updated", store);
    }

    @Test
    void invalidValuesAreRefusedNamingTheParameterOrSetting() {
        String store = newStore("Invalid");

        Answer rate = put(Map.of("store_id", store, "parameters", Map.of("margin_floor", 1.5)), "\"0\"");
        assertThat(rate.status()).isEqualTo(400);
        assertThat(rate.json().get("code").asText()).isEqualTo("INVALID_PARAMETER");
        assertThat(rate.json().get("detail").asText()).contains("margin_floor");
        Answer unknown = put(Map.of("store_id", store, "parameters", Map.of("luck", 7)), "\"0\"");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("detail").asText()).contains("luck");
        Answer setting = put(Map.of("store_id", store, "workflow_settings", Map.of("target_cover_days", 0)), "\"0\"");
        assertThat(setting.status()).isEqualTo(422);
        assertThat(setting.json().at("/errors/0/field").asText()).isEqualTo("workflow_settings.target_cover_days");
        Answer zone = put(Map.of("store_id", store, "store_context", Map.of("timezone", "Mars/Olympus")), "\"0\"");
        assertThat(zone.status()).isEqualTo(422);
        assertThat(zone.json().at("/errors/0/field").asText()).isEqualTo("store_context.timezone");
        Answer field = put(Map.of("store_id", store, "tier", "enterprise"), "\"0\"");
        assertThat(field.status()).isEqualTo(422);
        assertThat(field.json().at("/errors/0/field").asText()).isEqualTo("tier");
        assertThat(http.get("/api/v1/config?store_id=01900000-0000-7000-8000-000000000000")
                        .status())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/config").status()).isEqualTo(422);
        assertThat(http.get("/api/v1/config?store_id=" + store)
                        .json()
                        .get("version")
                        .asLong())
                .isZero();
    }

    @Test
    void theNextAnalysisRunsWithTheStoresThresholds() {
        String store = newStore("Thresholds");
        long before = deadStock(store);

        Answer saved = put(Map.of("store_id", store, "parameters", Map.of("dead_stock_days", 3000)), "\"0\"");
        assertThat(saved.status()).as(saved.text()).isEqualTo(200);

        assertThat(before).isPositive();
        assertThat(deadStock(store)).isZero();
        Answer reset = http.sendJson("POST", "/api/v1/config/reset", Map.of("store_id", store, "scope", "parameters"));
        assertThat(reset.status()).as(reset.text()).isEqualTo(200);
        assertThat(reset.header("ETag")).isEqualTo("\"2\"");
        assertThat(deadStock(store)).isEqualTo(before);
    }

    @Test
    void aComparisonShowsWhatAThresholdChangeResolved() {
        String store = newStore("Compared");
        String first = analyze(store);
        long dead = http.get("/api/v1/findings?leak_type=DEAD_STOCK&analysis_id=" + first)
                .json()
                .get("total")
                .asLong();
        put(Map.of("store_id", store, "parameters", Map.of("dead_stock_days", 3000)), "\"0\"");
        String second = analyze(store);

        JsonNode auto = http.get("/api/v1/analyses/" + second + "/compare").json();
        JsonNode posted = http.sendJson(
                        "POST", "/api/v1/analyses/compare", Map.of("current_id", second, "previous_id", first))
                .json();

        assertThat(posted).isEqualTo(auto);
        assertThat(auto.at("/metadata/previous/id").asText()).isEqualTo(first);
        assertThat(auto.at("/summary/issues_delta").asLong()).isEqualTo(-dead);
        assertThat(auto.at("/summary/resolved_types").asLong()).isEqualTo(1);
        JsonNode deadStock = null;
        for (JsonNode trend : auto.get("type_trends")) {
            if (trend.get("leak_type").asText().equals("DEAD_STOCK")) {
                deadStock = trend;
            }
        }
        assertThat(deadStock).isNotNull();
        assertThat(deadStock.get("status").asText()).isEqualTo("resolved");
        assertThat(deadStock.get("severity").asText()).isEqualTo("success");
        assertThat(auto.at("/finding_changes/resolved_count").asLong()).isEqualTo(dead);
        assertThat(auto.at("/finding_changes/missing_from_upload_count").asLong())
                .isZero();
        assertThat(auto.at("/metadata/cross_store").asBoolean()).isFalse();
        Answer noEarlier = http.get("/api/v1/analyses/" + first + "/compare");
        assertThat(noEarlier.status()).isEqualTo(404);
        assertThat(noEarlier.json().get("code").asText()).isEqualTo("NO_DATA");
        Answer unknown = http.sendJson(
                "POST",
                "/api/v1/analyses/compare",
                Map.of("current_id", second, "previous_id", "01900000-0000-7000-8000-000000000000"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("detail").asText())
                .isEqualTo("Previous analysis '01900000-0000-7000-8000-000000000000' not found");
    }

    @Test
    void anAnalysisSavesItsMappingAndTheNextUploadOfTheStoreStartsFromIt() {
        String store = newStore("Mapped");
        String key = upload(store);
        Answer analyzed = http.post(
                "/analysis/analyze",
                new Multipart()
                        .field("key", key)
                        .field("store_id", store)
                        .field("as_of", "2025-07-01")
                        .field("mapping", "{\"Sug. Retail\": \"extended\"}"));
        assertThat(analyzed.status()).as(analyzed.text()).isEqualTo(200);

        JsonNode saved =
                http.get("/api/v1/stores/" + store + "/mappings").json().get("items");
        assertThat(saved).hasSize(1);
        JsonNode mapping = saved.get(0);
        assertThat(mapping.get("header_fingerprint").asText()).hasSize(64);
        assertThat(mapping.get("pos_system").asText()).isEqualTo("paladin_report_29");
        assertThat(mapping.at("/mapping/sugretail").asText()).isEqualTo("extended");
        assertThat(mapping.at("/mapping/sku").asText()).isEqualTo("sku");
        assertThat(mapping.get("used_count").asLong()).isEqualTo(1);

        String next = upload(store);
        String uploadId = http.get("/api/v1/analyses?page_size=1")
                .json()
                .at("/items/0/id")
                .asText();
        assertThat(uploadId).isNotEmpty();
        Answer suggested = http.post(
                "/uploads/suggest-mapping", new Multipart().field("key", next).field("filename", "paladin.csv"));
        assertThat(suggested.status()).as(suggested.text()).isEqualTo(200);
        assertThat(suggested.json().at("/canonical_suggestions/Sug. Retail").asText())
                .isEqualTo("extended");

        Answer again = http.post(
                "/analysis/analyze",
                new Multipart()
                        .field("key", next)
                        .field("store_id", store)
                        .field("as_of", "2025-07-01")
                        .field("mapping", "{}")
                        .field("save_mapping", "false"));
        assertThat(again.status()).as(again.text()).isEqualTo(200);
        assertThat(http.get("/api/v1/stores/" + store + "/mappings")
                        .json()
                        .at("/items/0/used_count")
                        .asLong())
                .isEqualTo(1);

        Answer deleted = http.delete(
                "/api/v1/stores/" + store + "/mappings/" + mapping.get("id").asText());
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(http.get("/api/v1/stores/" + store + "/mappings").json().get("items"))
                .isEmpty();
        assertThat(http.delete("/api/v1/stores/" + store + "/mappings/"
                                + mapping.get("id").asText())
                        .status())
                .isEqualTo(404);
    }

    private String upload(String store) {
        Answer uploaded = http.post(
                "/uploads/direct", new Multipart().field("store_id", store).file("file", AbstractApiIT.PALADIN));
        assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
        return uploaded.json().at("/uploads/0/key").asText();
    }

    private String analyze(String store) {
        Answer answer = http.post(
                "/analysis/analyze",
                new Multipart()
                        .field("as_of", "2025-07-01")
                        .field("store_id", store)
                        .file("file", AbstractApiIT.PALADIN));
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer.json().get("analysis_id").asText();
    }

    private long deadStock(String store) {
        String id = analyze(store);
        return http.get("/api/v1/findings?leak_type=DEAD_STOCK&analysis_id=" + id)
                .json()
                .get("total")
                .asLong();
    }

    @Test
    void aRepeatedCreateWithTheSameIdempotencyKeyAnswersTheFirstResultAndADifferentBodyIsRefused() {
        Map<String, Object> body = Map.of("name", "Idempotent");
        Answer first = http.sendJson("POST", "/api/v1/stores", body, "Idempotency-Key", "store-create-1");
        Answer again = http.sendJson("POST", "/api/v1/stores", body, "Idempotency-Key", "store-create-1");

        assertThat(first.status()).as(first.text()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json().get("id").asText())
                .isEqualTo(first.json().get("id").asText());
        long named = 0;
        for (JsonNode store : http.get("/api/v1/stores").json().get("items")) {
            if (store.get("name").asText().equals("Idempotent")) {
                named++;
            }
        }
        assertThat(named).isEqualTo(1);
        Answer reused =
                http.sendJson("POST", "/api/v1/stores", Map.of("name", "Another"), "Idempotency-Key", "store-create-1");
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.json().get("code").asText()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(http.sendJson("POST", "/api/v1/stores", Map.of("name", "Plain"))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void aStoreIsRenamedMovedToAnotherTimeZoneDeactivatedAndReactivated() {
        String store = newStore("Old Name");
        newStore("Taken Name");

        Answer renamed = http.sendJson(
                "PUT", "/api/v1/stores/" + store, Map.of("name", "New Name", "timezone", "America/Denver"));
        assertThat(renamed.status()).as(renamed.text()).isEqualTo(200);
        assertThat(renamed.json().get("name").asText()).isEqualTo("New Name");
        assertThat(renamed.json().get("timezone").asText()).isEqualTo("America/Denver");
        assertThat(http.sendJson("PUT", "/api/v1/stores/" + store, Map.of("name", "taken name"))
                        .status())
                .isEqualTo(409);
        assertThat(http.sendJson("PUT", "/api/v1/stores/" + store, Map.of("timezone", "Mars/Olympus"))
                        .status())
                .isEqualTo(422);

        Answer deactivated = http.delete("/api/v1/stores/" + store);
        assertThat(deactivated.status()).isEqualTo(200);
        assertThat(deactivated.json().get("message").asText()).isEqualTo("Store 'New Name' deactivated");
        assertThat(http.get("/api/v1/stores/" + store).json().get("status").asText())
                .isEqualTo("inactive");
        Answer reactivated = http.sendJson("PUT", "/api/v1/stores/" + store, Map.of("status", "active"));
        assertThat(reactivated.json().get("status").asText()).isEqualTo("active");
        assertThat(http.get("/api/v1/audit?page_size=100").text()).contains("store.updated", "store.deactivated");
    }

    @Test
    void aV1UploadIsReadThenDeletedAtOnce() {
        String store = newStore("Uploads");
        Answer created = http.post(
                "/api/v1/uploads", new Multipart().field("store_id", store).file("file", AbstractApiIT.PALADIN));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.json().at("/uploads/0/id").asText();

        JsonNode upload = http.get("/api/v1/uploads/" + id).json();
        assertThat(upload.get("status").asText()).isEqualTo("received");
        assertThat(upload.get("sha256").asText()).hasSize(64);
        assertThat(upload.get("deleted_at").isNull()).isTrue();

        assertThat(http.delete("/api/v1/uploads/" + id).status()).isEqualTo(204);
        JsonNode deleted = http.get("/api/v1/uploads/" + id).json();
        assertThat(deleted.get("status").asText()).isEqualTo("deleted");
        assertThat(deleted.get("deleted_at").asText()).isNotEmpty();
        Answer gone = http.sendJson("POST", "/api/v1/uploads/" + id + "/suggest-mapping", Map.of());
        assertThat(gone.status()).as(gone.text()).isEqualTo(410);
        assertThat(http.get("/api/v1/uploads/01900000-0000-7000-8000-000000000000")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void regionsGroupStoresAndCannotBeDeletedWhileTheyHaveActiveStores() {
        Answer created = http.sendJson("POST", "/api/v1/regions", Map.of("name", "Mountain"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String region = created.json().get("id").asText();
        assertThat(http.sendJson("POST", "/api/v1/regions", Map.of("name", "mountain"))
                        .status())
                .isEqualTo(409);
        String store = newStore("Boulder");

        Answer moved = http.sendJson("PUT", "/api/v1/stores/" + store, Map.of("region_id", region));
        assertThat(moved.json().get("region_id").asText()).isEqualTo(region);
        assertThat(http.get("/api/v1/regions").text()).contains("\"store_count\":1");
        assertThat(http.get("/api/v1/stores?region_id=" + region)
                        .json()
                        .at("/items/0/id")
                        .asText())
                .isEqualTo(store);
        assertThat(http.get("/api/v1/stores?region_id=" + region)
                        .json()
                        .get("total")
                        .asInt())
                .isEqualTo(1);
        Answer blocked = http.delete("/api/v1/regions/" + region);
        assertThat(blocked.status()).isEqualTo(409);
        assertThat(blocked.json().get("detail").asText())
                .isEqualTo("Cannot delete region 'Mountain': it has 1 store(s). Move or delete them first.");
        assertThat(http.sendJson("PUT", "/api/v1/stores/" + store, Map.of("region_id", "nowhere"))
                        .status())
                .isEqualTo(422);

        Map<String, Object> none = new java.util.HashMap<>();
        none.put("region_id", null);
        assertThat(http.sendJson("PUT", "/api/v1/stores/" + store, none)
                        .json()
                        .get("region_id")
                        .isNull())
                .isTrue();
        assertThat(http.sendJson("PUT", "/api/v1/regions/" + region, Map.of("name", "Rockies"))
                        .json()
                        .get("name")
                        .asText())
                .isEqualTo("Rockies");
        assertThat(http.delete("/api/v1/regions/" + region).status()).isEqualTo(204);
        assertThat(http.delete("/api/v1/regions/" + region).status()).isEqualTo(404);
    }

    @Test
    void thePresetTableListsEveryParameterInEachPreset() {
        JsonNode presets = http.get("/api/v1/config/presets").json().get("presets");

        assertThat(presets.at("/conservative/dead_stock_days").asDouble()).isEqualTo(180);
        assertThat(presets.at("/standard/dead_stock_days").asDouble()).isEqualTo(90);
        assertThat(presets.at("/aggressive/dead_stock_days").asDouble()).isEqualTo(60);
        assertThat(presets.at("/standard/min_digest_impact").asDouble()).isEqualTo(100);
    }
}

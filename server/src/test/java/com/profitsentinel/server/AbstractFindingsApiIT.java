package com.profitsentinel.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.profitsentinel.server.HttpTestClient.Answer;
import com.profitsentinel.server.HttpTestClient.Multipart;
import com.profitsentinel.server.http.ApiSchemas;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Findings, groups and explanations over real HTTP (api.md §5.4, §5.5), once per database ({@link H2FindingsApiIT},
 * {@link PostgresFindingsApiIT}). The Paladin sample is analysed once; tests that change a finding's state put it
 * back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractFindingsApiIT {
    /** The hammer sold below cost in the Paladin sample (SKU 0070125). */
    private static final String HAMMER_SKU = "0070125";

    private TestServer server;
    private HttpTestClient http;
    private String analysisId;

    abstract TestDatabase open(Path dataDir);

    @BeforeAll
    void start(@TempDir Path directory) {
        server = TestServer.dev(open(directory), directory);
        http = server.http();
        analysisId = analyze();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private String analyze() {
        Answer answer = http.post(
                "/analysis/analyze",
                new Multipart().field("as_of", "2025-07-01").file("file", AbstractApiIT.PALADIN));
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer.json().get("analysis_id").asText();
    }

    private JsonNode list(String query) {
        Answer answer = http.get("/api/v1/findings" + query);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer.json();
    }

    private JsonNode hammer() {
        JsonNode items = list("?q=" + HAMMER_SKU + "&leak_type=BELOW_COST").get("items");
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    @Test
    void theListHasEveryFindingOfTheAnalysisWithTotalsAndFacetsThatAddUp() {
        JsonNode legacy = http.get("/api/v1/analyses/" + analysisId + "/legacy").json();
        JsonNode page = list("?page_size=100");
        String latest = http.get("/api/v1/analyses?page_size=1")
                .json()
                .at("/items/0/id")
                .asText();

        assertThat(page.get("total").asLong())
                .isEqualTo(legacy.get("findings_total").asLong())
                .isPositive();
        BigDecimal impact = BigDecimal.ZERO;
        BigDecimal capital = BigDecimal.ZERO;
        BigDecimal previous = null;
        for (JsonNode item : page.get("items")) {
            BigDecimal itemImpact = item.get("annual_profit_at_risk").decimalValue();
            impact = impact.add(itemImpact);
            capital = capital.add(item.get("capital_tied_up").decimalValue());
            if (previous != null) {
                assertThat(itemImpact).isLessThanOrEqualTo(previous);
            }
            previous = itemImpact;
            assertThat(item.get("status").asText()).isEqualTo("active");
            assertThat(item.get("last_analysis_id").asText()).isEqualTo(latest);
        }
        assertThat(page.at("/totals/annual_profit_at_risk").decimalValue()).isEqualByComparingTo(impact);
        assertThat(page.at("/totals/capital_tied_up").decimalValue()).isEqualByComparingTo(capital);
        long byType = 0;
        for (JsonNode count : page.at("/facets/leak_type")) {
            byType += count.asLong();
        }
        assertThat(byType).isEqualTo(page.get("total").asLong());
        assertThat(page.get("total_pages").asInt()).isEqualTo(1);
    }

    @Test
    void aFindingCarriesEveryDocumentedMember() {
        JsonNode hammer = hammer();

        List<String> names = new ArrayList<>();
        hammer.fieldNames().forEachRemaining(names::add);
        Object properties = ApiSchemas.all().get("Finding").get("properties");
        List<String> documented = new ArrayList<>();
        if (properties instanceof Map<?, ?> map) {
            map.keySet().forEach(key -> documented.add(String.valueOf(key)));
        }
        assertThat(names).containsExactlyInAnyOrderElementsOf(documented);
        assertThat(hammer.get("sku").asText()).isEqualTo(HAMMER_SKU);
        assertThat(hammer.get("type_display").asText()).isEqualTo("Selling Below Cost");
        assertThat(hammer.get("department").asText()).isEqualTo("TOOLS");
        assertThat(hammer.get("vendor").asText()).isEqualTo("STANLEY BLACK & DECKER");
        assertThat(hammer.get("store_name").asText()).isEqualTo("Main Store");
        assertThat(hammer.get("annual_profit_at_risk").decimalValue()).isEqualByComparingTo("999.10");
        assertThat(hammer.get("first_seen_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(hammer.at("/root_cause/cause").asText()).isNotEmpty();
        assertThat(hammer.get("acknowledgement").isNull()).isTrue();
    }

    @Test
    void filtersSortingAndPagingFollowTheQuery() {
        JsonNode dead = list("?leak_type=dead_stock&sort=sku&page_size=2");
        assertThat(dead.get("total").asLong())
                .isEqualTo(dead.at("/facets/leak_type/DEAD_STOCK").asLong());
        List<String> skus = new ArrayList<>();
        for (JsonNode item : dead.get("items")) {
            assertThat(item.get("leak_type").asText()).isEqualTo("DEAD_STOCK");
            skus.add(item.get("sku").asText());
        }
        assertThat(skus).isSorted().hasSize(2);
        JsonNode second = list("?leak_type=DEAD_STOCK&sort=sku&page_size=2&page=2");
        assertThat(second.at("/items/0/sku").asText()).isGreaterThan(skus.get(1));

        JsonNode big = list("?min_impact=500");
        for (JsonNode item : big.get("items")) {
            assertThat(item.get("annual_profit_at_risk").decimalValue()).isGreaterThanOrEqualTo(new BigDecimal(500));
        }
        assertThat(list("?department=tools&severity=critical").get("items"))
                .allSatisfy(item -> assertThat(item.get("department").asText()).isEqualTo("TOOLS"));
        assertThat(list("?analysis_id=" + analysisId).get("total").asLong())
                .isEqualTo(list("").get("total").asLong());

        assertFieldError(http.get("/api/v1/findings?leak_type=NOT_A_TYPE"), 422, "leak_type");
        assertFieldError(http.get("/api/v1/findings?severity=urgent"), 422, "severity");
        assertFieldError(http.get("/api/v1/findings?status=open"), 422, "status");
        assertFieldError(http.get("/api/v1/findings?page_size=101"), 422, "page_size");
        assertFieldError(http.get("/api/v1/findings?min_impact=-1"), 422, "min_impact");
    }

    @Test
    void anAcknowledgedFindingLeavesTheActiveListSurvivesAReuploadAndComesBackOnRestore() {
        String id = hammer().get("finding_id").asText();
        long active = list("").get("total").asLong();

        Answer acknowledged = http.sendJson(
                "POST",
                "/api/v1/findings/" + id + "/acknowledge",
                Map.of("reason", "expected", "note", "clearance price", "until", "2026-12-31"));

        assertThat(acknowledged.status()).as(acknowledged.text()).isEqualTo(200);
        assertThat(acknowledged.json().get("status").asText()).isEqualTo("acknowledged");
        assertThat(acknowledged.json().at("/acknowledgement/reason").asText()).isEqualTo("expected");
        assertThat(acknowledged.json().at("/acknowledgement/until").asText()).isEqualTo("2026-12-31");
        assertThat(list("").get("total").asLong()).isEqualTo(active - 1);
        assertThat(list("?status=acknowledged").at("/items/0/finding_id").asText())
                .isEqualTo(id);

        String second = analyze();
        JsonNode again = http.get("/api/v1/findings/" + id).json();
        assertThat(again.get("status").asText()).isEqualTo("acknowledged");
        assertThat(again.get("last_analysis_id").asText()).isEqualTo(second);
        assertThat(again.get("history").size())
                .isEqualTo(again.get("times_seen").asInt());
        assertThat(again.at("/history/0/analysis_id").asText()).isEqualTo(second);
        assertThat(again.at("/history/0/facts/0/fact").asText()).isNotEmpty();

        Answer restored = http.sendJson("POST", "/api/v1/findings/" + id + "/restore", Map.of());
        assertThat(restored.json().get("status").asText()).isEqualTo("active");
        assertThat(list("").get("total").asLong()).isEqualTo(active);
        JsonNode audit = http.get("/api/v1/audit?page_size=100").json();
        List<String> actions = new ArrayList<>();
        for (JsonNode event : audit.get("items")) {
            actions.add(event.get("action").asText());
        }
        assertThat(actions).contains("finding.acknowledged", "finding.restored");
    }

    @Test
    void bulkAcknowledgeReportsUnknownIdsAndBadRequestsAreRefused() {
        JsonNode items = list("?leak_type=ZERO_COST").get("items");
        String first = items.get(0).get("finding_id").asText();

        Answer bulk = http.sendJson(
                "POST",
                "/api/v1/findings/bulk-acknowledge",
                Map.of("ids", List.of(first, "ffffffffffffffff"), "reason", "will_monitor"));

        assertThat(bulk.status()).as(bulk.text()).isEqualTo(200);
        assertThat(bulk.json().get("acknowledged").asInt()).isEqualTo(1);
        assertThat(bulk.json().get("not_found")).extracting(JsonNode::asText).containsExactly("ffffffffffffffff");
        http.sendJson("POST", "/api/v1/findings/" + first + "/restore", Map.of());
        assertThat(http.get("/api/v1/findings/" + first).json().get("status").asText())
                .isEqualTo("active");

        assertFieldError(
                http.sendJson("POST", "/api/v1/findings/" + first + "/acknowledge", Map.of("reason", "because")),
                422,
                "reason");
        assertFieldError(
                http.sendJson(
                        "POST",
                        "/api/v1/findings/" + first + "/acknowledge",
                        Map.of("reason", "other", "note", "x".repeat(501))),
                422,
                "note");
        assertFieldError(
                http.sendJson(
                        "POST",
                        "/api/v1/findings/" + first + "/acknowledge",
                        Map.of("reason", "other", "colour", "red")),
                422,
                "colour");
        Answer missing =
                http.sendJson("POST", "/api/v1/findings/ffffffffffffffff/acknowledge", Map.of("reason", "other"));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("code").asText()).isEqualTo("NOT_FOUND");
    }

    @Test
    void explainGivesTheEvidenceHypothesesAndProofTreeOfAFinding() {
        String id = hammer().get("finding_id").asText();

        JsonNode explained = http.get("/api/v1/explain/" + id).json();

        assertThat(explained.get("kind").asText()).isEqualTo("finding");
        assertThat(explained.get("leak_type").asText()).isEqualTo("BELOW_COST");
        assertThat(explained.get("root_cause").asText()).isEqualTo("margin_leak");
        assertThat(explained.get("root_cause_display").asText()).isEqualTo("Margin Leak");
        assertThat(explained.get("confidence").decimalValue()).isEqualByComparingTo("0.37572");
        assertThat(explained.at("/hypotheses/0/score").decimalValue()).isEqualByComparingTo("0.679873");
        assertThat(explained.at("/facts_used/low_margin").asInt()).isEqualTo(1);
        assertThat(explained.at("/evidence/0/fact").asText()).isEqualTo("low_margin");
        assertThat(explained.at("/evidence/0/observed/0/value").asText()).isEqualTo("-0.120055");
        assertThat(explained.at("/evidence/0/threshold").asText()).isEqualTo("margin < 0.2");
        assertThat(explained.at("/proof_tree/kind").asText()).isEqualTo("conclusion");
        assertThat(explained.at("/proof_tree/statement").asText()).isEqualTo("Root cause: Margin Leak");
        assertThat(explained.at("/proof_tree/children/0/kind").asText()).isEqualTo("cause");
        assertThat(explained.get("recommendations").size()).isEqualTo(4);
        assertThat(explained.get("rendered_text").asText()).contains("Margin Leak");

        String group = hammer().get("group_id").asText();
        JsonNode ofGroup = http.get("/api/v1/explain/" + group).json();
        assertThat(ofGroup.get("kind").asText()).isEqualTo("group");
        assertThat(ofGroup.at("/facts_used/cost_exceeds_retail").asInt()).isEqualTo(3);

        Answer missing = http.get("/api/v1/explain/ffffffffffffffff");
        assertThat(missing.status()).isEqualTo(404);
    }

    @Test
    void whyWalksTheProofBackFromACauseOrAFact() {
        String id = hammer().get("finding_id").asText();

        JsonNode cause = http.sendJson(
                        "POST", "/api/v1/explain/" + id + "/why", Map.of("goal", "root_cause(MarginLeak)"))
                .json();
        assertThat(cause.get("goal").asText()).isEqualTo("cause(margin_leak)");
        assertThat(cause.get("holds").asBoolean()).isTrue();
        assertThat(cause.at("/steps/0/statement").asText()).isEqualTo("#1 Margin Leak: score 0.679873 from 1 SKU(s)");
        assertThat(cause.at("/steps/1/statement").asText()).isEqualTo("low_margin supports Margin Leak (+1)");
        assertThat(cause.at("/steps/2/value").asText()).isEqualTo(HAMMER_SKU + " = -0.120055");

        JsonNode fact = http.sendJson("POST", "/api/v1/explain/" + id + "/why", Map.of("goal", "FACT(negative_qty)"))
                .json();
        assertThat(fact.get("holds").asBoolean()).isFalse();
        assertThat(fact.at("/steps/0/kind").asText()).isEqualTo("fact");

        assertFieldError(
                http.sendJson("POST", "/api/v1/explain/" + id + "/why", Map.of("goal", "because")), 422, "goal");
        assertFieldError(
                http.sendJson("POST", "/api/v1/explain/" + id + "/why", Map.of("goal", "cause(aliens)")), 422, "goal");
    }

    @Test
    void groupsAreRankedByPriorityAndListTheirFindings() {
        JsonNode groups = http.get("/api/v1/finding-groups").json();
        double previous = Double.MAX_VALUE;
        for (JsonNode group : groups.get("items")) {
            double priority = group.get("priority_score").isNull()
                    ? 0
                    : group.get("priority_score").asDouble();
            assertThat(priority).isLessThanOrEqualTo(previous);
            previous = priority;
        }
        JsonNode top = groups.at("/items/0");
        assertThat(top.get("type_display").asText()).isNotEmpty();
        assertThat(top.get("hypotheses").isArray()).isTrue();

        JsonNode detail = http.get(
                        "/api/v1/finding-groups/" + top.get("group_id").asText())
                .json();
        assertThat(detail.get("findings").size())
                .isEqualTo(Math.min(100, detail.get("sku_count").asInt()));
        assertThat(detail.get("finding_count_active").asLong()).isPositive();
        assertThat(http.get("/api/v1/finding-groups/ffffffffffffffff").status()).isEqualTo(404);
    }

    @Test
    void theDigestOfTheStoredAnalysisIsTheDigestTheAnalysisMade() {
        String latest = http.get("/api/v1/analyses?page_size=1")
                .json()
                .at("/items/0/id")
                .asText();
        JsonNode made =
                http.get("/api/v1/analyses/" + latest + "/result").json().get("digest");

        JsonNode digest = http.get("/api/v1/digest").json();

        for (String figure : List.of(
                "total_issues",
                "total_dollar_impact",
                "selected_dedup_total",
                "stores_affected",
                "groups_detected",
                "groups_filtered_out")) {
            assertThat(digest.at("/summary/" + figure).decimalValue())
                    .as(figure)
                    .isEqualByComparingTo(made.get(figure).decimalValue());
        }
        List<String> selected = new ArrayList<>();
        made.get("selected").forEach(group -> selected.add(group.get("group_id").asText()));
        List<String> items = new ArrayList<>();
        digest.get("items").forEach(item -> items.add(item.get("group_id").asText()));
        assertThat(items).isEqualTo(selected).isNotEmpty();
        assertThat(digest.at("/items/0/headline").asText()).startsWith("1. Main Store — ");
        assertThat(digest.get("rendered_text").asText()).startsWith("Good morning. ");
        String store = digest.at("/stores/0/store_id").asText();
        assertThat(http.get("/api/v1/digest/" + store + "?top_k=1")
                        .json()
                        .get("items")
                        .size())
                .isEqualTo(1);
        assertThat(http.get("/api/v1/digest?top_k=0").status()).isEqualTo(422);
        assertThat(http.get("/api/v1/digest/01900000-0000-7000-8000-000000000000")
                        .status())
                .isEqualTo(404);
        String empty = http.sendJson("POST", "/api/v1/stores", Map.of("name", "Not analysed yet"))
                .json()
                .get("id")
                .asText();
        Answer noData = http.get("/api/v1/digest/" + empty);
        assertThat(noData.status()).isEqualTo(404);
        assertThat(noData.json().get("code").asText()).isEqualTo("NO_DATA");
        assertThat(noData.json().get("detail").asText())
                .isEqualTo("No analysis data available. Upload inventory data to get started.");
        assertThat(http.get("/api/v1/digest").json().get("rendered_text").asText())
                .contains("No data yet for Not analysed yet — upload an inventory export.");
    }

    @Test
    void theDashboardAddsUpTheActiveFindingsOfTheLatestAnalyses() {
        JsonNode latest = http.get("/api/v1/analyses?page_size=1").json().at("/items/0");
        JsonNode page = list("?page_size=100");

        JsonNode dashboard = http.get("/api/v1/dashboard").json();

        assertThat(dashboard.at("/totals/findings_active").asLong())
                .isEqualTo(page.get("total").asLong());
        // nothing is acknowledged between tests: the headline is the analysis's own de-duplicated total
        assertThat(dashboard.at("/totals/annual_profit_at_risk").decimalValue())
                .isEqualByComparingTo(
                        latest.at("/summary/annual_profit_at_risk").decimalValue());
        assertThat(dashboard.at("/totals/capital_tied_up").decimalValue())
                .isEqualByComparingTo(page.at("/totals/capital_tied_up").decimalValue());
        BigDecimal byType = BigDecimal.ZERO;
        for (JsonNode type : dashboard.get("by_type")) {
            byType = byType.add(type.get("annual_profit_at_risk").decimalValue());
        }
        assertThat(byType)
                .isEqualByComparingTo(page.at("/totals/annual_profit_at_risk").decimalValue());
        for (JsonNode department : dashboard.get("by_department")) {
            assertThat(department.get("status").asText()).isIn("red", "yellow");
        }
        assertThat(dashboard.at("/top_findings/0/finding_id").asText())
                .isEqualTo(page.at("/items/0/finding_id").asText());
        assertThat(dashboard.get("top_findings").size()).isEqualTo(5);
        assertThat(dashboard.at("/latest_analyses/0/analysis_id").asText())
                .isEqualTo(latest.get("id").asText());
        assertThat(dashboard.get("predictions").isNull()).isTrue();
        assertThat(http.get("/api/v1/dashboard?store_id=01900000-0000-7000-8000-000000000000")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theExportIsCsvOfTheFilteredFindingsSafeForSpreadsheets() {
        Answer csv = http.get("/api/v1/findings/export.csv?leak_type=BELOW_COST");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        String[] lines = csv.text().split("\r\n", -1);
        assertThat(lines[0]).startsWith("finding_id,store,leak_type,severity,status,sku,description");
        assertThat(lines.length - 2)
                .isEqualTo(list("?leak_type=BELOW_COST").get("total").asInt());
        assertThat(csv.text()).contains(HAMMER_SKU + ",HAMMER CLAW 16 OZ FIBERGLASS,TOOLS");
    }

    /** A 422 {@code VALIDATION_FAILED} problem whose field error names {@code field}. */
    private static void assertFieldError(Answer answer, int status, String field) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.json().get("code").asText()).isEqualTo("VALIDATION_FAILED");
        assertThat(answer.json().at("/errors/0/field").asText()).isEqualTo(field);
    }
}

package com.profitsentinel.cli;

import static com.profitsentinel.cli.SentinelTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.profitsentinel.cli.SentinelTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze}, {@code explain} and {@code rules} end to end in process: real ingestion of the spec fixtures
 * (samples/spec, engine.md §12.4) through each engine into each output format.
 */
class AnalyzeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FIXTURE =
            MapSamplesTest.samples().resolve("spec/multi-store-20.csv").toString();

    @TempDir
    Path directory;

    private Path write(String name, String content) throws IOException {
        Path file = directory.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void reportsTheSpecTotalsInJson() throws IOException {
        Run run = run("analyze", FIXTURE, "--as-of", "2025-07-01", "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("engine").asText()).isEqualTo("sentinel");
        assertThat(json.get("summary").get("annual_profit_at_risk_total").decimalValue())
                .isEqualByComparingTo("26164.42");
        assertThat(json.get("summary").get("capital_tied_up_total").decimalValue())
                .isEqualByComparingTo("34085.00");
        assertThat(json.get("digest").get("total_dollar_impact").decimalValue()).isEqualByComparingTo("14988.36");
        assertThat(json.get("digest").get("selected").get(0).get("leak_type").asText())
                .isEqualTo("NEGATIVE_INVENTORY");
        assertThat(json.get("findings")).hasSize(16);
        JsonNode deadStock = findings(json, "89df454382c1593d");
        assertThat(deadStock.get("annual_profit_at_risk").decimalValue()).isEqualByComparingTo("1200.00");
        assertThat(run.out()).contains("\"annual_profit_at_risk\":1200.00,");
        assertThat(deadStock.get("subtype").asText()).isEqualTo("receipt_fallback");
        assertThat(deadStock.get("evidence").get("facts").get(0).get("fact").asText())
                .isEqualTo("zero_sales");
    }

    @Test
    void listsTheLargestFindingsWhenAskedForFewer() throws IOException {
        Run run = run("analyze", FIXTURE, "--as-of", "2025-07-01", "--format", "json", "--findings", "3");

        JsonNode json = run.json();
        assertThat(json.get("findings_listed").asInt()).isEqualTo(3);
        assertThat(json.get("findings_total").asInt()).isEqualTo(16);
        assertThat(json.get("findings").findValuesAsText("sku"))
                .containsExactlyInAnyOrder("ELC-5501", "PNT-1001", "PNT-2001");
        assertThat(json.get("summary").get("items_flagged").asInt()).isEqualTo(14);
    }

    private static JsonNode findings(JsonNode json, String findingId) {
        for (JsonNode finding : json.get("findings")) {
            if (finding.get("finding_id").asText().equals(findingId)) {
                return finding;
            }
        }
        throw new AssertionError("no finding " + findingId);
    }

    @Test
    void legacyEngineWritesTheLegacyShapeOfExampleA() throws IOException {
        Path file = write(
                "example-a.csv",
                "SKU,Qty.,Cost,Retail,Sold,Profit Margin %\nA1,8,5.00,10.00,51,50\nB2,20,10.00,10.00,3,0\n"
                        + "C3,4,0.00,25.00,101,100\n");

        Run run = run(
                "analyze", file.toString(), "--engine", "legacy", "--as-of", "2025-07-01", "--format", "legacy-json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.json();
        JsonNode lowStock = json.get("leaks").get("low_stock");
        assertThat(lowStock.get("count").asInt()).isEqualTo(2);
        assertThat(run.out()).contains("\"scores\" : [ 0.60, 0.10 ]");
        assertThat(lowStock.get("item_details").get(0).has("finding_id")).isTrue();
        assertThat(lowStock.get("item_details").get(0).has("annual_profit_at_risk"))
                .isFalse();
        assertThat(json.get("summary")
                        .get("estimated_impact")
                        .get("low_estimate")
                        .decimalValue())
                .isEqualByComparingTo("204.08");
        assertThat(json.get("summary")
                        .get("estimated_impact")
                        .get("high_estimate")
                        .decimalValue())
                .isEqualByComparingTo("379.01");
    }

    @Test
    void readsASalesFileWithAnInventoryFileThatIsNotUtf8() throws IOException {
        Path samples = MapSamplesTest.samples();

        Run run = run(
                "analyze",
                samples.resolve("paladin-report-29.csv").toString(),
                samples.resolve("sales-detail.csv").toString(),
                "--as-of",
                "2025-07-01",
                "--format",
                "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.json().get("summary").get("rows_read").asLong()).isEqualTo(40);
    }

    @Test
    void projectsOntoTheLegacyShape() throws IOException {
        Run run = run("analyze", FIXTURE, "--as-of", "2025-07-01", "--format", "legacy-json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("leaks").get("negative_inventory").get("count").asLong())
                .isEqualTo(4);
        assertThat(json.get("leaks")
                        .get("high_margin_leak")
                        .get("top_items")
                        .get(0)
                        .asText())
                .isEqualTo("PNT-1001");
        assertThat(json.get("leaks")).hasSize(11);
        JsonNode summary = json.get("summary");
        assertThat(summary.get("total_items_flagged").asLong()).isEqualTo(16);
        assertThat(summary.get("critical_issues").asLong()).isEqualTo(7);
        assertThat(summary.get("estimated_impact").get("low_estimate").decimalValue())
                .isEqualByComparingTo("18315.09");
        assertThat(summary.get("estimated_impact")
                        .get("negative_inventory_alert")
                        .get("potential_untracked_cogs")
                        .decimalValue())
                .isEqualByComparingTo("3975.00");
        assertThat(json.get("status").asText()).isEqualTo("success");
        assertThat(json.get("findings")).hasSize(16);
        assertThat(json.get("cause_diagnosis").get("top_cause").asText()).isEqualTo("theft");
    }

    @Test
    void streamsOneFindingPerLineAsNdjson() throws IOException {
        Run run = run("analyze", FIXTURE, "--as-of", "2025-07-01", "--format", "ndjson");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(16);
        List<String> ids = new ArrayList<>();
        for (String line : lines) {
            ids.add(JSON.readTree(line).get("finding_id").asText());
        }
        assertThat(ids).contains("89df454382c1593d", "f142c127df87c30c").doesNotHaveDuplicates();
    }

    @Test
    void writesCsvThatASpreadsheetCannotRunAsFormulas() throws IOException {
        Path file = write(
                "items.csv",
                "SKU,Description,Qty,Cost,Retail\n=HYPERLINK(\"http://x\"),\"Nails, 2\"\" box\",-5,2.50,4.99\n");

        Run run = run("analyze", file.toString(), "--as-of", "2025-07-01", "--format", "csv");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo(String.join(",", FindingStream.CSV_COLUMNS));
        assertThat(lines.get(1))
                .contains(",\"'=HYPERLINK(\"\"http://x\"\")\",")
                .contains(",\"Nails, 2\"\" box\",")
                .contains(",NEGATIVE_INVENTORY,,12.50,0.00,0.9,high,");
    }

    @Test
    void rendersASelfContainedHtmlReportWithEscapedText() throws IOException {
        Path file = write("items.csv", "SKU,Description,Qty,Cost,Retail\nA1,<script>alert(1)</script>,-5,2.50,4.99\n");

        Run run = run("analyze", file.toString(), "--as-of", "2025-07-01", "--format", "html");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .startsWith("<!DOCTYPE html>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>")
                .doesNotContain("src=\"http")
                .contains("$12.50");
    }

    @Test
    void runsTheLegacyEngineOnRequest() throws IOException {
        Run run = run("analyze", FIXTURE, "--as-of", "2025-07-01", "--engine", "legacy", "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.json().get("engine").asText()).isEqualTo("legacy");
        assertThat(run.json().get("engine_version").asText()).isEqualTo("1.0.0");
    }

    @Test
    void flagsMoreWithTheAggressivePreset() throws IOException {
        Path file = write("items.csv", "SKU,Qty,Cost,Retail,Units Sold 30 Days\nA1,20,7.80,10,10\n");

        Run standard = run("analyze", file.toString(), "--as-of", "2025-07-01", "--format", "json");
        Run aggressive =
                run("analyze", file.toString(), "--as-of", "2025-07-01", "--format", "json", "--preset", "aggressive");

        assertThat(standard.json().get("summary").get("items_flagged").asLong()).isZero();
        assertThat(aggressive
                        .json()
                        .get("summary")
                        .get("findings_by_type")
                        .get("MARGIN_EROSION")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void refusesAnUnknownEngineFormatOrPreset() {
        Run engine = run("analyze", FIXTURE, "--engine", "magic");
        Run format = run("analyze", FIXTURE, "--format", "pdf");
        Run preset = run("analyze", FIXTURE, "--preset", "wild");

        assertThat(engine.exitCode()).isEqualTo(2);
        assertThat(engine.err()).contains("Unknown engine \"magic\"; known engines: legacy, sentinel.");
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).contains("--format must be text, json, legacy-json, html, ndjson or csv");
        assertThat(preset.exitCode()).isEqualTo(2);
        assertThat(preset.err()).contains("--preset must be one of conservative, standard, aggressive");
    }

    @Test
    void readsPurchaseOrdersBeforeTheInventoryWhateverTheOrderGiven() throws IOException {
        Path inventory = write("items.csv", "SKU,Qty,Cost,Retail,Last Received\n0102130,3,9.17,14.99,05/01/2025\n");
        Path orders = write(
                "orders.csv",
                "PO Number,PO Date,Status,Vendor,SKU,Qty Ordered,Qty Shipped,Unit Cost\n"
                        + "4512,06/02/2025,INVOICED,Orgill,0102130,12,12,9.17\n");

        Run run = run("analyze", inventory.toString(), orders.toString(), "--as-of", "2025-06-30", "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("files").get(0).get("file_type").asText()).isEqualTo("inventory");
        assertThat(json.get("files").get(1).get("file_type").asText()).isEqualTo("purchase_orders");
        assertThat(json.get("summary")
                        .get("findings_by_type")
                        .get("RECEIVING_GAP")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void explainsAFindingWithItsProofTree() throws IOException {
        Run run = run("explain", FIXTURE, "--as-of", "2025-07-01", "--finding", "f142c127df87c30c");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("Finding f142c127df87c30c: Negative Inventory · store store-15 · SKU ELC-5501")
                .contains("negative_qty: qty_on_hand = -120")
                .contains("Root cause: Theft / Shrinkage")
                .contains("negative_qty: qty_on_hand ≤ -0.005 — ELC-5501 = -120")
                .contains("#2 Inventory Drift: score 0.613941")
                .contains("Missing supporting facts: old_receipt, count_shortage, unrecorded_receipt");

        Run json =
                run("explain", FIXTURE, "--as-of", "2025-07-01", "--finding", "f142c127df87c30c", "--format", "json");
        assertThat(json.json().get("proof_tree").get("kind").asText()).isEqualTo("conclusion");
        assertThat(json.json().get("root_cause").get("hypotheses")).hasSize(2);
    }

    @Test
    void explainsAGroupAndRefusesAnUnknownId() {
        Run group = run("explain", FIXTURE, "--as-of", "2025-07-01", "--finding", "80ffc699da70ed43");
        Run unknown = run("explain", FIXTURE, "--as-of", "2025-07-01", "--finding", "0000000000000000");

        assertThat(group.exitCode()).as(group.err()).isZero();
        assertThat(group.out())
                .contains("Group 80ffc699da70ed43: Dead Stock in store-3")
                .contains("Demand Shift");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("No finding or group with ID \"0000000000000000\"");
    }

    @Test
    void listsTheRulesWithTheirThresholdsAndPages() throws IOException {
        Run text = run("rules");
        Run json = run("rules", "--engine", "sentinel", "--preset", "conservative", "--format", "json");
        Run legacy = run("rules", "--engine", "legacy");

        assertThat(text.exitCode()).isZero();
        assertThat(text.out())
                .startsWith("sentinel 2.0.0: 13 rules (preset standard)")
                .contains("dead-stock — Dead Stock (DEAD_STOCK)")
                .contains("dead_stock_days = 90")
                .contains("docs: docs/rules/sentinel/dead-stock.md");
        JsonNode rules = json.json().get("rules");
        assertThat(rules).hasSize(13);
        assertThat(rules.get(1).get("parameters").get("dead_stock_days").asInt())
                .isEqualTo(180);
        assertThat(legacy.exitCode()).isZero();
        assertThat(legacy.out()).startsWith("legacy 1.0.0: 11 rules");
    }
}

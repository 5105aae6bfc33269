package com.profitsentinel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line in process: exit codes, messages on standard error, the output formats. */
class SentinelTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path directory;

    /** The outcome of one command. */
    record Run(int exitCode, String out, String err) {
        JsonNode json() throws IOException {
            return JSON.readTree(out);
        }
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Sentinel.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path write(String name, String content) throws IOException {
        Path file = directory.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void serveAddsALocalAccountOwningANewOrgAndRefusesAWeakPassword() {
        java.io.InputStream input = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream("a strong password here\n".getBytes(StandardCharsets.UTF_8)));
            Run added = run(
                    "serve",
                    "--data-dir",
                    directory.toString(),
                    "--add-account",
                    "pat@store.example",
                    "--account-org",
                    "Pat's Hardware");
            assertThat(added.exitCode()).as(added.err()).isZero();
            assertThat(added.out())
                    .isEqualTo("created pat@store.example, owner of \"Pat's Hardware\" (sign in at /login)\n");

            System.setIn(new java.io.ByteArrayInputStream("pat\n".getBytes(StandardCharsets.UTF_8)));
            Run weak = run("serve", "--data-dir", directory.toString(), "--add-account", "sam@store.example");
            assertThat(weak.exitCode()).isEqualTo(2);
            assertThat(weak.err()).contains("at least 12 characters");

            System.setIn(
                    new java.io.ByteArrayInputStream("another strong password\n".getBytes(StandardCharsets.UTF_8)));
            Run taken = run("serve", "--data-dir", directory.toString(), "--add-account", "pat@store.example");
            assertThat(taken.exitCode()).isEqualTo(2);
            assertThat(taken.err()).contains("already exists");
        } finally {
            System.setIn(input);
        }
    }

    @Test
    void versionNamesTheProductAndTheJava() {
        Run run = run("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Profit Sentinel ").contains("Java ");
    }

    @Test
    void helpListsTheCommands() {
        Run run = run("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("analyze").contains("map");
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run run = run("analyze", "--frobnicate", "x.csv");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--frobnicate'").contains("./sentinel analyze --help");
    }

    @Test
    void missingFileIsBadInputNamingTheFile() {
        Run run = run("analyze", directory.resolve("nope.csv").toString(), "--as-of", "2025-07-01");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("nope.csv").contains("does not exist");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void badDateIsAUsageError() throws IOException {
        Path file = write("a.csv", "SKU,Qty\nA,1\n");

        Run run = run("analyze", file.toString(), "--as-of", "07/01/2025");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--as-of must be a date written YYYY-MM-DD, not \"07/01/2025\"");
    }

    @Test
    void mapPrintsTheDocumentedJsonShape() throws IOException {
        Path file = write("items.csv", "SKU,Qty.,Cost,Sug. Retail,Retail\n100234,-120,3.50,5.99,5.49\n");

        Run run = run("map", file.toString(), "--format", "json", "--as-of", "2025-07-01");

        assertThat(run.exitCode()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("file").asText()).isEqualTo("items.csv");
        assertThat(json.get("format").asText()).isEqualTo("csv");
        assertThat(json.get("encoding").asText()).isEqualTo("utf-8");
        assertThat(json.get("delimiter").asText()).isEqualTo(",");
        assertThat(json.get("rows").asLong()).isEqualTo(1);
        assertThat(json.get("pos").asText()).isEqualTo("generic");
        JsonNode columns = json.get("columns");
        assertThat(columns).hasSize(5);
        assertThat(columns.get(3).get("header").asText()).isEqualTo("Sug. Retail");
        assertThat(columns.get(3).get("field").asText()).isEqualTo("suggested_retail");
        assertThat(columns.get(3).get("confidence").asDouble()).isEqualTo(1.0);
        assertThat(json.get("missing")).extracting(JsonNode::asText).containsExactly("units_sold", "last_sale_date");
        assertThat(json.get("warnings").isArray()).isTrue();
    }

    @Test
    void mapTextShowsEveryColumn() throws IOException {
        Path file = write("items.csv", "SKU,Qty,Cost,Mystery\nA,1,2.50,zz\n");

        Run run = run("map", file.toString(), "--as-of", "2025-07-01");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("pos       generic")
                .contains("→ sku")
                .contains("→ qty_on_hand")
                .contains("Mystery")
                .contains("(unmapped)");
    }

    @Test
    void mappingFileOverridesAColumn() throws IOException {
        Path file = write("items.csv", "SKU,Qty,Cost,Sug. Retail\nA,1,2.50,4.99\n");
        Path mapping = write("mapping.json", "{\"Sug. Retail\": \"retail_price\", \"Qty\": null}");

        Run run = run("map", file.toString(), "--format", "json", "--mapping", mapping.toString());

        JsonNode columns = run.json().get("columns");
        assertThat(columns.get(1).get("field").isNull()).isTrue();
        assertThat(columns.get(3).get("field").asText()).isEqualTo("retail_price");
        assertThat(columns.get(3).get("source").asText()).isEqualTo("override");
    }

    @Test
    void invalidMappingFilesAreBadInput() throws IOException {
        Path file = write("items.csv", "SKU,Qty\nA,1\n");

        Run array = run(
                "map",
                file.toString(),
                "--mapping",
                write("array.json", "[\"SKU\", \"sku\"]").toString());
        Run broken = run(
                "map",
                file.toString(),
                "--mapping",
                write("broken.json", "{\"SKU\": ").toString());
        Run unknownField = run(
                "map",
                file.toString(),
                "--mapping",
                write("field.json", "{\"SKU\": \"item\"}").toString());

        assertThat(array.exitCode()).isEqualTo(2);
        assertThat(array.err()).contains("The mapping must be a JSON object of column name → target (or null).");
        assertThat(broken.exitCode()).isEqualTo(2);
        assertThat(broken.err()).contains("Invalid mapping JSON");
        assertThat(unknownField.exitCode()).isEqualTo(2);
        assertThat(unknownField.err()).contains("\"item\" is not a mapping target. Valid targets: sku,");
    }

    @Test
    void analyzePrintsTheLeaksAndTheDataProblems() throws IOException {
        Path file = write("items.csv", "SKU,Qty,Cost,Retail\nA,1,2.50,4.99\nB,2,abc,3.00\nC,-1,1,2\n");

        Run run = run("analyze", file.toString(), "--as-of", "2025-07-01");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("items.csv (inventory, generic): 3 rows read, 0 rejected")
                .contains("Negative Inventory")
                .contains("UNPARSEABLE_NUMBER 1")
                .contains("\"items.csv\" row 3, column \"Cost\": \"abc\" is not a number");
    }

    @Test
    void analyzeJsonCountsRowsAndProblems() throws IOException {
        Path file = write("items.csv", "SKU,Qty,Cost\nA,1,2.50\n,1,2\n" + "X,1,1\n".repeat(30));

        Run run = run("analyze", file.toString(), "--as-of", "2025-07-01", "--format", "json");

        JsonNode json = run.json();
        assertThat(run.exitCode()).isZero();
        JsonNode summary = json.get("summary");
        assertThat(summary.get("rows_read").asLong()).isEqualTo(32);
        assertThat(summary.get("rows_rejected").asLong()).isEqualTo(1);
        assertThat(summary.get("records_analyzed").asLong()).isEqualTo(31);
        assertThat(summary.get("duplicates_excluded").asLong()).isEqualTo(29);
        assertThat(summary.get("data_quality_by_code").get("REJECTED_NO_SKU").asLong())
                .isEqualTo(1);
        JsonNode rejected = json.get("data_quality").get(0);
        assertThat(rejected.get("subtype").asText()).isEqualTo("REJECTED_NO_SKU");
        assertThat(rejected.get("details").get("rows").get(0).asLong()).isEqualTo(3);
    }

    @Test
    void errorBudgetExceededIsBadInputWithTheRows() throws IOException {
        Path file = write("items.csv", "SKU,Qty\n,1\n,2\nA,3\n");

        Run run = run("analyze", file.toString(), "--as-of", "2025-07-01");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("2 of 3 data rows (66.7%) could not be read; the limit is 5%.")
                .contains("row 2");
    }

    @Test
    void analyzeWritesToTheOutputFile() throws IOException {
        Path file = write("items.csv", "SKU,Qty\nA,1\n");
        Path out = directory.resolve("summary.json");

        Run run = run("analyze", file.toString(), "--as-of", "2025-07-01", "--format", "json", "-o", out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(JSON.readTree(out.toFile())
                        .get("summary")
                        .get("records_analyzed")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void nothingExtraIsWrittenToStandardErrorWhenPiped() throws IOException {
        Path file = write("items.csv", "SKU,Qty\nA,1\n");

        Run run = run("analyze", file.toString(), "--as-of", "2025-07-01");

        assertThat(run.err()).isEmpty();
    }
}

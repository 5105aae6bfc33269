package com.profitsentinel.server.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.profitsentinel.io.ingest.FilePreview;
import com.profitsentinel.io.ingest.IngestRequest;
import com.profitsentinel.io.ingest.Ingestion;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mapping response shapes of api.md §4.4 and §5.2 (columns.md §6.7), built from real file previews. */
class MappingSuggestionsTest {
    private static final Path PALADIN = Path.of("../samples/paladin-report-29.csv");
    private static final Path GENERIC = Path.of("../samples/generic.csv");
    private static final BigDecimal ONE = new BigDecimal("1.00");

    @TempDir
    Path directory;

    private static FilePreview preview(Path file) {
        return Ingestion.preview(
                IngestRequest.builder(file, LocalDate.of(2025, 7, 1)).build());
    }

    private FilePreview preview(String name, String content) throws IOException {
        Path file = directory.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return preview(file);
    }

    @Test
    void theLegacyAnswerStartsWithTheSevenKeysOfTheReferenceImplementation() {
        Map<String, Object> answer = MappingSuggestions.legacy("upload-1", preview(PALADIN));

        assertThat(answer.keySet())
                .startsWith(
                        "original_columns",
                        "sample_data",
                        "suggestions",
                        "confidences",
                        "importance",
                        "critical_missing",
                        "notes")
                .contains(
                        "canonical_suggestions",
                        "detected_system",
                        "file_type",
                        "encoding_detected",
                        "delimiter",
                        "sheet",
                        "sheets",
                        "recommended_missing",
                        "sources",
                        "alternatives",
                        "fallbacks",
                        "units_sold_period",
                        "stores_detected",
                        "warnings");
    }

    @Test
    void legacySuggestionsUseTheOldVocabularyAndLeaveSuggestedRetailWithoutAName() {
        Map<String, Object> answer = MappingSuggestions.legacy("upload-1", preview(PALADIN));

        assertThat(map(answer, "suggestions"))
                .containsEntry("SKU", "sku")
                .containsEntry("In Stock Qty.", "quantity")
                .containsEntry("Inventoried Qty.", "inventoried_qty")
                .containsEntry("Cost", "cost")
                .containsEntry("Retail", "revenue")
                .containsEntry("Sold", "sold")
                .containsEntry("Sub Total", "sub_total")
                .containsEntry("Changed", "date")
                .containsEntry("Last Pur.", "last_purchase_date")
                .containsEntry("Sug. Retail", null)
                .containsEntry("Vendor SKU", null)
                .containsEntry("Dpt.", null);
        assertThat(map(answer, "canonical_suggestions"))
                .containsEntry("Sug. Retail", "suggested_retail")
                .containsEntry("Retail", "retail_price")
                .containsEntry("In Stock Qty.", "qty_on_hand")
                .containsEntry("Allow Retail Edit", "extended");
        assertThat(answer.get("critical_missing")).isEqualTo(List.of());
        assertThat(answer.get("notes")).isEqualTo("Paladin POS (inventory report, 29 columns) detected.");
    }

    @Test
    void theDetectedSystemNamesTheProfileItsScoreAndTheMarkersFound() {
        Map<String, Object> system = map(MappingSuggestions.legacy("upload-1", preview(PALADIN)), "detected_system");

        assertThat(system)
                .containsEntry("id", "paladin_report_29")
                .containsEntry("confidence", ONE)
                .containsKey("name");
        assertThat(list(system, "markers_found")).hasSize(10).contains("In Stock Qty.", "Last Pur.");
    }

    @Test
    void aFileOfNoKnownSystemHasNoDetectedSystemAndTheGenericNote() {
        Map<String, Object> answer = MappingSuggestions.legacy("upload-1", preview(GENERIC));

        assertThat(answer.get("detected_system")).isNull();
        assertThat(answer.get("notes")).isEqualTo(MappingSuggestions.GENERIC_NOTE);
        assertThat(map(answer, "units_sold_period")).containsExactly(entry("Sold Last 30 Days", 30));
        assertThat(map(answer, "sources")).containsEntry("Scan Code", "sniff").containsEntry("Buyer Notes", "none");
    }

    @Test
    void sampleDataHasAtMostTenRowsOfTextWithBlanksAsEmptyText() {
        List<Object> sample = list(MappingSuggestions.legacy("upload-1", preview(PALADIN)), "sample_data");

        assertThat(sample).hasSize(MappingSuggestions.SAMPLE_DATA_ROWS);
        @SuppressWarnings("unchecked")
        Map<String, String> sixth = (Map<String, String>) sample.get(5);
        assertThat(sixth).containsEntry("SKU", "0014894").containsEntry("Last Sale", "");
    }

    @Test
    void importanceIsTheCanonicalFieldsImportanceAndZeroForExtendedAndUnmappedColumns() {
        assertThat(MappingSuggestions.importance(Optional.of("sku"))).isEqualTo(5);
        assertThat(MappingSuggestions.importance(Optional.of("suggested_retail")))
                .isEqualTo(3);
        assertThat(MappingSuggestions.importance(Optional.of("last_sale_date"))).isEqualTo(4);
        assertThat(MappingSuggestions.importance(Optional.of("bin_location"))).isEqualTo(1);
        assertThat(MappingSuggestions.importance(Optional.of("extended"))).isZero();
        assertThat(MappingSuggestions.importance(Optional.empty())).isZero();
        assertThat(MappingSuggestions.importance(Optional.of("txn_date")))
                .isEqualTo(MappingSuggestions.OTHER_FIELD_IMPORTANCE);
    }

    @Test
    void scoresAreRoundedHalfEvenToTwoDecimalsOnTheirBinaryValue() {
        assertThat(MappingSuggestions.twoDecimals(1.0)).isEqualTo(ONE);
        assertThat(MappingSuggestions.twoDecimals(0.125)).isEqualTo(new BigDecimal("0.12"));
        assertThat(MappingSuggestions.twoDecimals(0.945)).isEqualTo(new BigDecimal("0.94"));
        assertThat(MappingSuggestions.twoDecimals(0.6)).isEqualTo(new BigDecimal("0.60"));
    }

    @Test
    void aFallbackColumnIsListedAndTheMissingFieldsInBothVocabularies() throws IOException {
        FilePreview preview =
                preview("fallback.csv", "Item Number,Description,Sug. Retail,Cost,On Hand\nA1,Hose,4.99,2.50,3\n");

        Map<String, Object> legacy = MappingSuggestions.legacy("upload-1", preview);
        Map<String, Object> canonical = MappingSuggestions.canonical("upload-1", preview);

        assertThat(map(legacy, "fallbacks")).containsExactly(entry("retail_price", "Sug. Retail"));
        assertThat(legacy.get("critical_missing")).isEqualTo(List.of("revenue", "sold"));
        assertThat(canonical.get("critical_missing")).isEqualTo(List.of("retail_price", "units_sold"));
        assertThat(list(legacy, "recommended_missing"))
                .extracting(missing -> String.valueOf(((Map<?, ?>) missing).get("field")))
                .containsExactly("units_sold", "last_sale_date");
        assertThat(list(legacy, "warnings"))
                .extracting(warning -> String.valueOf(((Map<?, ?>) warning).get("code")))
                .containsExactly("FALLBACK_USED");
    }

    @Test
    void anUnmappedColumnListsTheFieldsItCouldHaveBeen() throws IOException {
        FilePreview preview = preview("categories.csv", "SKU,Cat.,Category,Dpt.,Qty.\nA1,X,Y,Z,1\nB2,X,Y,Z,2\n");

        Map<String, Object> answer = MappingSuggestions.legacy("upload-1", preview);

        assertThat(map(answer, "canonical_suggestions"))
                .containsEntry("Cat.", "category")
                .containsEntry("Category", null);
        assertThat(map(answer, "alternatives"))
                .containsExactly(entry("Category", List.of(Map.of("field", "category", "score", ONE))));
        assertThat(map(answer, "confidences")).containsEntry("Category", new BigDecimal("0.00"));
    }

    @Test
    void theCanonicalAnswerHasEveryKeyOfTheMappingResponseInOrder() {
        Map<String, Object> answer = MappingSuggestions.canonical("upload-1", preview(PALADIN));

        assertThat(answer.keySet())
                .containsExactly(
                        "file_id",
                        "file_type",
                        "detected_system",
                        "encoding_detected",
                        "delimiter",
                        "sheet",
                        "sheets",
                        "preamble",
                        "original_columns",
                        "sample_data",
                        "suggestions",
                        "confidences",
                        "sources",
                        "importance",
                        "alternatives",
                        "fallbacks",
                        "critical_missing",
                        "recommended_missing",
                        "units_sold_period",
                        "stores_detected",
                        "warnings",
                        "notes",
                        "legacy_suggestions",
                        "canonical_suggestions");
        assertThat(answer.get("file_id")).isEqualTo("upload-1");
        assertThat(map(answer, "suggestions")).containsEntry("Sug. Retail", "suggested_retail");
        assertThat(map(answer, "legacy_suggestions")).containsEntry("Sug. Retail", null);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> answer, String key) {
        return (Map<String, Object>) answer.get(key);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Map<String, Object> answer, String key) {
        return (List<Object>) answer.get(key);
    }
}

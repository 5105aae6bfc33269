package com.profitsentinel.io.mapping;

import static com.profitsentinel.io.mapping.MappingFixtures.assertOrderIndependent;
import static com.profitsentinel.io.mapping.MappingFixtures.confidences;
import static com.profitsentinel.io.mapping.MappingFixtures.request;
import static com.profitsentinel.io.mapping.MappingFixtures.targets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import com.profitsentinel.engine.finding.DataQualityCode;
import com.profitsentinel.io.table.Notice;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** columns.md §11.1–§11.5 and §11.7: the mapping acceptance tables, one test per row. */
class MappingAcceptanceTest {

    /** Builds an ordered header → target map from alternating arguments. */
    private static Map<String, String> expect(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int index = 0; index < pairs.length; index += 2) {
            map.put(pairs[index], pairs[index + 1]);
        }
        return map;
    }

    private static List<String> headers(Map<String, String> expected) {
        return new ArrayList<>(expected.keySet());
    }

    @Nested
    class PaladinTwentyNineColumnReport {
        static final Map<String, String> EXPECTED = expect(
                "SKU", "sku",
                "Vendor SKU", "vendor_sku",
                "Description", "description",
                "Description Short", "description_alt",
                "Pkg. Qty.", "package_qty",
                "Inventoried Qty.", "qty_counted",
                "In Stock Qty.", "qty_on_hand",
                "Qty. Difference", "qty_difference",
                "Cost", "unit_cost",
                "Sub Total", "inventory_value_cost",
                "Changed", "last_changed_date",
                "Sug. Retail", "suggested_retail",
                "Retail", "retail_price",
                "Profit Margin %", "margin_pct",
                "Allow Retail Edit", "extended",
                "Last Perpetual Inventory Date", "last_count_date",
                "Real Perpetual Inventory Date", "extended",
                "Barcode", "barcode",
                "Vendor", "vendor",
                "Category", "category",
                "Dpt.", "department",
                "BIN", "bin_location",
                "Status", "status",
                "Sold", "units_sold",
                "Last Sale", "last_sale_date",
                "Pur.", "units_purchased",
                "Last Pur.", "last_receipt_date",
                "Sku Was Added", "date_added",
                "Formula", "extended");

        private ColumnMapping map() {
            return ColumnMapper.map(request(headers(EXPECTED), EXPECTED));
        }

        @Test
        void detectsThePaladinReportWithTenMarkers() {
            DetectedProfile detected = map().profile().orElseThrow();

            assertThat(detected.profile().id()).isEqualTo("paladin_report_29");
            assertThat(detected.profile().confidence()).isEqualTo(ProfileConfidence.HIGH);
            assertThat(detected.markersFound()).hasSize(10);
        }

        @Test
        void mapsExactlyTheRequiredTable() {
            assertThat(targets(map())).isEqualTo(EXPECTED);
        }

        @Test
        void everyConfidenceIsOne() {
            assertThat(confidences(map()))
                    .allSatisfy((header, confidence) ->
                            assertThat(confidence).as(header).isEqualTo(1.0));
        }

        @Test
        void nothingIsMissing() {
            ColumnMapping mapping = map();

            assertThat(mapping.legacyCriticalMissing()).isEmpty();
            assertThat(mapping.recommendedMissing()).isEmpty();
            assertThat(mapping.blockingMissing()).isEmpty();
        }

        @Test
        void soldHasAnAssumedPeriod() {
            ColumnMapping mapping = map();

            assertThat(mapping.unitsSoldPeriods()).containsEntry("Sold", new UnitsSoldPeriod.Assumed());
            assertThat(mapping.notices())
                    .contains(new Notice(
                            DataQualityCode.UNITS_SOLD_PERIOD_ASSUMED,
                            "The period of \"Sold\" is unknown; it was assumed to cover 365 days. Set the period in"
                                    + " the mapping review if this is wrong."));
        }

        @Test
        void legacySuggestionsUseTheOldVocabulary() {
            Map<String, Optional<String>> legacy = map().legacySuggestions();
            Map<String, String> named = new LinkedHashMap<>();
            legacy.forEach((header, name) -> name.ifPresent(value -> named.put(header, value)));

            assertThat(named)
                    .containsExactlyEntriesOf(expect(
                            "SKU", "sku",
                            "Description", "description",
                            "Pkg. Qty.", "package_qty",
                            "Inventoried Qty.", "inventoried_qty",
                            "In Stock Qty.", "quantity",
                            "Qty. Difference", "qty_difference",
                            "Cost", "cost",
                            "Sub Total", "sub_total",
                            "Changed", "date",
                            "Retail", "revenue",
                            "Profit Margin %", "margin",
                            "Vendor", "vendor",
                            "Category", "category",
                            "Status", "status",
                            "Sold", "sold",
                            "Last Sale", "last_sale_date",
                            "Last Pur.", "last_purchase_date"));
        }

        @Test
        void columnOrderDoesNotMatter() {
            assertOrderIndependent(request(headers(EXPECTED), EXPECTED));
        }

        @Test
        void genericAliasesAloneGiveTheSameTargets() {
            ColumnMapping generic = ColumnMapper.map(request(headers(EXPECTED), EXPECTED, new ProfileChoice.Generic()));

            assertThat(generic.profile()).isEmpty();
            assertThat(targets(generic)).isEqualTo(EXPECTED);
            assertThat(confidences(generic))
                    .allSatisfy((header, confidence) ->
                            assertThat(confidence).as(header).isEqualTo(1.0));
        }

        @Test
        void overrideOfSuggestedRetailLeavesRetailUnmapped() {
            ColumnMapping mapping = ColumnMapper.map(request(
                    headers(EXPECTED),
                    EXPECTED,
                    new ProfileChoice.Detect(),
                    Map.of("Sug. Retail", Optional.of("retail_price"))));

            MappingDecision sugRetail = mapping.columns().get(11);
            MappingDecision retail = mapping.columns().get(12);
            assertThat(sugRetail)
                    .isEqualTo(new MappingDecision.Mapped(
                            "Sug. Retail", 11, CanonicalField.RETAIL_PRICE, 1.0, MappingSource.OVERRIDE));
            assertThat(retail).isInstanceOf(MappingDecision.Unmapped.class);
            assertThat(((MappingDecision.Unmapped) retail).alternatives())
                    .extracting(MappingDecision.Candidate::field)
                    .containsExactly(CanonicalField.RETAIL_PRICE);
            Map<String, String> others = new LinkedHashMap<>(EXPECTED);
            others.put("Sug. Retail", "retail_price");
            others.put("Retail", "null");
            assertThat(targets(mapping)).isEqualTo(others);
        }

        @Test
        void ignoringVendorSkuChangesNothingElse() {
            Map<String, Optional<String>> overrides = new LinkedHashMap<>();
            overrides.put("Vendor SKU", Optional.empty());

            ColumnMapping mapping =
                    ColumnMapper.map(request(headers(EXPECTED), EXPECTED, new ProfileChoice.Detect(), overrides));

            Map<String, String> others = new LinkedHashMap<>(EXPECTED);
            others.put("Vendor SKU", "null");
            assertThat(targets(mapping)).isEqualTo(others);
        }

        @Test
        void legacyFieldNamesMapToTheirCanonicalFields() {
            Map<String, Optional<String>> overrides = new LinkedHashMap<>();
            overrides.put("Retail", Optional.of("revenue"));
            overrides.put("Cost", Optional.of("cost"));

            ColumnMapping mapping =
                    ColumnMapper.map(request(headers(EXPECTED), EXPECTED, new ProfileChoice.Detect(), overrides));

            assertThat(targets(mapping)).isEqualTo(EXPECTED);
        }

        @Test
        void twoColumnsOnOneTargetIsAnError() {
            Map<String, Optional<String>> overrides = new LinkedHashMap<>();
            overrides.put("Retail", Optional.of("retail_price"));
            overrides.put("Sug. Retail", Optional.of("retail_price"));

            assertThatThrownBy(() -> ColumnMapper.map(
                            request(headers(EXPECTED), EXPECTED, new ProfileChoice.Detect(), overrides)))
                    .isInstanceOf(ProfitSentinelException.class)
                    .hasMessage(
                            "Columns \"Retail\" and \"Sug. Retail\" are both mapped to \"retail_price\"; each target"
                                    + " can be used only once.")
                    .extracting(error -> ((ProfitSentinelException) error).code())
                    .isEqualTo(ErrorCode.DUPLICATE_TARGET);
        }

        @Test
        void unknownColumnAndUnknownFieldAreErrors() {
            assertThatThrownBy(() -> ColumnMapper.map(request(
                            headers(EXPECTED),
                            EXPECTED,
                            new ProfileChoice.Detect(),
                            Map.of("Foo", Optional.of("sku")))))
                    .hasMessage("Column \"Foo\" is not in the file.")
                    .extracting(error -> ((ProfitSentinelException) error).code())
                    .isEqualTo(ErrorCode.UNKNOWN_COLUMN);
            assertThatThrownBy(() -> ColumnMapper.map(request(
                            headers(EXPECTED),
                            EXPECTED,
                            new ProfileChoice.Detect(),
                            Map.of("SKU", Optional.of("item_number")))))
                    .hasMessageStartingWith("\"item_number\" is not a mapping target. Valid targets: sku, qty_on_hand,")
                    .extracting(error -> ((ProfitSentinelException) error).code())
                    .isEqualTo(ErrorCode.UNKNOWN_FIELD);
        }

        @Test
        void savedChoicesAreReusedWithSourceSaved() {
            MappingRequest first = request(
                    headers(EXPECTED),
                    EXPECTED,
                    new ProfileChoice.Detect(),
                    Map.of("Sug. Retail", Optional.of("retail_price")));
            MappingRequest second = new MappingRequest(
                    first.headers(),
                    first.sampleRows(),
                    first.dates(),
                    first.profileChoice(),
                    Map.of(),
                    Map.of(HeaderKeys.key("Sug. Retail"), "retail_price"),
                    365);

            MappingDecision decision = ColumnMapper.map(second).columns().get(11);

            assertThat(decision)
                    .isEqualTo(new MappingDecision.Mapped(
                            "Sug. Retail", 11, CanonicalField.RETAIL_PRICE, 1.0, MappingSource.SAVED));
        }
    }

    @Nested
    class PaladinReportStyleExport {
        static final Map<String, String> EXPECTED = expect(
                "SKU", "sku",
                "Vendor SKU", "vendor_sku",
                "Vendor", "vendor",
                "Cat.", "category",
                "Dpt.", "department",
                "BIN", "bin_location",
                "Description Full", "description",
                "Description Short", "description_alt",
                "Qty.", "qty_on_hand",
                "Qty On Hand", "qty_on_hand_secondary",
                "Std. Cost", "unit_cost",
                "Avg. Cost", "avg_cost",
                "Retail", "retail_price",
                "Sug. Retail", "suggested_retail",
                "Margin @Cost", "margin_pct",
                "Inventory @Cost", "inventory_value_cost",
                "Inventory @Retail", "inventory_value_retail",
                "Inventory @AvgCost", "extended",
                "Sales", "units_sold",
                "$ Sold", "sales_dollars",
                "Last Sale", "last_sale_date",
                "Last Purchase", "last_receipt_date",
                "On Order", "qty_on_order",
                "Min.", "reorder_point",
                "Max.", "max_qty",
                "Pkg.", "package_qty",
                "Barcode", "barcode",
                "Returns", "extended",
                "Retail Dif.", "extended");

        @Test
        void mapsExactlyTheReportTableWithFullConfidence() {
            ColumnMapping mapping = ColumnMapper.map(request(headers(EXPECTED), EXPECTED));

            assertThat(mapping.profile().orElseThrow().profile().id()).isEqualTo("paladin_report");
            assertThat(targets(mapping)).isEqualTo(EXPECTED);
            assertThat(confidences(mapping))
                    .allSatisfy((header, confidence) ->
                            assertThat(confidence).as(header).isEqualTo(1.0));
            assertOrderIndependent(request(headers(EXPECTED), EXPECTED));
        }

        @Test
        void idoSoftColumnsSwitchTheProfileToCustomOne() {
            Map<String, String> expected = new LinkedHashMap<>(EXPECTED);
            expected.put("Alt. Vendor/Mfgr.", "extended");
            expected.put("Mfgr. SKU", "alt_sku");

            ColumnMapping mapping = ColumnMapper.map(request(headers(expected), expected));

            assertThat(mapping.profile().orElseThrow().profile().id()).isEqualTo("idosoft_custom1");
            assertThat(targets(mapping)).isEqualTo(expected);
            assertThat(mapping.columns())
                    .filteredOn(decision -> decision instanceof MappingDecision.Mapped)
                    .allSatisfy(decision -> assertThat(decision.confidence()).isEqualTo(0.95));
            assertOrderIndependent(request(headers(expected), expected));
        }
    }

    @Nested
    class TrickyPairsWithoutProfile {
        static final Map<String, String> ELEVEN = expect(
                "Barcode", "barcode",
                "Retail", "retail_price",
                "Qty On Hand", "qty_on_hand_secondary",
                "Sold", "units_sold",
                "SKU", "sku",
                "Vendor", "vendor",
                "Qty.", "qty_on_hand",
                "Sug. Retail", "suggested_retail",
                "Vendor SKU", "vendor_sku",
                "Dpt.", "department",
                "Cost", "unit_cost");

        @Test
        void resolvesTheElevenTrickyHeaders() {
            ColumnMapping mapping = ColumnMapper.map(request(headers(ELEVEN), ELEVEN));

            assertThat(mapping.profile()).isEmpty();
            assertThat(targets(mapping)).isEqualTo(ELEVEN);
            Map<String, Double> confidences = confidences(mapping);
            assertThat(confidences).containsEntry("Qty On Hand", 0.90);
            assertThat(confidences).allSatisfy((header, confidence) -> {
                if (!header.equals("Qty On Hand")) {
                    assertThat(confidence).as(header).isEqualTo(1.0);
                }
            });
            assertOrderIndependent(request(headers(ELEVEN), ELEVEN));
        }

        @Test
        void negativeQuantitiesAgreeWithTheTieBreak() {
            MappingRequest base = request(headers(ELEVEN), ELEVEN);
            int qty = headers(ELEVEN).indexOf("Qty.");
            int onHand = headers(ELEVEN).indexOf("Qty On Hand");
            String[][] values = {{"5", "5"}, {"-3", "0"}, {"12", "12"}};
            List<List<String>> rows = new ArrayList<>();
            for (String[] pair : values) {
                List<String> row = new ArrayList<>(base.sampleRows().get(0));
                row.set(qty, pair[0]);
                row.set(onHand, pair[1]);
                rows.add(row);
            }
            MappingRequest request = new MappingRequest(
                    base.headers(), rows, base.dates(), new ProfileChoice.Detect(), Map.of(), Map.of(), 365);

            assertThat(targets(ColumnMapper.map(request))).isEqualTo(ELEVEN);
            assertOrderIndependent(request);
        }

        @Test
        void suggestedRetailStandsInForAMissingRetailColumn() {
            Map<String, String> expected = expect(
                    "Item Number", "sku",
                    "Description", "description",
                    "Sug. Retail", "suggested_retail",
                    "Cost", "unit_cost",
                    "On Hand", "qty_on_hand");

            ColumnMapping mapping = ColumnMapper.map(request(headers(expected), expected));

            assertThat(targets(mapping)).isEqualTo(expected);
            assertThat(mapping.fallbacks()).containsExactly(Map.entry(CanonicalField.RETAIL_PRICE, "Sug. Retail"));
            assertThat(mapping.notices()).extracting(Notice::code).contains(DataQualityCode.FALLBACK_USED);
            assertThat(mapping.recommendedMissing())
                    .extracting(ColumnMapping.MissingField::field)
                    .containsExactly(CanonicalField.UNITS_SOLD, CanonicalField.LAST_SALE_DATE);
            assertThat(mapping.legacyCriticalMissing()).containsExactly("revenue", "sold");
            assertOrderIndependent(request(headers(expected), expected));
        }

        @Test
        void partNumberIsTheSkuWhenThereIsNoSkuColumn() {
            Map<String, String> expected = expect(
                    "Part Number", "sku",
                    "Barcode", "barcode",
                    "Description", "description",
                    "Qty", "qty_on_hand",
                    "Cost", "unit_cost",
                    "Price", "retail_price");

            ColumnMapping mapping = ColumnMapper.map(request(headers(expected), expected));

            assertThat(targets(mapping)).isEqualTo(expected);
            assertThat(confidences(mapping)).containsEntry("Part Number", 1.0).containsEntry("Barcode", 1.0);
            assertOrderIndependent(request(headers(expected), expected));
        }

        @Test
        void partNumberIsAnAlternateSkuBesideASkuColumn() {
            Map<String, String> expected = expect(
                    "SKU", "sku",
                    "Part Number", "alt_sku",
                    "Barcode", "barcode",
                    "Qty", "qty_on_hand",
                    "Cost", "unit_cost",
                    "Price", "retail_price");

            ColumnMapping mapping = ColumnMapper.map(request(headers(expected), expected));

            assertThat(targets(mapping)).isEqualTo(expected);
            assertThat(confidences(mapping)).containsEntry("Part Number", 0.90);
            assertOrderIndependent(request(headers(expected), expected));
        }

        @Test
        void barcodeStandsInForTheSku() {
            Map<String, String> expected = expect(
                    "Barcode",
                    "barcode",
                    "Description",
                    "description",
                    "Qty",
                    "qty_on_hand",
                    "Cost",
                    "unit_cost",
                    "Price",
                    "retail_price");

            ColumnMapping mapping = ColumnMapper.map(request(headers(expected), expected));

            assertThat(targets(mapping)).isEqualTo(expected);
            assertThat(mapping.fallbacks()).containsEntry(CanonicalField.SKU, "Barcode");
            assertThat(mapping.blockingMissing()).isEmpty();
        }

        @Test
        void noItemNumberColumnIsBlocking() {
            Map<String, String> expected = expect(
                    "Description", "description", "Qty", "qty_on_hand", "Cost", "unit_cost", "Price", "retail_price");

            ColumnMapping mapping = ColumnMapper.map(request(headers(expected), expected));

            assertThat(mapping.blockingMissing()).containsExactly(CanonicalField.SKU);
            assertThatThrownBy(() -> mapping.requireSku("items.csv"))
                    .hasMessage("No item-number column was found in \"items.csv\" (looked for SKU, item number, part"
                            + " number, UPC/barcode). Map one column to \"sku\".")
                    .extracting(error -> ((ProfitSentinelException) error).code())
                    .isEqualTo(ErrorCode.NO_SKU_COLUMN);
        }

        @Test
        void twoCategoryHeadersGoToTheOneThatSortsFirst() {
            Map<String, String> expected =
                    expect("SKU", "sku", "Cat.", "category", "Category", "null", "Dpt.", "department");

            ColumnMapping mapping = ColumnMapper.map(request(headers(expected), expected));

            assertThat(targets(mapping)).isEqualTo(expected);
            MappingDecision.Unmapped category =
                    (MappingDecision.Unmapped) mapping.columns().get(2);
            assertThat(category.alternatives())
                    .containsExactly(new MappingDecision.Candidate(CanonicalField.CATEGORY, 1.0));
            assertOrderIndependent(request(headers(expected), expected));
        }

        @Test
        void categoryAndDepartmentEachGetTheirOwn() {
            Map<String, String> expected = expect("SKU", "sku", "Category", "category", "Dpt.", "department");

            assertThat(targets(ColumnMapper.map(request(headers(expected), expected))))
                    .isEqualTo(expected);
        }

        @Test
        void marginAtCostIsADefinitivePaladinMarker() {
            Map<String, String> expected = expect("SKU", "sku", "Qty.", "qty_on_hand", "Margin @Cost", "margin_pct");

            ColumnMapping mapping = ColumnMapper.map(request(headers(expected), expected));

            assertThat(mapping.profile().orElseThrow().profile().id()).isEqualTo("paladin_report");
            assertThat(targets(mapping)).isEqualTo(expected);
        }

        @Test
        void shopifyVariantQuantityIsOnHand() {
            Map<String, String> expected = expect(
                    "Handle", "pos_item_id",
                    "Variant SKU", "sku",
                    "Variant Inventory Qty", "qty_on_hand",
                    "Variant Price", "retail_price",
                    "Cost per item", "unit_cost");

            ColumnMapping mapping = ColumnMapper.map(request(headers(expected), expected));

            assertThat(mapping.profile().orElseThrow().profile().id()).isEqualTo("shopify_product");
            assertThat(targets(mapping)).isEqualTo(expected);
        }

        @Test
        void squareTokenIsThePosIdAndReferenceHandleIsExtended() {
            Map<String, String> expected = expect(
                    "Token", "pos_item_id", "Reference Handle", "extended", "SKU", "sku", "Price", "retail_price");

            ColumnMapping mapping = ColumnMapper.map(request(headers(expected), expected));

            assertThat(mapping.profile().orElseThrow().profile().id()).isEqualTo("square");
            assertThat(targets(mapping)).isEqualTo(expected);
        }

        @Test
        void squareTokenStandsInForAMissingSku() {
            Map<String, String> expected = expect(
                    "Token",
                    "pos_item_id",
                    "Reference Handle",
                    "extended",
                    "Item Name",
                    "description",
                    "Price",
                    "retail_price");

            ColumnMapping mapping = ColumnMapper.map(request(headers(expected), expected));

            assertThat(targets(mapping)).isEqualTo(expected);
            assertThat(mapping.fallbacks()).containsEntry(CanonicalField.SKU, "Token");
        }

        @Test
        void oneSquareMarkerIsNotEnoughForTheProfile() {
            Map<String, String> expected =
                    expect("reference_handle", "pos_item_id", "Item Name", "description", "Price", "retail_price");

            ColumnMapping mapping = ColumnMapper.map(request(headers(expected), expected));

            assertThat(mapping.profile()).isEmpty();
            assertThat(targets(mapping)).isEqualTo(expected);
            assertThat(confidences(mapping)).containsEntry("reference_handle", 0.95);
            assertThat(mapping.fallbacks()).containsEntry(CanonicalField.SKU, "reference_handle");
        }
    }

    /** §11.4: each file is {@code SKU} plus the header. */
    static Stream<Arguments> singleHeaders() {
        return Stream.of(
                Arguments.of("$ Sold", "sales_dollars", 1.0),
                Arguments.of("Inventory @Cost", "inventory_value_cost", 1.0),
                Arguments.of("Inventory @Retail", "inventory_value_retail", 1.0),
                Arguments.of("Inventory @AvgCost", "extended", 1.0),
                Arguments.of("Retail Dif.", "extended", 1.0),
                Arguments.of("Gross Sales", "sales_dollars", 1.0),
                Arguments.of("Revenue", "sales_dollars", 1.0),
                Arguments.of("Vendor Item Number", "vendor_sku", 1.0),
                Arguments.of("Vendor Part Number", "vendor_sku", 1.0),
                Arguments.of("Tax Class", "extended", 1.0),
                Arguments.of("Dept_Description", "department", 1.0),
                Arguments.of("Retail Dept Description", "department", 1.0),
                Arguments.of("Track Inventory", "tracks_inventory", 1.0),
                Arguments.of("Inventory Status", "status", 1.0),
                Arguments.of("Product Active", "status", 1.0),
                Arguments.of("Item Type", "item_type", 1.0),
                Arguments.of("Qty OO", "qty_on_order", 1.0),
                Arguments.of("Quantity On Order", "qty_on_order", 1.0),
                Arguments.of("qty_bo", "extended", 1.0),
                Arguments.of("Min Stock", "reorder_point", 1.0),
                Arguments.of("Max Stock", "max_qty", 1.0),
                Arguments.of("Sold Quantity", "units_sold", 1.0),
                Arguments.of("Year Total", "units_sold", 0.90),
                Arguments.of("Real Date", "last_receipt_date", 0.90),
                Arguments.of("Last Count", "last_count_date", 1.0),
                Arguments.of("lst_maint_dt", "last_changed_date", 1.0),
                Arguments.of("min_mrgn_pct", "extended", 1.0),
                Arguments.of("Profit", "extended", 1.0),
                Arguments.of("Turns", "extended", 1.0),
                Arguments.of("Ext Cost", "inventory_value_cost", 0.90),
                Arguments.of("Mfgr. SKU", "alt_sku", 1.0),
                Arguments.of("Alt. Vendor/Mfgr.", "null", 0.0),
                Arguments.of("Whse_Code", "extended", 1.0),
                Arguments.of("Store_Number", "store_id", 1.0),
                Arguments.of("Quantity In Stock", "qty_on_hand", 0.80),
                Arguments.of("Unit Retail Price", "retail_price", 0.64));
    }

    @ParameterizedTest(name = "{0} → {1} ({2})")
    @MethodSource("singleHeaders")
    void singleHeaderRegression(String header, String target, double confidence) {
        Map<String, String> expected = expect("SKU", "sku", header, target);

        ColumnMapping mapping = ColumnMapper.map(request(headers(expected), expected));

        assertThat(targets(mapping)).containsEntry(header, target);
        assertThat(confidences(mapping)).containsEntry(header, confidence);
        assertOrderIndependent(request(headers(expected), expected));
    }

    private static MappingRequest withValues(String header, List<String> values) {
        List<List<String>> rows = new ArrayList<>();
        for (int row = 0; row < values.size(); row++) {
            rows.add(List.of("A" + (1000 + row), values.get(row)));
        }
        return new MappingRequest(
                List.of("SKU", header),
                rows,
                MappingFixtures.DATES,
                new ProfileChoice.Detect(),
                Map.of(),
                Map.of(),
                365);
    }

    @Test
    void scanCodeWithUpcValuesIsSniffedAsBarcode() {
        ColumnMapping mapping = ColumnMapper.map(
                withValues("Scan Code", List.of("036000291452", "012345678905", "073796243029", "049634061100")));

        assertThat(mapping.columns().get(1))
                .isEqualTo(
                        new MappingDecision.Mapped("Scan Code", 1, CanonicalField.BARCODE, 0.60, MappingSource.SNIFF));
    }

    @Test
    void lastSldWithDatesIsSniffedAsLastSaleDate() {
        ColumnMapping mapping = ColumnMapper.map(withValues("Last Sld", List.of("20250601", "20250415", "20241224")));

        assertThat(mapping.columns().get(1))
                .isEqualTo(new MappingDecision.Mapped(
                        "Last Sld", 1, CanonicalField.LAST_SALE_DATE, 0.60, MappingSource.SNIFF));
    }

    @Test
    void lastSaleWithMoneyValuesLooksWrong() {
        ColumnMapping mapping = ColumnMapper.map(withValues("Last Sale", List.of("$12.99", "$4.50")));

        assertThat(mapping.columns().get(1))
                .isEqualTo(new MappingDecision.Mapped(
                        "Last Sale", 1, CanonicalField.LAST_SALE_DATE, 0.50, MappingSource.EXACT));
        assertThat(mapping.notices())
                .contains(
                        new Notice(
                                DataQualityCode.COLUMN_LOOKS_WRONG,
                                "Column \"Last Sale\" was mapped to \"last_sale_date\" but its values do not look like dates."));
    }

    @Test
    void fewRepeatedLocationsAreStores() {
        List<String> values = new ArrayList<>();
        for (int row = 0; row < 300; row++) {
            values.add(List.of("Main", "North", "South").get(row % 3));
        }
        MappingDecision location = locationDecision(values);

        assertThat(location)
                .isEqualTo(
                        new MappingDecision.Mapped("Location", 1, CanonicalField.STORE_ID, 0.90, MappingSource.EXACT));
    }

    @Test
    void manyDistinctLocationsAreBins() {
        List<String> values = new ArrayList<>();
        for (int row = 0; row < 300; row++) {
            values.add("A" + (row % 280));
        }
        MappingDecision location = locationDecision(values);

        assertThat(location)
                .isEqualTo(new MappingDecision.Mapped(
                        "Location", 1, CanonicalField.BIN_LOCATION, 0.85, MappingSource.EXACT));
    }

    private static MappingDecision locationDecision(List<String> locations) {
        List<List<String>> rows = new ArrayList<>();
        for (int row = 0; row < locations.size(); row++) {
            rows.add(List.of("A" + row, locations.get(row), "3", "1.50", "2.99"));
        }
        MappingRequest request = new MappingRequest(
                List.of("SKU", "Location", "Qty", "Cost", "Price"),
                rows,
                MappingFixtures.DATES,
                new ProfileChoice.Detect(),
                Map.of(),
                Map.of(),
                365);
        return ColumnMapper.map(request).columns().get(1);
    }

    @Test
    void renamedDuplicateCostStaysUnmapped() {
        Map<String, String> expected =
                expect("SKU", "sku", "Cost", "unit_cost", "Cost (2)", "null", "Retail", "retail_price");

        assertThat(targets(ColumnMapper.map(request(headers(expected), expected))))
                .isEqualTo(expected);
    }
}

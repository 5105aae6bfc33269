package com.profitsentinel.io.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PosProfilesTest {
    private static final String ROOT = "/com/profitsentinel/io/pos/";

    @Test
    void loadsTwentyEightProfilesInIndexOrder() throws IOException {
        List<String> index = indexedIds();

        assertThat(index).hasSize(28).doesNotHaveDuplicates();
        assertThat(PosProfiles.all()).extracting(PosProfile::id).containsExactlyElementsOf(index);
    }

    @Test
    void eachProfileDeclaresTheIdOfItsFileName() throws IOException {
        for (String id : indexedIds()) {
            List<String> lines = resourceText(ROOT + id + ".profile").lines().toList();

            assertThat(lines).as(id + ".profile").contains("id: " + id);
        }
    }

    @Test
    void everyProfileFileIsListedInTheIndex() throws IOException, URISyntaxException {
        URL index = Objects.requireNonNull(PosProfilesTest.class.getResource(ROOT + "profiles.index"));
        List<String> files = new ArrayList<>();
        try (Stream<Path> paths = Files.list(Path.of(index.toURI()).getParent())) {
            paths.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".profile"))
                    .map(name -> name.substring(0, name.length() - ".profile".length()))
                    .forEach(files::add);
        }

        assertThat(files).containsExactlyInAnyOrderElementsOf(indexedIds());
    }

    @Test
    void detectionSettingsFollowTheFingerprintTable() {
        assertThat(profile("sentinel_native").minimumMarkers()).isEqualTo(11);
        assertThat(profile("sentinel_native").markers()).hasSize(11);
        assertThat(profile("orgill_po").firstLinePrefix()).isEqualTo("Shipto:");
        assertThat(profile("posim_count").exactHeaders()).containsExactly("SKU", "Quantity", "Location", "Who");
        assertThat(profile("paladin_native").minimumMarkers()).isEqualTo(1);
        assertThat(profile("idosoft_custom1").minimumMarkers()).isEqualTo(2);
        assertThat(profile("idosoft_custom1").requiredMarkers())
                .containsExactly(
                        "marginatcost", "inventoryatcost", "inventoryatretail", "inventoryatavgcost", "retaildif");
        assertThat(profile("idosoft_custom1").confidence()).isEqualTo(ProfileConfidence.MEDIUM);
        assertThat(profile("ncr_counterpoint").minimumMarkers()).isEqualTo(3);
        assertThat(profile("ncr_counterpoint").markers()).contains("itemno", "qtyonhnd", "lstrecvdat");
        assertThat(profile("lightspeed_r").markerPatterns()).hasSize(1);
        assertThat(profile("square")
                        .markerPatterns()
                        .getFirst()
                        .matcher("Current Quantity Main Street")
                        .matches())
                .isTrue();
        assertThat(profile("clover").confidence()).isEqualTo(ProfileConfidence.LOW);
        assertThat(profile("idosoft_shlp").markers()).contains("jan", "dec", "realdate", "yeartotal");
    }

    @Test
    void confidencesMatchTheFingerprintTable() {
        List<String> high = List.of(
                "sentinel_native",
                "orgill_po",
                "posim_count",
                "paladin_report_29",
                "paladin_native",
                "paladin_report",
                "epicor_eagle",
                "ncr_counterpoint",
                "retail_pro",
                "korona",
                "lightspeed_r",
                "lightspeed_x",
                "shopify_product",
                "shopify_inventory",
                "square");
        List<String> low = List.of("clover", "spruce", "posim");
        for (PosProfile profile : PosProfiles.all()) {
            ProfileConfidence expected = high.contains(profile.id())
                    ? ProfileConfidence.HIGH
                    : low.contains(profile.id()) ? ProfileConfidence.LOW : ProfileConfidence.MEDIUM;

            assertThat(profile.confidence()).as(profile.id()).isEqualTo(expected);
        }
    }

    @Test
    void mapsTheSpotCheckedHeadersOfTheSystemTables() {
        assertField("square", "Default Unit Cost", CanonicalField.UNIT_COST, 0);
        assertField("ncr_counterpoint", "lst_cost", CanonicalField.UNIT_COST, 0);
        assertField("paladin_report", "Sug. Retail", CanonicalField.SUGGESTED_RETAIL, 0);
        assertField("epicor_eagle", "msrp", CanonicalField.SUGGESTED_RETAIL, 1);
        assertField("epicor_eagle", "ean", CanonicalField.SKU, 1);
        assertField("paladin_native", "plvl_price1", CanonicalField.RETAIL_PRICE, 1);
        assertField("paladin_native", "mktcost", CanonicalField.UNIT_COST, 0);
        assertField("paladin_report", "Qty.", CanonicalField.QTY_ON_HAND, 0);
        assertField("paladin_report", "Qty On Hand", CanonicalField.QTY_ON_HAND_SECONDARY, 0);
        assertField("paladin_report", "$ Sold", CanonicalField.SALES_DOLLARS, 0);
        assertField("idosoft_custom1", "Mfgr. SKU", CanonicalField.ALT_SKU, 0);
        assertField("idosoft_custom1", "Inventory @Cost", CanonicalField.INVENTORY_VALUE_COST, 0);
        assertField("ncr_counterpoint", "lst_maint_dt", CanonicalField.LAST_CHANGED_DATE, 0);
        assertField("ncr_counterpoint", "reg_prc", CanonicalField.RETAIL_PRICE, 1);
        assertField("korona", "Revenue", CanonicalField.SALES_DOLLARS, 0);
        assertField("korona", "Sales Price", CanonicalField.RETAIL_PRICE, 1);
        assertField("clover", "Product Code", CanonicalField.BARCODE, 0);
        assertField("square", "Reference Handle", CanonicalField.POS_ITEM_ID, 1);
        assertField("square", "Category", CanonicalField.CATEGORY, 1);
        assertField("shopify_product", "Variant Inventory Qty", CanonicalField.QTY_ON_HAND, 0);
        assertField("shopify_inventory", "Location", CanonicalField.STORE_ID, 0);
        assertField("ace", "Ace_Item_Number", CanonicalField.COOP_ITEM_NUMBER, 0);
        assertField("true_value", "TV_SKU", CanonicalField.ALT_SKU, 0);
        assertField("do_it_best", "Department_Name", CanonicalField.DEPARTMENT, 0);
        assertField("microbiz", "Track Inventory", CanonicalField.TRACKS_INVENTORY, 0);
        assertField("dynamics_rms", "RestockLevel", CanonicalField.MAX_QTY, 0);
        assertField("sentinel_native", "on_order_qty", CanonicalField.QTY_ON_ORDER, 0);
        assertField("posim_count", "Quantity", CanonicalField.QTY_COUNTED, 0);
    }

    @Test
    void mapsHeadersThatMustNotBecomeFieldsToExtended() {
        assertExtended("paladin_report", "Inventory @AvgCost");
        assertExtended("paladin_report", "Retail Dif.");
        assertExtended("idosoft_custom1", "Alt. Vendor/Mfgr.");
        assertExtended("ncr_counterpoint", "min_mrgn_pct");
        assertExtended("ncr_counterpoint", "prc_2");
        assertExtended("do_it_best", "Whse_Code");
        assertExtended("do_it_best", "Department");
        assertExtended("korona", "Profit");
        assertExtended("square", "Description");
        assertExtended("sentinel_native", "days_since_receipt");
        assertExtended("idosoft_shlp", "Jun");
    }

    @Test
    void statesTheUnitsSoldPeriods() {
        assertPeriod("paladin_native", "qtysold_ytd", "YTD");
        assertPeriod("paladin_native", "qtysold_mtd", "MTD");
        assertPeriod("epicor_eagle", "ytd_sold", "YTD");
        assertPeriod("epicor_eagle", "ly_sold", "365");
        assertPeriod("idosoft_shlp", "Year Total", "YTD");
        assertPeriod("do_it_best", "YTD_Sales_Units", "YTD");
        assertPeriod("ace", "YTD_Sold_Qty", "YTD");
        assertPeriod("true_value", "Sales_YTD_Units", "YTD");
        assertPeriod("sentinel_native", "sales_last_30d", "30");
        assertPeriod("paladin_report", "Sales", "ASSUMED");
        assertThat(header("epicor_eagle", "ly_sold").alternativeRank()).isEqualTo(1);
        assertThat(header("paladin_native", "qtysold_mtd").alternativeRank()).isEqualTo(1);
    }

    @Test
    void matchesHeaderFamiliesByPattern() {
        assertField("lightspeed_r", "Downtown - QOH", CanonicalField.QTY_ON_HAND, 0);
        assertField("lightspeed_r", "Eastside - Reorder Point", CanonicalField.REORDER_POINT, 0);
        assertField("lightspeed_r", "Sub Category", CanonicalField.CLASS_CODE, 0);
        assertExtended("lightspeed_r", "Sub Category (2)");
        assertField("square", "Current Quantity Main Street", CanonicalField.QTY_ON_HAND, 0);
        assertField("square", "Stock Alert Count Warehouse", CanonicalField.REORDER_POINT, 0);
        assertExtended("square", "New Quantity Warehouse");
        assertExtended("square", "Tax - Sales Tax (8.25%)");
        assertExtended("shopify_product", "Google Shopping / MPN");
    }

    @Test
    void appliesTheLocationRuleWhereTheSpecSaysStoreOrBin() {
        for (String id : List.of("spruce", "rain_pos", "celerant")) {
            assertThat(header(id, "Location").target()).as(id).isEqualTo(new ProfileTarget.Location());
        }
        assertField("posim", "Location", CanonicalField.BIN_LOCATION, 0);
    }

    @Test
    void matchesHeadersByKeySoOtherSpellingsOfOneHeaderMapAlike() {
        assertField("shopify_product", "variant_sku", CanonicalField.SKU, 0);
        assertField("shopify_product", "cost_per_item", CanonicalField.UNIT_COST, 0);
        assertField("shopify_inventory", "on_hand_current", CanonicalField.QTY_ON_HAND, 0);
        assertField("square", "reference_handle", CanonicalField.POS_ITEM_ID, 1);
        assertField("posim", "ItemNum", CanonicalField.SKU, 0);
        assertField("dynamics_rms", "pricea", CanonicalField.RETAIL_PRICE, 1);
        assertField("paladin_report_29", "Description ", CanonicalField.DESCRIPTION, 0);
    }

    @Test
    void knowsNothingOfHeadersOutsideItsTable() {
        assertThat(profile("square").lookup("Qty.")).isEmpty();
        assertThat(profile("orgill_po").headers()).isEmpty();
    }

    @Test
    void rejectsAnAlternativeWithoutAFirstChoice() {
        List<String> lines =
                List.of("id: broken", "name: Broken", "confidence: low", "marker: a", "msrp -> suggested_retail alt");

        assertThatThrownBy(() -> PosProfiles.parse("broken", lines))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'alt' before any first choice");
    }

    @Test
    void rejectsTwoHeadersWithOneKey() {
        List<String> lines = List.of(
                "id: broken",
                "name: Broken",
                "confidence: low",
                "marker: a",
                "Item Number -> sku",
                "ItemNum -> extended");

        assertThatThrownBy(() -> PosProfiles.parse("broken", lines))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("have one key");
    }

    private static void assertField(String id, String header, CanonicalField field, int alternativeRank) {
        ProfileHeader entry = header(id, header);

        assertThat(entry.target()).as(id + ": " + header).isEqualTo(new ProfileTarget.Field(field));
        assertThat(entry.alternativeRank()).as(id + ": " + header + " rank").isEqualTo(alternativeRank);
    }

    private static void assertExtended(String id, String header) {
        assertThat(header(id, header).target()).as(id + ": " + header).isEqualTo(new ProfileTarget.Extended());
    }

    private static void assertPeriod(String id, String header, String label) {
        Optional<UnitsSoldPeriod> period = header(id, header).period();

        assertThat(period).as(id + ": " + header).map(UnitsSoldPeriod::label).contains(label);
    }

    private static ProfileHeader header(String id, String header) {
        return profile(id).lookup(header).orElseThrow(() -> new AssertionError(id + " does not list " + header));
    }

    private static PosProfile profile(String id) {
        return PosProfiles.byId(id).orElseThrow(() -> new AssertionError("no profile " + id));
    }

    private static List<String> indexedIds() throws IOException {
        return resourceText(ROOT + "profiles.index")
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    private static String resourceText(String resource) throws IOException {
        try (InputStream stream = PosProfilesTest.class.getResourceAsStream(resource)) {
            assertThat(stream).as(resource).isNotNull();
            return new String(Objects.requireNonNull(stream).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

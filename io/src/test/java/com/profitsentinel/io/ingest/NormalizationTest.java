package com.profitsentinel.io.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.profitsentinel.engine.finding.DataQualityCode;
import com.profitsentinel.engine.record.CostBasis;
import com.profitsentinel.engine.record.CostSource;
import com.profitsentinel.engine.record.ItemRecord;
import com.profitsentinel.engine.record.ItemStatus;
import com.profitsentinel.engine.record.RetailSource;
import com.profitsentinel.engine.record.SeasonalSource;
import com.profitsentinel.engine.record.VelocityBasis;
import com.profitsentinel.io.normalize.StoreSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** engine.md §2.2–§2.3 and §3.2: how cells become record fields, read through real files. */
class NormalizationTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 7, 1);

    @TempDir
    Path directory;

    private CollectingSink read(String content) throws IOException {
        return read(content, StoreSettings.defaults(AS_OF));
    }

    private CollectingSink read(String content, StoreSettings settings) throws IOException {
        Path file = directory.resolve("items.csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        CollectingSink sink = new CollectingSink();
        Ingestion.ingest(
                IngestRequest.builder(file, settings.asOf())
                        .settings(settings)
                        .limits(IngestLimits.DEFAULTS.withErrorBudget(1.0, 1000))
                        .build(),
                sink);
        return sink;
    }

    private static int day(int year, int month, int day) {
        return (int) LocalDate.of(year, month, day).toEpochDay();
    }

    @Test
    void yearToDateUnitsBecomeThirtyDayVelocity() throws IOException {
        CollectingSink sink = read("Item_Number,Qty_On_Hand,YTD_Sales_Units\nA,5,120\n");

        ItemRecord record = sink.record("A");
        assertThat(record.unitsSoldPeriodDays()).isEqualTo(182);
        assertThat(record.salesPer30Days()).isCloseTo(120.0 * 30 / 182, within(1e-12));
        assertThat(record.velocityBasis()).isEqualTo(VelocityBasis.DERIVED);
    }

    @Test
    void unitsSoldWithoutPeriodAssumesAYear() throws IOException {
        CollectingSink sink = read("SKU,Qty,Sold\nA,5,365\n");

        assertThat(sink.record("A").salesPer30Days()).isEqualTo(30.0);
        assertThat(sink.record("A").velocityBasis()).isEqualTo(VelocityBasis.ASSUMED);
    }

    @Test
    void thirtyDaySalesArePeriodThirty() throws IOException {
        CollectingSink sink = read("SKU,Qty,Sold Last 30 Days\nA,5,9\n");

        assertThat(sink.record("A").salesPer30Days()).isEqualTo(9.0);
        assertThat(sink.record("A").velocityBasis()).isEqualTo(VelocityBasis.PERIOD_30);
    }

    @Test
    void dollarSalesAreNeverUnits() throws IOException {
        CollectingSink sink = read("SKU,Qty,$ Sold\nA,5,\"1,234.50\"\n");

        assertThat(sink.record("A").salesDollars()).isEqualTo(1234.5);
        assertThat(sink.record("A").salesPer30Days()).isNaN();
    }

    @Test
    void zeroCostStaysZeroAndBlankCostFallsBackToTheNextColumn() throws IOException {
        CollectingSink sink = read("SKU,Qty,Cost,Avg. Cost\nA,1,0,5\nB,1,,5\nC,1,,\n");

        assertThat(sink.record("A").unitCost()).isEqualTo(0.0);
        assertThat(sink.record("A").costSource()).isEqualTo(CostSource.UNIT_COST);
        assertThat(sink.record("B").unitCost()).isEqualTo(5.0);
        assertThat(sink.record("B").costSource()).isEqualTo(CostSource.AVERAGE_COST);
        assertThat(sink.record("B").basisCost()).isNaN();
        assertThat(sink.record("C").unitCost()).isNaN();
        assertThat(sink.record("C").costSource()).isEqualTo(CostSource.NONE);
    }

    @Test
    void forcedAverageCostBasisIsUsed() throws IOException {
        StoreSettings defaults = StoreSettings.defaults(AS_OF);
        StoreSettings average = new StoreSettings(
                AS_OF,
                "default",
                defaults.timeZone(),
                false,
                CostBasis.AVERAGE,
                365,
                1,
                defaults.seasonalKeywords(),
                defaults.nonInventoryKeywords(),
                defaults.nonInventoryCategories());

        CollectingSink sink = read("SKU,Qty,Cost,Avg. Cost\nA,1,4,5\n", average);

        assertThat(sink.record("A").unitCost()).isEqualTo(5.0);
        assertThat(sink.record("A").costSource()).isEqualTo(CostSource.AVERAGE_COST);
    }

    @Test
    void negativeCostAndPriceAreNulledWithErrors() throws IOException {
        CollectingSink sink = read("SKU,Qty,Cost,Retail\nA,1,(2.00),-3\n");

        assertThat(sink.record("A").unitCost()).isNaN();
        assertThat(sink.record("A").retailPrice()).isNaN();
        assertThat(sink.notes(DataQualityCode.NEGATIVE_COST)).hasSize(1);
        assertThat(sink.notes(DataQualityCode.NEGATIVE_PRICE)).hasSize(1);
    }

    @Test
    void suggestedRetailIsThePriceOnlyWithoutARetailColumn() throws IOException {
        CollectingSink withoutRetail = read("SKU,Qty,Sug. Retail\nA,1,5.99\n");
        CollectingSink withRetail = read("SKU,Qty,Sug. Retail,Retail\nA,1,5.99,\n");

        assertThat(withoutRetail.record("A").retailPrice()).isEqualTo(5.99);
        assertThat(withoutRetail.record("A").retailSource()).isEqualTo(RetailSource.SUGGESTED);
        assertThat(withRetail.record("A").retailPrice()).isNaN();
        assertThat(withRetail.notes(DataQualityCode.MISSING_PRICE)).hasSize(1);
    }

    @Test
    void statusSpellingsAreNormalized() throws IOException {
        CollectingSink sink =
                read("SKU,Qty,Status\nA,1,A\nB,1,Inactive\nC,1,Disc\nD,1,Clearance\nE,1,Defective\nF,1,whatever\n");

        assertThat(sink.record("A").status()).isEqualTo(ItemStatus.ACTIVE);
        assertThat(sink.record("B").status()).isEqualTo(ItemStatus.INACTIVE);
        assertThat(sink.record("C").status()).isEqualTo(ItemStatus.DISCONTINUED);
        assertThat(sink.record("D").status()).isEqualTo(ItemStatus.CLOSEOUT);
        assertThat(sink.record("E").status()).isEqualTo(ItemStatus.DAMAGED);
        assertThat(sink.record("E").damaged()).isTrue();
        assertThat(sink.record("F").status()).isEqualTo(ItemStatus.UNKNOWN);
    }

    @Test
    void invertedStatusColumnsAreRead() throws IOException {
        CollectingSink sink = read("SKU,Qty,Archived\nA,1,Y\nB,1,N\n");

        assertThat(sink.record("A").status()).isEqualTo(ItemStatus.INACTIVE);
        assertThat(sink.record("B").status()).isEqualTo(ItemStatus.ACTIVE);
    }

    @Test
    void seasonalIsExplicitOrInferredFromWholeWords() throws IOException {
        CollectingSink sink = read("SKU,Qty,Category,Season_Code\n"
                + "A,1,Lawn & Garden,\n"
                + "B,1,Waterfall Faucets,\n"
                + "C,1,Tools,XMAS\n"
                + "D,1,Tools,N\n"
                + "E,1,Ice Melt,\n");

        assertThat(sink.record("A").seasonalSource()).isEqualTo(SeasonalSource.INFERRED);
        assertThat(sink.record("B").seasonal()).isFalse();
        assertThat(sink.record("C").seasonalSource()).isEqualTo(SeasonalSource.EXPLICIT);
        assertThat(sink.record("D").seasonal()).isFalse();
        assertThat(sink.record("E").seasonalSource()).isEqualTo(SeasonalSource.INFERRED);
    }

    @Test
    void nonInventoryItemsAreRecognized() throws IOException {
        CollectingSink sink = read("SKU,Description,Qty,Category\n"
                + "DUMP-FEE,Dump fee,1,Misc\n"
                + "A2,DUMP CART,1,Carts\n"
                + "A3,SHIPPING TAPE,1,Office\n"
                + "0000000,Stop charge,1,\n"
                + "A5,Key cutting,1,\n"
                + "A6,Install,1,Services\n"
                + "A7,Gift Card $25,1,\n");

        assertThat(sink.record("DUMP-FEE").nonInventory()).isTrue();
        assertThat(sink.record("A2").nonInventory()).isFalse();
        assertThat(sink.record("A3").nonInventory()).isFalse();
        assertThat(sink.record("0000000").nonInventory()).isTrue();
        assertThat(sink.record("A5").nonInventory()).isTrue();
        assertThat(sink.record("A6").nonInventory()).isTrue();
        assertThat(sink.record("A7").nonInventory()).isTrue();
    }

    @Test
    void itemTypeAndTrackInventoryMarkNonInventory() throws IOException {
        CollectingSink types = read("item_no,qty_on_hnd,item_typ\nA,1,N\nB,1,I\nC,1,S\n");
        CollectingSink tracked = read("SKU,Qty,Track Inventory\nA,1,No\nB,1,Yes\n");

        assertThat(types.record("A").nonInventory()).isTrue();
        assertThat(types.record("B").nonInventory()).isFalse();
        assertThat(types.record("C").nonInventory()).isFalse();
        assertThat(tracked.record("A").nonInventory()).isTrue();
        assertThat(tracked.record("B").nonInventory()).isFalse();
    }

    @Test
    void datesAreCheckedAgainstTheAnalysisDate() throws IOException {
        CollectingSink sink = read("SKU,Qty,Last Sale\nA,1,20250702\nB,1,20250705\nC,1,00000000\nD,1,20250601\n");

        assertThat(sink.record("A").lastSaleDate()).isEqualTo(day(2025, 7, 2));
        assertThat(sink.record("B").lastSaleDate()).isEqualTo(ItemRecord.NO_DATE);
        assertThat(sink.notes(DataQualityCode.FUTURE_DATE)).hasSize(1);
        assertThat(sink.record("C").lastSaleDate()).isEqualTo(ItemRecord.NO_DATE);
        assertThat(sink.record("D").lastSaleDate()).isEqualTo(day(2025, 6, 1));
    }

    @Test
    void dayFirstColumnsAreReadDayFirst() throws IOException {
        CollectingSink sink = read("SKU,Qty,Last Sale\nA,1,13/04/2025\nB,1,03/04/2025\n");

        assertThat(sink.record("A").lastSaleDate()).isEqualTo(day(2025, 4, 13));
        assertThat(sink.record("B").lastSaleDate()).isEqualTo(day(2025, 4, 3));
    }

    @Test
    void ambiguousDatesAreMonthFirstForUsStores() throws IOException {
        CollectingSink sink = read("SKU,Qty,Last Sale\nA,1,03/04/2025\n");

        assertThat(sink.record("A").lastSaleDate()).isEqualTo(day(2025, 3, 4));
    }

    @Test
    void implausibleValuesAreNulled() throws IOException {
        CollectingSink sink = read("SKU,Qty,Cost\nA,20000000,2000000\n");

        assertThat(sink.record("A").onHandQuantity()).isNaN();
        assertThat(sink.record("A").unitCost()).isNaN();
        assertThat(sink.notes(DataQualityCode.IMPLAUSIBLE_VALUE)).hasSize(2);
    }

    @Test
    void badCellsNullOnlyTheirFieldAndNameFileRowColumnAndValue() throws IOException {
        CollectingSink sink = read("SKU,Qty,Cost,Retail,Last Sale,Damaged\nA,#N/A,abc,4.99,someday,maybe\n");

        ItemRecord record = sink.record("A");
        assertThat(record.onHandQuantity()).isNaN();
        assertThat(record.unitCost()).isNaN();
        assertThat(record.retailPrice()).isEqualTo(4.99);
        assertThat(record.lastSaleDate()).isEqualTo(ItemRecord.NO_DATE);
        assertThat(record.damaged()).isFalse();
        assertThat(sink.notes(DataQualityCode.NON_FINITE_NUMBER))
                .singleElement()
                .satisfies(note -> assertThat(note.message())
                        .isEqualTo("\"items.csv\" row 2, column \"Qty\": \"#N/A\" is not a finite number"));
        assertThat(sink.notes(DataQualityCode.UNPARSEABLE_NUMBER)).hasSize(1);
        assertThat(sink.notes(DataQualityCode.UNPARSEABLE_DATE)).hasSize(1);
        assertThat(sink.notes(DataQualityCode.UNPARSEABLE_FLAG)).hasSize(1);
    }

    @Test
    void storeIdsCollapseInnerWhitespaceAndDefaultWhenBlank() throws IOException {
        CollectingSink sink = read("SKU,Qty,Store_Number\nA,1,  Main   Street \nB,1,\n");

        assertThat(sink.record("A").storeId()).isEqualTo("Main Street");
        assertThat(sink.record("B").storeId()).isEqualTo("default");
    }

    @Test
    void descriptionsAreCutToTwoHundredCharactersAndFallBackToTheShortOne() throws IOException {
        CollectingSink sink =
                read("SKU,Qty,Description,Description Short\nA,1," + "x".repeat(250) + ",short\nB,1,,short b\n");

        assertThat(sink.record("A").description()).hasSize(200);
        assertThat(sink.record("B").description()).isEqualTo("short b");
    }

    @Test
    void vendorFallsBackToTheVendorCode() throws IOException {
        CollectingSink sink = read("SKU,Qty,Vendor,Vendor Code\nA,1,,V77\nB,1,Orgill,V1\n");

        assertThat(sink.record("A").vendor()).isEqualTo("V77");
        assertThat(sink.record("B").vendor()).isEqualTo("Orgill");
    }

    @Test
    void identifiersKeepLeadingZerosAndLoseSpreadsheetMarks() throws IOException {
        CollectingSink sink = read("SKU,Qty,UPC\n'00123,1,=\"0071234500017\"\n");

        ItemRecord record = sink.record("00123");
        assertThat(record.barcode()).isEqualTo("0071234500017");
    }

    @Test
    void reportedMarginKeepsTheFileUnitsAndThePercentSign() throws IOException {
        CollectingSink sink = read("SKU,Qty,Margin %\nA,1,25.9%\nB,1,\n");

        assertThat(sink.record("A").reportedMargin()).isEqualTo(25.9);
        assertThat(sink.record("A").reportedMarginPercentSign()).isTrue();
        assertThat(sink.record("B").reportedMargin()).isNaN();
    }

    @Test
    void flippedDifferenceColumnIsCountedMinusBook() throws IOException {
        CollectingSink sink = read("SKU,Qty,Counted Qty,Difference\nA,10,7,3\nB,5,6,-1\nC,2,2,0\n");

        assertThat(sink.record("A").quantityDifference()).isEqualTo(-3.0);
        assertThat(sink.record("B").quantityDifference()).isEqualTo(1.0);
    }
}

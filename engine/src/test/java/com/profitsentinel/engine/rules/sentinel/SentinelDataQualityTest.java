package com.profitsentinel.engine.rules.sentinel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.profitsentinel.engine.analysis.Analysis;
import com.profitsentinel.engine.analysis.AnalysisContext;
import com.profitsentinel.engine.analysis.AnalysisResult;
import com.profitsentinel.engine.analysis.InputCounts;
import com.profitsentinel.engine.finding.DataQualityCode;
import com.profitsentinel.engine.finding.Finding;
import com.profitsentinel.engine.finding.FindingIds;
import com.profitsentinel.engine.finding.Group;
import com.profitsentinel.engine.finding.LeakType;
import com.profitsentinel.engine.finding.Severity;
import com.profitsentinel.engine.record.CostSource;
import com.profitsentinel.engine.record.DataQualityNote;
import com.profitsentinel.engine.record.FileFacts;
import com.profitsentinel.engine.record.ItemRecord;
import com.profitsentinel.engine.record.MarginInterpretation;
import com.profitsentinel.engine.record.PurchaseOrderLine;
import com.profitsentinel.engine.record.PurchaseOrderStatus;
import com.profitsentinel.engine.record.QuantitySource;
import com.profitsentinel.engine.record.RetailSource;
import com.profitsentinel.engine.record.SkuSource;
import com.profitsentinel.engine.record.VelocityBasis;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** DATA_QUALITY findings of the sentinel engine (engine.md §3.2, §6.4.14) and the exclusions of §2.3.7 and §2.4. */
class SentinelDataQualityTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 7, 1);
    private static final FileFacts FILE = FileFacts.complete("items.csv", MarginInterpretation.FRACTION_MARGIN);

    private final Analysis analysis = new SentinelEngine().start(AnalysisContext.of(AS_OF));

    private static ItemRecord.Builder item(String storeId, String sku, long row) {
        return ItemRecord.builder()
                .sourceFile("items.csv")
                .sourceRow(row)
                .storeId(storeId)
                .sku(sku, SkuSource.SKU);
    }

    private static DataQualityNote note(DataQualityCode code, long row, String storeId, String sku) {
        return new DataQualityNote(
                code,
                "items.csv",
                row,
                "Cost",
                "12..5",
                storeId,
                sku,
                "items.csv, row " + row + ", column Cost, value \"12..5\": not a number.");
    }

    private static List<Finding> withCode(AnalysisResult result, DataQualityCode code) {
        return result.dataQuality().stream()
                .filter(finding -> finding.subtype().equals(code.name()))
                .toList();
    }

    @Test
    void keepsTheFirstOfTwoRecordsWithTheSameSkuAndListsBothRows() {
        analysis.beginFile(FILE);
        analysis.record(item("store-1", "A1", 2)
                .onHandQuantity(-5, QuantitySource.ON_HAND)
                .unitCost(10, CostSource.UNIT_COST)
                .build());
        analysis.record(item("store-1", "A1", 5)
                .onHandQuantity(-50, QuantitySource.ON_HAND)
                .unitCost(10, CostSource.UNIT_COST)
                .build());
        analysis.record(item("store-2", "A1", 6)
                .onHandQuantity(-1, QuantitySource.ON_HAND)
                .unitCost(10, CostSource.UNIT_COST)
                .build());
        AnalysisResult result = analysis.finish(new InputCounts(3, 0));

        assertThat(result.findings())
                .extracting(Finding::storeId, Finding::annualProfitAtRisk)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("store-1", 50.0),
                        org.assertj.core.groups.Tuple.tuple("store-2", 10.0));
        Finding duplicate = withCode(result, DataQualityCode.DUPLICATE_SKU).get(0);
        assertThat(duplicate.details().get("rows")).isEqualTo(List.of(5L));
        assertThat(duplicate.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(duplicate.context()).contains("row 5", "row 2");
        assertThat(result.summary().duplicatesExcluded()).isEqualTo(1);
        assertThat(result.summary().recordsAnalyzed()).isEqualTo(3);
    }

    @Test
    void turnsIngestionNotesIntoOneFindingPerStoreSkuAndCode() {
        analysis.beginFile(FILE);
        analysis.note(note(DataQualityCode.UNPARSEABLE_NUMBER, 3, "store-1", "B2"));
        analysis.note(note(DataQualityCode.UNPARSEABLE_NUMBER, 4, "store-1", "B2"));
        analysis.note(note(DataQualityCode.NEGATIVE_COST, 4, "store-1", "B2"));
        analysis.record(item("store-1", "B2", 3).build());
        AnalysisResult result = analysis.finish(new InputCounts(2, 0));

        assertThat(result.dataQuality())
                .extracting(Finding::subtype)
                .containsExactly("UNPARSEABLE_NUMBER", "NEGATIVE_COST");
        Finding unparseable = result.dataQuality().get(0);
        assertThat(unparseable.findingId())
                .isEqualTo(new FindingIds("sentinel", 2).hash("sentinel|2|store-1|B2|DATA_QUALITY:UNPARSEABLE_NUMBER"));
        assertThat(unparseable.details())
                .containsEntry("rows", List.of(3L, 4L))
                .containsEntry("column", "Cost")
                .containsEntry("value", "12..5");
        assertThat(unparseable.annualProfitAtRisk()).isZero();
        assertThat(unparseable.confidence()).isEqualTo(1.0);
        assertThat(unparseable.legacyPrimitive()).isEmpty();
        assertThat(result.dataQuality().get(1).severity()).isEqualTo(Severity.HIGH);
        assertThat(result.summary().dataQualityByCode())
                .containsExactly(Map.entry("UNPARSEABLE_NUMBER", 1L), Map.entry("NEGATIVE_COST", 1L));
        assertThat(result.summary().annualProfitAtRiskTotal()).isZero();
    }

    @Test
    void givesNotesWithoutAStoreTheStoreOfTheirFile() {
        analysis.beginFile(FILE);
        analysis.note(note(DataQualityCode.REJECTED_NO_SKU, 2, "", "#row2"));
        analysis.record(item("store-9", "C3", 3).build());
        analysis.beginFile(new FileFacts(
                "empty.csv", true, true, true, true, true, true, true, MarginInterpretation.FRACTION_MARGIN));
        analysis.note(note(DataQualityCode.REJECTED_NO_SKU, 2, "", "#row2"));
        AnalysisResult result = analysis.finish(new InputCounts(3, 2));

        assertThat(result.dataQuality())
                .extracting(Finding::storeId, Finding::sku)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("default", "#row2"),
                        org.assertj.core.groups.Tuple.tuple("store-9", "#row2"));
    }

    @Test
    void reportsAnImpossibleMarginAndIgnoresIt() {
        analysis.beginFile(new FileFacts(
                "items.csv", false, true, true, true, true, true, true, new MarginInterpretation(true, false)));
        analysis.record(item("store-1", "D4", 2)
                .retailPrice(20, RetailSource.RETAIL)
                .reportedMargin(250, true)
                .velocity(5, VelocityBasis.PERIOD_30)
                .build());
        AnalysisResult result = analysis.finish(new InputCounts(1, 0));

        assertThat(withCode(result, DataQualityCode.IMPOSSIBLE_MARGIN)).hasSize(1);
        assertThat(result.findings()).noneMatch(finding -> finding.kind() == LeakType.MARGIN_EROSION);
    }

    @Test
    void namesTheRulesThatCannotRunWithoutACostColumn() {
        analysis.beginFile(new FileFacts(
                "items.csv", false, true, true, true, true, true, false, MarginInterpretation.FRACTION_MARGIN));
        analysis.record(item("store-1", "E5", 2).build());
        AnalysisResult result = analysis.finish(new InputCounts(1, 0));

        Finding missing = withCode(result, DataQualityCode.COLUMN_MISSING).get(0);
        assertThat(missing.sku()).isEqualTo("*");
        assertThat(missing.storeId()).isEqualTo("store-1");
        assertThat(missing.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(missing.context()).contains("no cost column", "ZERO_COST", "MARGIN_EROSION has no margin");
    }

    @Test
    void namesReceivingGapWhenPurchaseOrdersCameWithoutReceiptDates() {
        analysis.purchaseOrderLine(poLine("F6"));
        analysis.beginFile(new FileFacts(
                "items.csv", true, true, true, true, true, false, true, MarginInterpretation.FRACTION_MARGIN));
        analysis.record(item("store-1", "F6", 2).build());
        AnalysisResult result = analysis.finish(new InputCounts(1, 0));

        assertThat(withCode(result, DataQualityCode.COLUMN_MISSING).get(0).context())
                .contains("RECEIVING_GAP");
    }

    @Test
    void reportsPurchaseOrderLinesThatMatchNoItem() {
        analysis.purchaseOrderLine(poLine("ZZ-404"));
        analysis.beginFile(FILE);
        analysis.record(item("store-1", "G7", 2).build());
        AnalysisResult result = analysis.finish(new InputCounts(1, 0));

        Finding notFound = withCode(result, DataQualityCode.PO_ITEM_NOT_FOUND).get(0);
        assertThat(notFound.sku()).isEqualTo("ZZ-404");
        assertThat(notFound.severity()).isEqualTo(Severity.LOW);
        assertThat(notFound.context()).contains("PO 4512", "ZZ-404", "po.csv, row 7");
    }

    @Test
    void reportsRecentSalesWithAnOldLastSaleDate() {
        analysis.beginFile(FILE);
        analysis.record(item("store-1", "H8", 2)
                .onHandQuantity(3, QuantitySource.ON_HAND)
                .velocity(5, VelocityBasis.PERIOD_30)
                .lastSaleDate((int) AS_OF.minusDays(60).toEpochDay())
                .build());
        AnalysisResult result = analysis.finish(new InputCounts(1, 0));

        assertThat(withCode(result, DataQualityCode.INCONSISTENT_SALES_DATE))
                .singleElement()
                .satisfies(finding -> assertThat(finding.context()).contains("60 days ago"));
    }

    @Test
    void groupsDataQualityFindingsPerStore() {
        analysis.beginFile(FILE);
        analysis.note(note(DataQualityCode.UNPARSEABLE_NUMBER, 3, "store-1", "B2"));
        analysis.note(note(DataQualityCode.NEGATIVE_COST, 4, "store-1", "B2"));
        analysis.note(note(DataQualityCode.NEGATIVE_COST, 5, "store-1", "C3"));
        AnalysisResult result = analysis.finish(new InputCounts(3, 0));

        Group group = result.groups().stream()
                .filter(candidate -> candidate.kind() == LeakType.DATA_QUALITY)
                .findFirst()
                .orElseThrow();
        assertThat(group.context()).isEqualTo("2 items with unreliable data (NEGATIVE_COST, UNPARSEABLE_NUMBER).");
        assertThat(group.findingIds()).hasSize(3);
    }

    @Test
    void refusesToForgetRecordsAlreadyAnalysed() {
        analysis.beginFile(FILE);
        analysis.note(note(DataQualityCode.REJECTED_NO_SKU, 2, "", "#row2"));
        analysis.restartFile();
        analysis.record(item("store-1", "J1", 2).build());

        assertThatThrownBy(analysis::restartFile)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("1 records of items.csv");
        AnalysisResult result = analysis.finish(new InputCounts(1, 0));
        assertThat(result.dataQuality()).isEmpty();
        assertThatThrownBy(() -> analysis.record(item("store-1", "J2", 3).build()))
                .isInstanceOf(IllegalStateException.class);
    }

    private static PurchaseOrderLine poLine(String sku) {
        return new PurchaseOrderLine(
                "po.csv",
                7,
                "store-1",
                "4512",
                (int) AS_OF.minusDays(20).toEpochDay(),
                PurchaseOrderStatus.INVOICED,
                "Orgill",
                1,
                sku,
                "",
                "",
                "",
                "",
                "",
                "",
                Double.NaN,
                4,
                4,
                2.5,
                Double.NaN,
                4.99,
                false,
                false,
                false);
    }
}

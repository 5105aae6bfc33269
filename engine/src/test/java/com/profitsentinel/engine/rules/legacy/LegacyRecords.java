package com.profitsentinel.engine.rules.legacy;

import com.profitsentinel.engine.analysis.Analysis;
import com.profitsentinel.engine.analysis.AnalysisContext;
import com.profitsentinel.engine.analysis.AnalysisResult;
import com.profitsentinel.engine.analysis.InputCounts;
import com.profitsentinel.engine.projection.LegacyResponse;
import com.profitsentinel.engine.record.CostSource;
import com.profitsentinel.engine.record.FileFacts;
import com.profitsentinel.engine.record.ItemRecord;
import com.profitsentinel.engine.record.MarginInterpretation;
import com.profitsentinel.engine.record.QuantitySource;
import com.profitsentinel.engine.record.RetailSource;
import com.profitsentinel.engine.record.SkuSource;
import com.profitsentinel.engine.record.VelocityBasis;
import java.time.LocalDate;
import java.util.List;

/** Test fixtures: records in the legacy fields (engine.md §5.2) and one-call analyses. NaN leaves a cell blank. */
final class LegacyRecords {
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    static final FileFacts FILE = FileFacts.complete("inventory.csv", new MarginInterpretation(true, false));

    private LegacyRecords() {}

    /** A record of store {@code default} with the legacy fields q, c, r, s, mf, st. */
    static ItemRecord.Builder row(String sku, double q, double c, double r, double s, double mf, double st) {
        return row("default", sku, q, c, r, s, mf, st);
    }

    /** A record with the legacy fields q, c, r, s, mf, st. */
    static ItemRecord.Builder row(
            String storeId, String sku, double q, double c, double r, double s, double mf, double st) {
        ItemRecord.Builder builder = ItemRecord.builder()
                .sourceFile("inventory.csv")
                .storeId(storeId)
                .sku(sku, SkuSource.SKU)
                .onHandQuantity(q, known(q) ? QuantitySource.ON_HAND : QuantitySource.NONE)
                .unitCost(c, known(c) ? CostSource.UNIT_COST : CostSource.NONE)
                .basisCost(c)
                .retailPrice(r, known(r) ? RetailSource.RETAIL : RetailSource.NONE)
                .unitsSold(s, 30)
                .velocity(s, known(s) ? VelocityBasis.PERIOD_30 : VelocityBasis.UNKNOWN)
                .reportedMargin(mf, false)
                .inventoryValueCost(st);
        return builder;
    }

    /** Analyses the records as one file and finishes with {@code counts}. */
    static AnalysisResult analyze(List<ItemRecord> records, InputCounts counts) {
        return analyze(AnalysisContext.of(AS_OF), records, counts);
    }

    /** Analyses the records as one file in {@code context} and finishes with {@code counts}. */
    static AnalysisResult analyze(AnalysisContext context, List<ItemRecord> records, InputCounts counts) {
        Analysis analysis = new LegacyEngine().start(context);
        analysis.beginFile(FILE);
        records.forEach(analysis::record);
        return analysis.finish(counts);
    }

    /** Analyses the records as one file with no rejected rows. */
    static LegacyResponse response(List<ItemRecord> records) {
        return analyze(records, new InputCounts(records.size(), 0))
                .legacyResponse()
                .orElseThrow();
    }

    private static boolean known(double value) {
        return !Double.isNaN(value);
    }
}

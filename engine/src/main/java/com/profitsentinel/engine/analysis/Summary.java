package com.profitsentinel.engine.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of a result (engine.md §4.3). Money is unrounded; writers round to cents.
 *
 * @param rowsRead data rows read
 * @param rowsRejected rows that could not be used
 * @param recordsAnalyzed records the engine received
 * @param duplicatesExcluded later records of a (store, SKU) already seen
 * @param nonInventoryExcluded fees, services and other non-stock records
 * @param itemsFlagged distinct (store, sku) with at least one finding other than DATA_QUALITY
 * @param findingsByType kind id → number of findings
 * @param impactByType kind id → Σ annual profit at risk
 * @param capitalByType kind id → Σ capital tied up
 * @param annualProfitAtRiskTotal Σ over distinct (store, sku) of the largest annual figure (§7.2)
 * @param capitalTiedUpTotal Σ over distinct (store, sku) of the largest capital
 * @param dataQualityByCode data-quality code → number of findings
 * @param storesAnalyzed distinct stores
 * @param deadStockNotEvaluable records DEAD_STOCK could not judge (no dates, no period)
 * @param salesLinesUnmatched sales lines that matched no record
 */
public record Summary(
        long rowsRead,
        long rowsRejected,
        long recordsAnalyzed,
        long duplicatesExcluded,
        long nonInventoryExcluded,
        long itemsFlagged,
        Map<String, Long> findingsByType,
        Map<String, Double> impactByType,
        Map<String, Double> capitalByType,
        double annualProfitAtRiskTotal,
        double capitalTiedUpTotal,
        Map<String, Long> dataQualityByCode,
        long storesAnalyzed,
        long deadStockNotEvaluable,
        long salesLinesUnmatched) {

    public Summary {
        findingsByType = Collections.unmodifiableMap(new LinkedHashMap<>(findingsByType));
        impactByType = Collections.unmodifiableMap(new LinkedHashMap<>(impactByType));
        capitalByType = Collections.unmodifiableMap(new LinkedHashMap<>(capitalByType));
        dataQualityByCode = Collections.unmodifiableMap(new LinkedHashMap<>(dataQualityByCode));
    }
}

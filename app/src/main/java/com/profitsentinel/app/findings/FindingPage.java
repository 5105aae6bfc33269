package com.profitsentinel.app.findings;

import static java.util.Objects.requireNonNull;

import com.profitsentinel.app.history.Page;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One page of findings with the totals and facet counts over every matching finding (api.md §5.4).
 *
 * @param facets facet name ({@code leak_type}, {@code severity}, {@code department}) → value → count
 */
public record FindingPage(
        Page<FindingView> page,
        BigDecimal annualProfitAtRisk,
        BigDecimal capitalTiedUp,
        Map<String, Map<String, Long>> facets) {
    public FindingPage {
        requireNonNull(page, "page is null");
        requireNonNull(annualProfitAtRisk, "annualProfitAtRisk is null");
        requireNonNull(capitalTiedUp, "capitalTiedUp is null");
        Map<String, Map<String, Long>> copy = new LinkedHashMap<>();
        facets.forEach((name, counts) -> copy.put(name, Collections.unmodifiableMap(new LinkedHashMap<>(counts))));
        facets = Collections.unmodifiableMap(copy);
    }
}

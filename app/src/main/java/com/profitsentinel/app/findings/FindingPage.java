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
 * @param figures facet name → value → the dollars of its findings
 */
public record FindingPage(
        Page<FindingView> page,
        BigDecimal annualProfitAtRisk,
        BigDecimal capitalTiedUp,
        Map<String, Map<String, Long>> facets,
        Map<String, Map<String, Figures>> figures) {

    /** The annual profit at risk of a facet value's findings: their sum and the largest one. */
    public record Figures(BigDecimal annualProfitAtRisk, BigDecimal largest) {
        public Figures {
            requireNonNull(annualProfitAtRisk, "annualProfitAtRisk is null");
            requireNonNull(largest, "largest is null");
        }

        public Figures plus(Figures other) {
            return new Figures(annualProfitAtRisk.add(other.annualProfitAtRisk), largest.max(other.largest));
        }
    }

    public FindingPage {
        requireNonNull(page, "page is null");
        requireNonNull(annualProfitAtRisk, "annualProfitAtRisk is null");
        requireNonNull(capitalTiedUp, "capitalTiedUp is null");
        Map<String, Map<String, Long>> copy = new LinkedHashMap<>();
        facets.forEach((name, counts) -> copy.put(name, Collections.unmodifiableMap(new LinkedHashMap<>(counts))));
        facets = Collections.unmodifiableMap(copy);
        Map<String, Map<String, Figures>> figuresCopy = new LinkedHashMap<>();
        figures.forEach(
                (name, values) -> figuresCopy.put(name, Collections.unmodifiableMap(new LinkedHashMap<>(values))));
        figures = Collections.unmodifiableMap(figuresCopy);
    }
}

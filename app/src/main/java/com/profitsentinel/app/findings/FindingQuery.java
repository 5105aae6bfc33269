package com.profitsentinel.app.findings;

import static java.util.Objects.requireNonNull;

import com.profitsentinel.app.history.Page;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/**
 * The filters, order and page of a findings list (api.md §5.4). Without {@code analysisId} the list covers the latest
 * succeeded analysis of every store in scope (or of {@code storeId}); resolved findings come from the analysis that
 * last contained them.
 *
 * @param statuses the states wanted (all three for {@code status=all})
 * @param text a substring of the SKU or the description, case-insensitive
 */
public record FindingQuery(
        Optional<String> storeId,
        Optional<String> analysisId,
        Set<FindingStatus> statuses,
        Set<String> leakTypes,
        Set<String> severities,
        Optional<String> department,
        Optional<String> category,
        Optional<String> vendor,
        Optional<BigDecimal> minImpact,
        Optional<String> text,
        Sort sort,
        boolean descending,
        int page,
        int pageSize) {

    /** Sort keys; ties are broken by finding ID ascending. */
    public enum Sort {
        IMPACT,
        PRIORITY,
        /** by first seen */
        DATE,
        SKU
    }

    public FindingQuery {
        requireNonNull(storeId, "storeId is null");
        requireNonNull(analysisId, "analysisId is null");
        statuses = Set.copyOf(statuses);
        leakTypes = Set.copyOf(leakTypes);
        severities = Set.copyOf(severities);
        requireNonNull(department, "department is null");
        requireNonNull(category, "category is null");
        requireNonNull(vendor, "vendor is null");
        requireNonNull(minImpact, "minImpact is null");
        requireNonNull(text, "text is null");
        requireNonNull(sort, "sort is null");
        if (statuses.isEmpty()) {
            throw new IllegalArgumentException("at least one status is wanted");
        }
        if (page < 1) {
            throw new IllegalArgumentException("page must be at least 1: " + page);
        }
        if (pageSize < 1 || (pageSize > Page.MAX_PAGE_SIZE && pageSize != UNPAGED)) {
            throw new IllegalArgumentException("page_size must be 1-" + Page.MAX_PAGE_SIZE + ": " + pageSize);
        }
    }

    /** The page size of an export: every matching row up to this many. */
    public static final int UNPAGED = 100_000;

    /** The default list: active findings of the latest analyses, largest impact first, first page of 20. */
    public static FindingQuery defaults() {
        return new FindingQuery(
                Optional.empty(),
                Optional.empty(),
                Set.of(FindingStatus.ACTIVE),
                Set.of(),
                Set.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Sort.IMPACT,
                true,
                1,
                20);
    }

    /** The same query for other states. */
    public FindingQuery withStatuses(Set<FindingStatus> wanted) {
        return new FindingQuery(
                storeId,
                analysisId,
                wanted,
                leakTypes,
                severities,
                department,
                category,
                vendor,
                minImpact,
                text,
                sort,
                descending,
                page,
                pageSize);
    }

    /** The same query with a text filter (SKU or description). */
    public FindingQuery withText(String wanted) {
        return new FindingQuery(
                storeId,
                analysisId,
                statuses,
                leakTypes,
                severities,
                department,
                category,
                vendor,
                minImpact,
                Optional.of(wanted),
                sort,
                descending,
                page,
                pageSize);
    }

    /** Another page of the same query. */
    public FindingQuery withPage(int wantedPage, int wantedPageSize) {
        return new FindingQuery(
                storeId,
                analysisId,
                statuses,
                leakTypes,
                severities,
                department,
                category,
                vendor,
                minImpact,
                text,
                sort,
                descending,
                wantedPage,
                wantedPageSize);
    }
}

package com.profitsentinel.app.findings;

import com.profitsentinel.app.history.Page;
import com.profitsentinel.app.tenant.Tenant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Findings and groups of stored analyses, and the states of finding IDs. Snapshots are written with their analysis
 * ({@link com.profitsentinel.app.history.AnalysisRepository#insert(com.profitsentinel.app.history.AnalysisRecord,
 * byte[], byte[], FindingSnapshot)}); every read is tenant-scoped, so a foreign ID is not found.
 */
public interface FindingRepository {
    FindingPage list(Tenant tenant, FindingQuery query);

    /**
     * The annual profit at risk of the findings the query matches with each store and SKU counted once, at its largest
     * finding (engine.md §7.2): the headline total, where per-type sums may overlap.
     */
    java.math.BigDecimal deduplicatedImpact(Tenant tenant, FindingQuery query);

    /** The finding as its latest stored analysis has it, with its state. */
    Optional<FindingView> find(Tenant tenant, String findingId);

    /** The analyses that contained the finding, newest first, at most {@code limit}. */
    List<FindingHistoryEntry> history(Tenant tenant, String findingId, int limit);

    /**
     * The SKUs of the store's active and acknowledged findings of this engine: those an analysis must look for in its
     * upload before it may resolve them.
     */
    Set<String> openSkus(Tenant tenant, String storeId, String engine);

    /** Every stored finding of an analysis in short, by finding ID; empty when the analysis is not in scope. */
    List<FindingLine> lines(Tenant tenant, String analysisId);

    /** The SKUs of the store's open findings that the analysis's upload did not contain. */
    Set<String> absentSkus(Tenant tenant, String analysisId);

    /** Acknowledges (again) a finding; empty when the ID is not found for this tenant. */
    Optional<FindingState> acknowledge(Tenant tenant, String findingId, Acknowledgement acknowledgement);

    /** Makes an acknowledged finding active again; empty when the ID is not found for this tenant. */
    Optional<FindingState> restore(Tenant tenant, String findingId);

    /** Groups of the latest analyses in scope (or of one store), by priority descending, ties by group ID. */
    Page<GroupView> groups(Tenant tenant, Optional<String> storeId, Optional<String> leakType, int page, int pageSize);

    /** The group as its latest stored analysis has it. */
    Optional<GroupView> group(Tenant tenant, String groupId);

    /** The findings of a group in the analysis of {@code view}, largest impact first, at most {@code limit}. */
    List<FindingView> members(Tenant tenant, GroupView view, int limit);
}

package com.profitsentinel.app.history;

import com.profitsentinel.app.findings.FindingSnapshot;
import com.profitsentinel.app.tenant.Tenant;
import com.profitsentinel.app.tenant.Tier;
import java.time.Instant;
import java.util.Optional;

/**
 * Stored analyses and their documents. Documents are the result as JSON bytes (the native result and the legacy object
 * of api.md §4.10), stored compressed; every lookup is tenant-scoped, so a foreign id is not found.
 */
public interface AnalysisRepository {
    /** Stores an analysis with its two documents (UTF-8 JSON) and no finding rows, in one transaction. */
    default void insert(AnalysisRecord analysis, byte[] resultDocument, byte[] legacyDocument) {
        insert(analysis, resultDocument, legacyDocument, FindingSnapshot.empty());
    }

    /**
     * Stores an analysis with its two documents and its finding and group rows, and moves the states of the store's
     * finding IDs on (workflows.md §10), in one transaction.
     */
    void insert(AnalysisRecord analysis, byte[] resultDocument, byte[] legacyDocument, FindingSnapshot findings);

    Optional<AnalysisRecord> find(Tenant tenant, String id);

    /** Newest first, ties by id; {@code storeId} empty for every store in scope. */
    Page<AnalysisRecord> list(Tenant tenant, Optional<String> storeId, int page, int pageSize);

    Optional<byte[]> resultDocument(Tenant tenant, String id);

    Optional<byte[]> legacyDocument(Tenant tenant, String id);

    /** False when the analysis is not found for this tenant. */
    boolean rename(Tenant tenant, String id, String label);

    /** False when the analysis is not found for this tenant. */
    boolean delete(Tenant tenant, String id);

    /**
     * Platform level, for retention (operations.md §12): deletes the analyses of orgs on {@code tier} created before
     * {@code before}, with their documents; returns how many.
     */
    int purge(Tier tier, Instant before);

    /** The store's newest succeeded analyses (failed ones have no findings), newest first, at most {@code count}. */
    default java.util.List<AnalysisRecord> newestSucceeded(Tenant tenant, String storeId, int count) {
        java.util.List<AnalysisRecord> succeeded = new java.util.ArrayList<>();
        for (int page = 1; succeeded.size() < count; page++) {
            Page<AnalysisRecord> found = list(tenant, Optional.of(storeId), page, Page.MAX_PAGE_SIZE);
            for (AnalysisRecord record : found.items()) {
                if (record.status() == AnalysisStatus.SUCCEEDED && succeeded.size() < count) {
                    succeeded.add(record);
                }
            }
            if (page >= found.totalPages()) {
                break;
            }
        }
        return succeeded;
    }
}

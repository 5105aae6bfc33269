package com.profitsentinel.app.mapping;

import com.profitsentinel.app.tenant.Tenant;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Saved mappings of the stores in scope; another org's (or an out-of-scope store's) are not found. */
public interface SavedMappingRepository {
    /** The store's saved mappings, most recently used first. */
    List<SavedMapping> list(Tenant tenant, String storeId);

    /**
     * Saves the confirmed mapping of a header signature: a new one, or the same signature's replaced and its use counted.
     */
    void save(
            Tenant tenant,
            String storeId,
            String headerFingerprint,
            String posSystem,
            Map<String, String> columns,
            Instant at);

    /** False when the mapping is not found for this tenant and store. */
    boolean delete(Tenant tenant, String storeId, String id);
}

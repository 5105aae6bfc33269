package com.profitsentinel.app.upload;

import com.profitsentinel.app.tenant.Tenant;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Upload records. Lookups take the tenant: another org's key or a store outside scope is simply not found. */
public interface UploadRepository {
    void insert(Upload upload);

    /** Replaces size, hash and status of an existing record. */
    void update(Upload upload);

    Optional<Upload> byKey(Tenant tenant, String key);

    Optional<Upload> byId(Tenant tenant, String id);

    /** Platform level, for the receive endpoint (authorised by its signed policy) and the retention sweeper. */
    Optional<Upload> byIdUnscoped(String id);

    /** Marks the file deleted (the record stays). */
    void markDeleted(String id, Instant at);

    /** Platform level, for the retention sweeper: not yet deleted and retained until before {@code now}. */
    List<Upload> dueForDeletion(Instant now);
}

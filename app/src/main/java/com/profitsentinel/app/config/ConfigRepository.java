package com.profitsentinel.app.config;

import com.profitsentinel.app.tenant.Tenant;
import java.util.Optional;

/** Stored store configurations; tenant-scoped, so another org's store (or one out of scope) has none. */
public interface ConfigRepository {
    /** The saved configuration of a store, empty when it was never saved (or is out of scope). */
    Optional<StoreConfig> find(Tenant tenant, String storeId);

    /**
     * Saves {@code config} as the version after {@code expectedVersion}; false when the stored version is another (a
     * concurrent change: 412) or the store is out of scope.
     */
    boolean save(Tenant tenant, StoreConfig config, long expectedVersion);
}

package com.profitsentinel.app.apikey;

import com.profitsentinel.app.tenant.Tenant;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** API keys by the hash of their secret. */
public interface ApiKeyRepository {
    void insert(ApiKey key, String secretHash);

    /** Platform level, for authentication: the key whose secret hashes to {@code secretHash}. */
    Optional<ApiKey> bySecretHash(String secretHash);

    /** The tenant's org's keys, revoked ones included, newest first. */
    List<ApiKey> list(Tenant tenant);

    /** Revokes a key of the tenant's org; false when not found there. Revoking twice keeps the first instant. */
    boolean revoke(Tenant tenant, String keyId, Instant at);

    /** Records a use (callers update at most once a minute). */
    void touch(String keyId, Instant at);
}

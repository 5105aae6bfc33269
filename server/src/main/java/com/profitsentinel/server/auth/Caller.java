package com.profitsentinel.server.auth;

import static java.util.Objects.requireNonNull;

import com.profitsentinel.app.account.Session;
import com.profitsentinel.app.apikey.ApiKey;
import com.profitsentinel.app.tenant.Organization;
import com.profitsentinel.app.tenant.Role;
import com.profitsentinel.app.tenant.Tenant;
import com.profitsentinel.app.tenant.User;
import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import java.util.Optional;

/**
 * Who made a request: the user, the org they act in and their tenant context.
 *
 * @param method how they authenticated: {@code dev} (the local user of dev mode), {@code jwt} or {@code api_key}
 * @param apiKey the key a request authenticated with, and so its scopes; empty for people
 */
public record Caller(
        User user,
        Organization organization,
        Tenant tenant,
        String method,
        Optional<ApiKey> apiKey,
        Optional<Session> session) {
    public Caller {
        requireNonNull(user, "user is null");
        requireNonNull(organization, "organization is null");
        requireNonNull(tenant, "tenant is null");
        requireNonNull(method, "method is null");
        requireNonNull(apiKey, "apiKey is null");
        requireNonNull(session, "session is null");
    }

    /** A caller of an API key (or of nothing but its identity). */
    public Caller(User user, Organization organization, Tenant tenant, String method, Optional<ApiKey> apiKey) {
        this(user, organization, tenant, method, apiKey, Optional.empty());
    }

    /** A person (dev mode or a JWT). */
    public Caller(User user, Organization organization, Tenant tenant, String method) {
        this(user, organization, tenant, method, Optional.empty(), Optional.empty());
    }

    /** Refuses (403 {@code FORBIDDEN}) a caller whose role is below {@code role}. */
    public void requireRole(Role role) {
        if (!tenant.role().includes(role)) {
            throw new ProfitSentinelException(
                    ErrorCode.FORBIDDEN, "This action needs the role " + role.apiName() + " or higher.");
        }
    }
}

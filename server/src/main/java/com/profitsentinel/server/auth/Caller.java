package com.profitsentinel.server.auth;

import static java.util.Objects.requireNonNull;

import com.profitsentinel.app.tenant.Organization;
import com.profitsentinel.app.tenant.Tenant;
import com.profitsentinel.app.tenant.User;

/**
 * Who made a request: the user, the org they act in and their tenant context.
 *
 * @param method how they authenticated ({@code dev} for the local user of dev mode)
 */
public record Caller(User user, Organization organization, Tenant tenant, String method) {
    public Caller {
        requireNonNull(user, "user is null");
        requireNonNull(organization, "organization is null");
        requireNonNull(tenant, "tenant is null");
        requireNonNull(method, "method is null");
    }
}

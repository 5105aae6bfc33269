package com.profitsentinel.app.tenant;

import static java.util.Objects.requireNonNull;

import java.util.Set;

/**
 * Who is asking, as every tenant repository needs it (operations.md §10.2): the org, the user, their role and the stores
 * in their scope ({@code allStores} for org-wide roles). Repositories add the org and store predicates themselves.
 */
public record Tenant(String orgId, String userId, Role role, boolean allStores, Set<String> storeIds) {
    public Tenant {
        requireNonNull(orgId, "orgId is null");
        requireNonNull(userId, "userId is null");
        requireNonNull(role, "role is null");
        storeIds = Set.copyOf(storeIds);
    }

    /** A member who sees every store of the org. */
    public static Tenant wholeOrg(String orgId, String userId, Role role) {
        return new Tenant(orgId, userId, role, true, Set.of());
    }

    /** True when the store is in this tenant's scope (the store's org is checked by the repository). */
    public boolean inScope(String storeId) {
        return allStores || storeIds.contains(storeId);
    }
}

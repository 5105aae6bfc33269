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

    /**
     * A member's tenant: owners and org admins see the whole org; other roles see their assigned stores, or the whole
     * org when none are assigned.
     */
    public static Tenant of(String orgId, String userId, Role role, Set<String> storeIds) {
        if (storeIds.isEmpty() || role.includes(Role.ORG_ADMIN)) {
            return wholeOrg(orgId, userId, role);
        }
        return new Tenant(orgId, userId, role, false, storeIds);
    }

    /** The same tenant acting with another role (an API key's role is capped at org_admin). */
    public Tenant withRole(Role cappedRole) {
        return new Tenant(orgId, userId, cappedRole, allStores, storeIds);
    }

    /** True when the store is in this tenant's scope (the store's org is checked by the repository). */
    public boolean inScope(String storeId) {
        return allStores || storeIds.contains(storeId);
    }
}

package com.profitsentinel.app.tenant;

import static java.util.Objects.requireNonNull;

import java.util.Set;

/**
 * A member of an org: the user, the role and what the role is limited to (both empty: the whole org).
 *
 * @param storeIds the stores the role is limited to: those assigned one by one and those of the assigned regions
 * @param regionIds the regions assigned
 */
public record Member(User user, Role role, Set<String> storeIds, Set<String> regionIds) {
    public Member {
        requireNonNull(user, "user is null");
        requireNonNull(role, "role is null");
        storeIds = Set.copyOf(storeIds);
        regionIds = Set.copyOf(regionIds);
    }

    /** The tenant context of this member's requests (operations.md §10.2). */
    public Tenant tenant(String orgId) {
        if (storeIds.isEmpty() && !regionIds.isEmpty() && !role.includes(Role.ORG_ADMIN)) {
            // regions without stores: nothing in scope, not the whole org
            return new Tenant(orgId, user.id(), role, false, Set.of());
        }
        return Tenant.of(orgId, user.id(), role, storeIds);
    }
}

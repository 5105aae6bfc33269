package com.profitsentinel.app.tenant;

import static java.util.Objects.requireNonNull;

import java.util.Set;

/**
 * A member of an org: the user, the role and the stores the role is limited to (empty: the whole org).
 */
public record Member(User user, Role role, Set<String> storeIds) {
    public Member {
        requireNonNull(user, "user is null");
        requireNonNull(role, "role is null");
        storeIds = Set.copyOf(storeIds);
    }

    /** The tenant context of this member's requests (operations.md §10.2). */
    public Tenant tenant(String orgId) {
        return Tenant.of(orgId, user.id(), role, storeIds);
    }
}

package com.profitsentinel.app.tenant;

/**
 * Org roles of operations.md §10.1, lowest first: a higher role includes the lower ones (always limited to the stores in
 * the member's scope). {@code platform_admin} is not an org role; it is a flag on the user.
 */
public enum Role {
    VIEWER,
    STORE_MANAGER,
    REGIONAL_MANAGER,
    ORG_ADMIN,
    OWNER;

    /** True when this role includes {@code required}. */
    public boolean includes(Role required) {
        return compareTo(required) >= 0;
    }

    /** The snake_case name the API uses ({@code org_admin}). */
    public String apiName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

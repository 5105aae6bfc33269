package com.profitsentinel.app.tenant;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Orgs, users, memberships and stores. Creating and finding by id are platform-level operations (sign-in, dev-mode
 * bootstrap); listing stores is tenant-scoped.
 */
public interface Directory {
    Organization createOrganization(String name, Tier tier);

    Optional<Organization> organization(String orgId);

    User createUser(String email, String name, boolean platformAdmin);

    Optional<User> userByEmail(String email);

    Optional<User> userById(String userId);

    /** Adds (or changes) a membership. */
    void putMember(String orgId, String userId, Role role);

    /** The user's membership in an org, if any. */
    Optional<Role> role(String orgId, String userId);

    /** The orgs a user belongs to, oldest first. */
    List<Organization> organizationsOf(String userId);

    Store createStore(String orgId, String name, String timezone);

    /** A store of the tenant's org that is in its scope. */
    Optional<Store> store(Tenant tenant, String storeId);

    /** The tenant's stores in scope, active first then by name. */
    List<Store> stores(Tenant tenant);

    /** The member, with the stores their role is limited to; empty when the user is not a member of the org. */
    Optional<Member> member(String orgId, String userId);

    /** The org's members, by name. */
    List<Member> members(String orgId);

    /** Limits a member's role to these stores of the org (empty: the whole org); replaces the previous scope. */
    void setStoreScope(String orgId, String userId, Set<String> storeIds);

    /** Removes a membership (and its store scope); false when there was none. */
    boolean removeMember(String orgId, String userId);

    /** Renames, moves to another time zone or (de)activates a store of the org; empty when not found. */
    Optional<Store> updateStore(String orgId, String storeId, String name, String timezone, boolean active);

    /** Creates a region; a name already used in the org (any case) is refused with an IllegalArgumentException. */
    Region createRegion(String orgId, String name);

    /** The org's regions by name. */
    List<Region> regions(String orgId);

    Optional<Region> region(String orgId, String regionId);

    /** Renames a region; empty when not found. */
    Optional<Region> renameRegion(String orgId, String regionId, String name);

    /** Deletes a region without stores; false when not found. */
    boolean deleteRegion(String orgId, String regionId);

    /** Puts a store in a region, or in none. */
    void setStoreRegion(String orgId, String storeId, Optional<String> regionId);

    /** Limits a member's role to these regions of the org (with the stores of {@link #setStoreScope}). */
    void setRegionScope(String orgId, String userId, Set<String> regionIds);
}

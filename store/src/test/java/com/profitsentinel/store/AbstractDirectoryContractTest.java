package com.profitsentinel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.profitsentinel.app.id.Ids;
import com.profitsentinel.app.tenant.Directory;
import com.profitsentinel.app.tenant.Organization;
import com.profitsentinel.app.tenant.Region;
import com.profitsentinel.app.tenant.Role;
import com.profitsentinel.app.tenant.Store;
import com.profitsentinel.app.tenant.Tenant;
import com.profitsentinel.app.tenant.Tier;
import com.profitsentinel.app.tenant.User;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The {@link Directory} contract, run against every database. */
abstract class AbstractDirectoryContractTest extends StoreContract {
    private Directory directory() {
        return database().directory();
    }

    @Test
    void aRegionalManagerSeesTheStoresOfTheirRegionsAsTheyAreNow() {
        Directory directory = database().directory();
        Organization org = newOrg("Regions");
        Store main = newStore(org, "Main");
        Store north = newStore(org, "North");
        Store south = newStore(org, "South");
        Region west = directory.createRegion(org.id(), "West");
        User manager = directory.createUser(Ids.newId() + "@regions.example", "Robin", false);
        directory.putMember(org.id(), manager.id(), Role.REGIONAL_MANAGER);
        directory.setRegionScope(org.id(), manager.id(), Set.of(west.id()));

        // a region without stores: nothing in scope, not the whole org
        assertThat(directory.stores(
                        directory.member(org.id(), manager.id()).orElseThrow().tenant(org.id())))
                .isEmpty();
        directory.setStoreRegion(org.id(), north.id(), Optional.of(west.id()));
        directory.setStoreRegion(org.id(), south.id(), Optional.of(west.id()));
        Tenant tenant = directory.member(org.id(), manager.id()).orElseThrow().tenant(org.id());
        assertThat(directory.stores(tenant)).extracting(Store::id).containsExactlyInAnyOrder(north.id(), south.id());
        assertThat(directory.store(tenant, main.id())).isEmpty();
        assertThat(directory.member(org.id(), manager.id()).orElseThrow().regionIds())
                .containsExactly(west.id());
        assertThat(directory.store(wholeOrg(org), north.id()).orElseThrow().regionId())
                .contains(west.id());

        assertThat(directory.regions(org.id())).extracting(Region::name).containsExactly("West");
        assertThatThrownBy(() -> directory.createRegion(org.id(), "west")).isInstanceOf(IllegalArgumentException.class);
        assertThat(directory
                        .renameRegion(org.id(), west.id(), "Pacific")
                        .orElseThrow()
                        .name())
                .isEqualTo("Pacific");
        assertThat(directory.region(newOrg("Other regions").id(), west.id())).isEmpty();
        directory.setStoreRegion(org.id(), north.id(), Optional.empty());
        directory.setStoreRegion(org.id(), south.id(), Optional.empty());
        assertThat(directory.deleteRegion(org.id(), west.id())).isTrue();
        assertThat(directory.regions(org.id())).isEmpty();
    }

    @Test
    void aMembersRoleIsLimitedToItsStoresUntilTheScopeIsClearedOrTheMemberRemoved() {
        Directory directory = database().directory();
        Organization org = newOrg("Scopes");
        Store main = newStore(org, "Main");
        Store north = newStore(org, "North");
        User manager = directory.createUser(Ids.newId() + "@scopes.example", "Morgan", false);
        User admin = directory.createUser(Ids.newId() + "@scopes.example", "Alex", false);
        directory.putMember(org.id(), manager.id(), Role.STORE_MANAGER);
        directory.putMember(org.id(), admin.id(), Role.ORG_ADMIN);

        directory.setStoreScope(org.id(), manager.id(), Set.of(north.id()));
        directory.setStoreScope(org.id(), admin.id(), Set.of(north.id()));

        Tenant scoped = directory.member(org.id(), manager.id()).orElseThrow().tenant(org.id());
        assertThat(scoped.allStores()).isFalse();
        assertThat(directory.stores(scoped)).extracting(Store::id).containsExactly(north.id());
        assertThat(directory.store(scoped, main.id())).isEmpty();
        // org admins always see the whole org
        assertThat(directory
                        .member(org.id(), admin.id())
                        .orElseThrow()
                        .tenant(org.id())
                        .allStores())
                .isTrue();
        assertThat(directory.members(org.id()))
                .extracting(member -> member.user().name() + " " + member.storeIds())
                .containsExactly("Alex [" + north.id() + "]", "Morgan [" + north.id() + "]");

        directory.setStoreScope(org.id(), manager.id(), Set.of());
        assertThat(directory
                        .member(org.id(), manager.id())
                        .orElseThrow()
                        .tenant(org.id())
                        .allStores())
                .isTrue();
        assertThat(directory.removeMember(org.id(), manager.id())).isTrue();
        assertThat(directory.member(org.id(), manager.id())).isEmpty();
        assertThat(directory.removeMember(org.id(), manager.id())).isFalse();
        assertThat(directory.member(newOrg("Other scopes").id(), admin.id())).isEmpty();
    }

    @Test
    void createdOrganizationIsFoundById() {
        Organization org = directory().createOrganization("Hardware on Main", Tier.ENTERPRISE);

        assertThat(org.id()).matches("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(directory().organization(org.id())).contains(org);
        assertThat(directory().organization(Ids.newId())).isEmpty();
    }

    @Test
    void userIsFoundByEmailIgnoringCaseAndBlanks() {
        String email = "Dana." + Ids.randomHex(4) + "@Example.com";
        User user = directory().createUser(email, "Dana Ruiz", true);

        assertThat(directory().userByEmail(email)).contains(user);
        assertThat(directory().userByEmail("  " + email.toUpperCase(java.util.Locale.ROOT) + " "))
                .contains(user);
        assertThat(directory().userByEmail("nobody-" + email)).isEmpty();
        assertThat(user.platformAdmin()).isTrue();
    }

    @Test
    void secondUserWithTheSameEmailIsRefused() {
        String email = "sam." + Ids.randomHex(4) + "@example.com";
        directory().createUser(email, "Sam", false);

        assertThatThrownBy(() -> directory().createUser(email.toUpperCase(java.util.Locale.ROOT), "Sam Again", false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exists already");
    }

    @Test
    void putMemberAddsAndThenChangesTheRole() {
        Organization org = newOrg("Members");
        User user = directory().createUser("m." + Ids.randomHex(4) + "@example.com", "Member", false);
        assertThat(directory().role(org.id(), user.id())).isEmpty();

        directory().putMember(org.id(), user.id(), Role.VIEWER);
        assertThat(directory().role(org.id(), user.id())).contains(Role.VIEWER);

        directory().putMember(org.id(), user.id(), Role.ORG_ADMIN);
        assertThat(directory().role(org.id(), user.id())).contains(Role.ORG_ADMIN);
        assertThat(directory().organizationsOf(user.id())).containsExactly(org);
    }

    @Test
    void membershipOfUnknownOrgIsRefused() {
        User user = directory().createUser("x." + Ids.randomHex(4) + "@example.com", "X", false);

        assertThatThrownBy(() -> directory().putMember(Ids.newId(), user.id(), Role.OWNER))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(directory().organizationsOf(user.id())).isEmpty();
    }

    @Test
    void organizationsOfAUserAreOldestFirst() {
        User user = directory().createUser("o." + Ids.randomHex(4) + "@example.com", "Owner", false);
        Organization first = newOrg("First");
        Organization second = newOrg("Second");
        Organization third = newOrg("Third");
        newOrg("Not a member");
        directory().putMember(third.id(), user.id(), Role.VIEWER);
        directory().putMember(first.id(), user.id(), Role.OWNER);
        directory().putMember(second.id(), user.id(), Role.STORE_MANAGER);

        assertThat(directory().organizationsOf(user.id())).containsExactly(first, second, third);
    }

    @Test
    void createdStoreIsActiveAndFoundInItsOrg() {
        Organization org = newOrg("Stores");
        Store store = directory().createStore(org.id(), "Downtown", "America/Chicago");

        assertThat(store.active()).isTrue();
        assertThat(store.orgId()).isEqualTo(org.id());
        assertThat(directory().store(wholeOrg(org), store.id())).contains(store);
    }

    @Test
    void storeOfUnknownOrgIsRefused() {
        assertThatThrownBy(() -> directory().createStore(Ids.newId(), "Nowhere", Store.DEFAULT_TIMEZONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anotherOrgNeverSeesAStore() {
        Organization orgA = newOrg("A");
        Organization orgB = newOrg("B");
        Store storeA = newStore(orgA, "A's store");
        newStore(orgB, "B's store");

        assertThat(directory().store(wholeOrg(orgB), storeA.id())).isEmpty();
        assertThat(directory().stores(wholeOrg(orgB))).extracting(Store::orgId).containsOnly(orgB.id());
        // a tenant of org B that names A's store in its scope still sees nothing of org A
        Tenant forged = new Tenant(orgB.id(), Ids.newId(), Role.STORE_MANAGER, false, Set.of(storeA.id()));
        assertThat(directory().store(forged, storeA.id())).isEmpty();
        assertThat(directory().stores(forged)).isEmpty();
    }

    @Test
    void storeScopedTenantSeesOnlyItsStores() {
        Organization org = newOrg("Scoped");
        Store north = newStore(org, "North");
        Store south = newStore(org, "South");
        Store west = newStore(org, "West");

        Tenant tenant = storesOnly(org, north, west);
        assertThat(directory().stores(tenant)).containsExactly(north, west);
        assertThat(directory().store(tenant, south.id())).isEmpty();
        assertThat(directory().store(tenant, west.id())).contains(west);
        assertThat(directory().stores(storesOnly(org))).isEmpty();
    }

    @Test
    void storesAreListedActiveFirstThenByName() {
        Organization org = newOrg("Ordering");
        Store closed = newStore(org, "Airport");
        Store zeta = newStore(org, "zeta");
        Store beta = newStore(org, "Beta");
        Store alpha = newStore(org, "alpha");
        execute("UPDATE stores SET active = FALSE WHERE id = ?", closed.id());

        assertThat(directory().stores(wholeOrg(org)))
                .extracting(Store::name)
                .containsExactly("alpha", "Beta", "zeta", "Airport");
        assertThat(directory().store(wholeOrg(org), closed.id()).orElseThrow().active())
                .isFalse();
        assertThat(directory().stores(wholeOrg(org))).contains(zeta, beta, alpha);
    }
}

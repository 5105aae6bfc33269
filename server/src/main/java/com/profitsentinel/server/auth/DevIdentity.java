package com.profitsentinel.server.auth;

import com.profitsentinel.app.tenant.Directory;
import com.profitsentinel.app.tenant.Organization;
import com.profitsentinel.app.tenant.Role;
import com.profitsentinel.app.tenant.Store;
import com.profitsentinel.app.tenant.Tenant;
import com.profitsentinel.app.tenant.Tier;
import com.profitsentinel.app.tenant.User;
import java.util.List;

/**
 * The one local user of dev mode (operations.md §9.1): "Local User" ({@code local@localhost}), owner of the org
 * "My Stores" with the store "Main Store", and platform admin. Created on first start, found on later ones.
 */
public final class DevIdentity {
    public static final String EMAIL = "local@localhost";

    private DevIdentity() {}

    public static Caller ensure(Directory directory) {
        User user = directory.userByEmail(EMAIL).orElseGet(() -> directory.createUser(EMAIL, "Local User", true));
        List<Organization> organizations = directory.organizationsOf(user.id());
        Organization organization;
        if (organizations.isEmpty()) {
            organization = directory.createOrganization("My Stores", Tier.ENTERPRISE);
            directory.putMember(organization.id(), user.id(), Role.OWNER);
        } else {
            organization = organizations.get(0);
        }
        Tenant tenant = Tenant.wholeOrg(organization.id(), user.id(), Role.OWNER);
        List<Store> stores = directory.stores(tenant);
        if (stores.isEmpty()) {
            directory.createStore(organization.id(), "Main Store", Store.DEFAULT_TIMEZONE);
        }
        return new Caller(user, organization, tenant, "dev");
    }
}

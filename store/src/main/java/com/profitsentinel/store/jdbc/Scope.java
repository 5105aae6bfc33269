package com.profitsentinel.store.jdbc;

import com.profitsentinel.app.tenant.Tenant;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * The tenant predicate every scoped query carries (operations.md §10.2): {@code org_id = ?} and, for a tenant limited
 * to some stores, {@code store_id IN (...)}. A tenant limited to no store sees nothing.
 */
final class Scope {
    private final Tenant tenant;
    private final List<String> storeIds;

    private Scope(Tenant tenant) {
        this.tenant = tenant;
        this.storeIds = tenant.storeIds().stream().sorted().toList();
    }

    static Scope of(Tenant tenant) {
        return new Scope(tenant);
    }

    /**
     * The predicate on {@code alias}'s {@code org_id} and {@code storeColumn}, to follow {@code WHERE} or {@code AND}.
     */
    String predicate(String alias, String storeColumn) {
        String org = alias + ".org_id = ?";
        if (tenant.allStores()) {
            return org;
        }
        if (storeIds.isEmpty()) {
            return org + " AND 1 = 0";
        }
        return org + " AND " + alias + "." + storeColumn + " IN (" + "?, ".repeat(storeIds.size() - 1) + "?)";
    }

    /** Binds the predicate's parameters from {@code index}; returns the next free index. */
    int bind(PreparedStatement statement, int index) throws SQLException {
        int next = index;
        statement.setString(next++, tenant.orgId());
        if (!tenant.allStores()) {
            for (String storeId : storeIds) {
                statement.setString(next++, storeId);
            }
        }
        return next;
    }
}

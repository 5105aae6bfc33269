package com.profitsentinel.store;

import com.profitsentinel.app.history.AnalysisRecord;
import com.profitsentinel.app.history.AnalysisStatus;
import com.profitsentinel.app.id.Ids;
import com.profitsentinel.app.tenant.Organization;
import com.profitsentinel.app.tenant.Role;
import com.profitsentinel.app.tenant.Store;
import com.profitsentinel.app.tenant.Tenant;
import com.profitsentinel.app.tenant.Tier;
import com.profitsentinel.app.upload.Upload;
import com.profitsentinel.app.upload.UploadStatus;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;

/**
 * What the contract tests share: the database under test (one per implementation, shared by its tests, so every test
 * makes its own orgs) and fixtures.
 */
abstract class StoreContract {
    /** A time with microsecond precision, as the databases keep it. */
    static final Instant T0 = Instant.parse("2026-11-20T10:15:30.123456Z");

    protected abstract Database database();

    Organization newOrg(String name) {
        return database().directory().createOrganization(name, Tier.PRO);
    }

    Store newStore(Organization org, String name) {
        return database().directory().createStore(org.id(), name, Store.DEFAULT_TIMEZONE);
    }

    static Tenant wholeOrg(Organization org) {
        return Tenant.wholeOrg(org.id(), Ids.newId(), Role.OWNER);
    }

    static Tenant storesOnly(Organization org, Store... stores) {
        Set<String> ids = java.util.Arrays.stream(stores).map(Store::id).collect(java.util.stream.Collectors.toSet());
        return new Tenant(org.id(), Ids.newId(), Role.STORE_MANAGER, false, ids);
    }

    static Upload upload(Store store, Instant createdAt) {
        String id = Ids.newId(createdAt);
        return new Upload(
                id,
                store.orgId(),
                Ids.newId(),
                store.id(),
                "uploads/" + store.orgId() + "/" + id + "-inventory.csv",
                "Inventory export (März).csv",
                "inventory-export-marz.csv",
                0,
                "",
                UploadStatus.EXPECTED,
                createdAt,
                createdAt.plus(Duration.ofHours(24)),
                Optional.empty());
    }

    static AnalysisRecord analysis(Store store, Instant createdAt) {
        return analysis(store, createdAt, Ids.newId(createdAt));
    }

    static AnalysisRecord analysis(Store store, Instant createdAt, String id) {
        return new AnalysisRecord(
                id,
                store.orgId(),
                store.id(),
                "Weekly count " + createdAt,
                "inventory.csv",
                AnalysisStatus.SUCCEEDED,
                LocalDate.of(2026, 11, 20),
                createdAt,
                createdAt.plus(1234, ChronoUnit.MILLIS),
                Ids.newId(),
                "sentinel",
                "2.0.0",
                "standard",
                36_452,
                1_234,
                new BigDecimal("1234567.89"));
    }

    /** Runs a statement directly, for states no port method makes (an inactive store). */
    void execute(String statementText, String... parameters) {
        try (Connection connection = database().dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(statementText)) {
            for (int index = 0; index < parameters.length; index++) {
                statement.setString(index + 1, parameters[index]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

package com.profitsentinel.store.jdbc;

import com.profitsentinel.app.config.ConfigRepository;
import com.profitsentinel.app.config.StoreConfig;
import com.profitsentinel.app.config.StoreContext;
import com.profitsentinel.app.config.WorkflowSettings;
import com.profitsentinel.app.tenant.Tenant;
import com.profitsentinel.engine.record.CostBasis;
import com.profitsentinel.engine.rule.Preset;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Store configurations over JDBC: one versioned row per store and one row per threshold override. A save is one
 * transaction guarded by the version it expects (optimistic concurrency: the {@code If-Match} of api.md §5.12).
 */
final class JdbcConfigs implements ConfigRepository {
    private static final String STORE = "store";
    private static final String CATEGORY = "category";
    private static final String VENDOR = "vendor";
    private static final String LEAD_TIME = "lead_time_days";

    private final Sql sql;

    JdbcConfigs(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<StoreConfig> find(Tenant tenant, String storeId) {
        if (!tenant.inScope(storeId)) {
            return Optional.empty();
        }
        return sql.inTransaction("reading a store's configuration", connection -> {
            Optional<Header> header;
            try (PreparedStatement statement =
                    connection.prepareStatement("SELECT * FROM store_configs WHERE org_id = ? AND store_id = ?")) {
                statement.setString(1, tenant.orgId());
                statement.setString(2, storeId);
                header = Sql.first(statement, JdbcConfigs::header);
            }
            if (header.isEmpty()) {
                return Optional.<StoreConfig>empty();
            }
            Map<String, Double> parameters = new LinkedHashMap<>();
            Map<String, Map<String, Double>> categories = new LinkedHashMap<>();
            Map<String, Double> vendors = new LinkedHashMap<>();
            try (PreparedStatement statement = connection.prepareStatement("SELECT scope, subject, parameter, amount"
                    + " FROM store_config_overrides WHERE org_id = ? AND store_id = ?"
                    + " ORDER BY scope, subject, parameter")) {
                statement.setString(1, tenant.orgId());
                statement.setString(2, storeId);
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        String scope = Sql.getString(row, "scope");
                        String subject = Sql.getString(row, "subject");
                        String parameter = Sql.getString(row, "parameter");
                        double value = row.getDouble("amount");
                        switch (scope) {
                            case STORE -> parameters.put(parameter, value);
                            case CATEGORY ->
                                categories
                                        .computeIfAbsent(subject, ignored -> new LinkedHashMap<>())
                                        .put(parameter, value);
                            case VENDOR -> vendors.put(subject, value);
                            default -> throw new IllegalStateException("unknown override scope " + scope);
                        }
                    }
                }
            }
            Header found = header.get();
            return Optional.of(new StoreConfig(
                    storeId,
                    found.version(),
                    found.preset(),
                    parameters,
                    categories,
                    vendors,
                    found.context(),
                    found.workflow(),
                    Optional.of(found.updatedAt()),
                    Optional.of(found.updatedBy())));
        });
    }

    private record Header(
            long version,
            Preset preset,
            StoreContext context,
            WorkflowSettings workflow,
            java.time.Instant updatedAt,
            String updatedBy) {}

    private static Header header(ResultSet row) throws SQLException {
        return new Header(
                row.getLong("version"),
                Preset.byId(Sql.getString(row, "preset")).orElse(Preset.STANDARD),
                new StoreContext(
                        Sql.getString(row, "timezone"),
                        row.getInt("fiscal_year_start_month"),
                        Sql.getEnum(row, "cost_basis", CostBasis.class),
                        Sql.getString(row, "locale")),
                new WorkflowSettings(
                        row.getDouble("clearance_discount"),
                        row.getInt("target_cover_days"),
                        row.getInt("stale_after_days"),
                        row.getDouble("gmroi_benchmark"),
                        row.getDouble("transfer_cost"),
                        row.getDouble("reactivation_threshold")),
                Sql.getInstant(row, "updated_at"),
                Sql.getString(row, "updated_by"));
    }

    @Override
    public boolean save(Tenant tenant, StoreConfig config, long expectedVersion) {
        if (!tenant.inScope(config.storeId()) || config.version() != expectedVersion + 1) {
            return false;
        }
        return sql.inTransaction("saving a store's configuration", connection -> {
            if (!writeHeader(connection, tenant.orgId(), config, expectedVersion)) {
                return false;
            }
            try (PreparedStatement statement = connection.prepareStatement(
                    "DELETE FROM store_config_overrides WHERE org_id = ? AND store_id = ?")) {
                statement.setString(1, tenant.orgId());
                statement.setString(2, config.storeId());
                statement.executeUpdate();
            }
            try (PreparedStatement statement = connection.prepareStatement("INSERT INTO store_config_overrides"
                    + " (org_id, store_id, scope, subject, parameter, amount) VALUES (?, ?, ?, ?, ?, ?)")) {
                config.parameters().forEach((name, value) -> add(statement, tenant, config, STORE, "", name, value));
                config.categoryOverrides()
                        .forEach((category, values) -> values.forEach(
                                (name, value) -> add(statement, tenant, config, CATEGORY, category, name, value)));
                config.vendorLeadTimes()
                        .forEach((vendor, days) -> add(statement, tenant, config, VENDOR, vendor, LEAD_TIME, days));
                statement.executeBatch();
            }
            return true;
        });
    }

    private static void add(
            PreparedStatement statement,
            Tenant tenant,
            StoreConfig config,
            String scope,
            String subject,
            String parameter,
            double value) {
        try {
            statement.setString(1, tenant.orgId());
            statement.setString(2, config.storeId());
            statement.setString(3, scope);
            statement.setString(4, subject);
            statement.setString(5, parameter);
            statement.setDouble(6, value);
            statement.addBatch();
        } catch (SQLException e) {
            throw Sql.translate("saving a store's configuration", e);
        }
    }

    /** The header row of the new version; false when the stored version is not the expected one. */
    private static boolean writeHeader(Connection connection, String orgId, StoreConfig config, long expectedVersion)
            throws SQLException {
        if (expectedVersion == 0) {
            try (PreparedStatement exists =
                    connection.prepareStatement("SELECT 1 FROM store_configs WHERE org_id = ? AND store_id = ?")) {
                exists.setString(1, orgId);
                exists.setString(2, config.storeId());
                if (Sql.first(exists, row -> row.getInt(1)).isPresent()) {
                    return false;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO store_configs (version, preset,"
                    + " timezone, fiscal_year_start_month, cost_basis, locale, clearance_discount, target_cover_days,"
                    + " stale_after_days, gmroi_benchmark, transfer_cost, reactivation_threshold, updated_at,"
                    + " updated_by, org_id, store_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                bindHeader(insert, config);
                insert.setString(15, orgId);
                insert.setString(16, config.storeId());
                return insert.executeUpdate() == 1;
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE store_configs SET version = ?, preset = ?,"
                + " timezone = ?, fiscal_year_start_month = ?, cost_basis = ?, locale = ?, clearance_discount = ?,"
                + " target_cover_days = ?, stale_after_days = ?, gmroi_benchmark = ?, transfer_cost = ?,"
                + " reactivation_threshold = ?, updated_at = ?, updated_by = ?"
                + " WHERE org_id = ? AND store_id = ? AND version = ?")) {
            bindHeader(update, config);
            update.setString(15, orgId);
            update.setString(16, config.storeId());
            update.setLong(17, expectedVersion);
            return update.executeUpdate() == 1;
        }
    }

    private static void bindHeader(PreparedStatement statement, StoreConfig config) throws SQLException {
        statement.setLong(1, config.version());
        statement.setString(2, config.preset().id());
        statement.setString(3, config.storeContext().timezone());
        statement.setInt(4, config.storeContext().fiscalYearStartMonth());
        statement.setString(5, Sql.enumValue(config.storeContext().costBasis()));
        statement.setString(6, config.storeContext().locale());
        WorkflowSettings workflow = config.workflowSettings();
        statement.setDouble(7, workflow.clearanceDiscount());
        statement.setInt(8, workflow.targetCoverDays());
        statement.setInt(9, workflow.staleAfterDays());
        statement.setDouble(10, workflow.gmroiBenchmark());
        statement.setDouble(11, workflow.transferCost());
        statement.setDouble(12, workflow.reactivationThreshold());
        Sql.setInstant(statement, 13, config.updatedAt().orElseThrow());
        statement.setString(14, config.updatedBy().orElseThrow());
    }
}

package com.profitsentinel.store.jdbc;

import com.profitsentinel.app.id.Ids;
import com.profitsentinel.app.mapping.SavedMapping;
import com.profitsentinel.app.mapping.SavedMappingRepository;
import com.profitsentinel.app.tenant.Tenant;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Saved mappings over JDBC: one row per store and header signature, its columns as text lines. */
final class JdbcSavedMappings implements SavedMappingRepository {
    private final Sql sql;

    JdbcSavedMappings(Sql sql) {
        this.sql = sql;
    }

    @Override
    public List<SavedMapping> list(Tenant tenant, String storeId) {
        if (!tenant.inScope(storeId)) {
            return List.of();
        }
        return sql.run("reading saved mappings", connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT id, store_id, header_fingerprint,"
                    + " pos_system, columns_text, created_at, updated_at, used_count FROM saved_mappings"
                    + " WHERE org_id = ? AND store_id = ? ORDER BY updated_at DESC, id")) {
                statement.setString(1, tenant.orgId());
                statement.setString(2, storeId);
                return Sql.list(statement, JdbcSavedMappings::mapping);
            }
        });
    }

    @Override
    public void save(
            Tenant tenant,
            String storeId,
            String headerFingerprint,
            String posSystem,
            Map<String, String> columns,
            Instant at) {
        if (!tenant.inScope(storeId)) {
            return;
        }
        String text = text(columns);
        sql.inTransaction("saving a mapping", connection -> {
            int updated;
            try (PreparedStatement statement = connection.prepareStatement("UPDATE saved_mappings SET pos_system = ?,"
                    + " columns_text = ?, updated_at = ?, used_count = used_count + 1"
                    + " WHERE org_id = ? AND store_id = ? AND header_fingerprint = ?")) {
                statement.setString(1, posSystem);
                statement.setString(2, text);
                Sql.setInstant(statement, 3, at);
                statement.setString(4, tenant.orgId());
                statement.setString(5, storeId);
                statement.setString(6, headerFingerprint);
                updated = statement.executeUpdate();
            }
            if (updated == 0) {
                try (PreparedStatement statement = connection.prepareStatement("INSERT INTO saved_mappings (id, org_id,"
                        + " store_id, header_fingerprint, pos_system, columns_text, created_at, updated_at,"
                        + " used_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
                    statement.setString(1, Ids.newId(at));
                    statement.setString(2, tenant.orgId());
                    statement.setString(3, storeId);
                    statement.setString(4, headerFingerprint);
                    statement.setString(5, posSystem);
                    statement.setString(6, text);
                    Sql.setInstant(statement, 7, at);
                    Sql.setInstant(statement, 8, at);
                    statement.executeUpdate();
                }
            }
            return Boolean.TRUE;
        });
    }

    @Override
    public boolean delete(Tenant tenant, String storeId, String id) {
        if (!tenant.inScope(storeId)) {
            return false;
        }
        return sql.run("deleting a saved mapping", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "DELETE FROM saved_mappings WHERE id = ? AND org_id = ? AND store_id = ?")) {
                statement.setString(1, id);
                statement.setString(2, tenant.orgId());
                statement.setString(3, storeId);
                return statement.executeUpdate() == 1;
            }
        });
    }

    private static String text(Map<String, String> columns) {
        StringBuilder text = new StringBuilder();
        columns.forEach((key, target) -> {
            if (key.indexOf('\t') >= 0 || key.indexOf('\n') >= 0 || target.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("a header key or target holds a tab or line break: " + key);
            }
            text.append(key).append('\t').append(target).append('\n');
        });
        return text.toString();
    }

    private static SavedMapping mapping(ResultSet row) throws SQLException {
        Map<String, String> columns = new LinkedHashMap<>();
        for (String line : Sql.getString(row, "columns_text").split("\n", -1)) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                columns.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        return new SavedMapping(
                Sql.getString(row, "id"),
                Sql.getString(row, "store_id"),
                Sql.getString(row, "header_fingerprint"),
                Sql.getString(row, "pos_system"),
                columns,
                Sql.getInstant(row, "created_at"),
                Sql.getInstant(row, "updated_at"),
                row.getLong("used_count"));
    }
}

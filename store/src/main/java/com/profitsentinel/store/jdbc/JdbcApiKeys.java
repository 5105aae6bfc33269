package com.profitsentinel.store.jdbc;

import com.profitsentinel.app.apikey.ApiKey;
import com.profitsentinel.app.apikey.ApiKeyRepository;
import com.profitsentinel.app.tenant.Tenant;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** API keys over JDBC. */
final class JdbcApiKeys implements ApiKeyRepository {
    private static final String COLUMNS = "key_id, org_id, created_by, name, prefix, last4, scopes, created_at,"
            + " expires_at, revoked_at, last_used_at";

    private final Sql sql;

    JdbcApiKeys(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void insert(ApiKey key, String secretHash) {
        sql.run("storing an API key", connection -> {
            try (PreparedStatement statement = connection.prepareStatement("INSERT INTO api_keys (" + COLUMNS
                    + ", secret_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                statement.setString(1, key.keyId());
                statement.setString(2, key.orgId());
                statement.setString(3, key.createdBy());
                statement.setString(4, key.name());
                statement.setString(5, key.prefix());
                statement.setString(6, key.last4());
                statement.setString(
                        7, String.join(" ", key.scopes().stream().sorted().toList()));
                Sql.setInstant(statement, 8, key.createdAt());
                Sql.setOptionalInstant(statement, 9, key.expiresAt());
                Sql.setOptionalInstant(statement, 10, key.revokedAt());
                Sql.setOptionalInstant(statement, 11, key.lastUsedAt());
                statement.setString(12, secretHash);
                return statement.executeUpdate();
            }
        });
    }

    @Override
    public Optional<ApiKey> bySecretHash(String secretHash) {
        return sql.run("finding an API key", connection -> {
            try (PreparedStatement statement =
                    connection.prepareStatement("SELECT " + COLUMNS + " FROM api_keys WHERE secret_hash = ?")) {
                statement.setString(1, secretHash);
                return Sql.first(statement, JdbcApiKeys::key);
            }
        });
    }

    @Override
    public List<ApiKey> list(Tenant tenant) {
        return sql.run("listing API keys", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM api_keys WHERE org_id = ? ORDER BY created_at DESC, key_id")) {
                statement.setString(1, tenant.orgId());
                return Sql.list(statement, JdbcApiKeys::key);
            }
        });
    }

    @Override
    public boolean revoke(Tenant tenant, String keyId, Instant at) {
        return sql.run("revoking an API key", connection -> {
            try (PreparedStatement found =
                    connection.prepareStatement("SELECT key_id FROM api_keys WHERE key_id = ? AND org_id = ?")) {
                found.setString(1, keyId);
                found.setString(2, tenant.orgId());
                try (ResultSet row = found.executeQuery()) {
                    if (!row.next()) {
                        return false;
                    }
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE api_keys SET revoked_at = ? WHERE key_id = ? AND org_id = ? AND revoked_at IS NULL")) {
                Sql.setInstant(statement, 1, at);
                statement.setString(2, keyId);
                statement.setString(3, tenant.orgId());
                statement.executeUpdate();
            }
            return true;
        });
    }

    @Override
    public void touch(String keyId, Instant at) {
        sql.run("recording an API key's use", connection -> {
            try (PreparedStatement statement =
                    connection.prepareStatement("UPDATE api_keys SET last_used_at = ? WHERE key_id = ?")) {
                Sql.setInstant(statement, 1, at);
                statement.setString(2, keyId);
                return statement.executeUpdate();
            }
        });
    }

    private static ApiKey key(ResultSet row) throws SQLException {
        Set<String> scopes = Arrays.stream(row.getString("scopes").split(" "))
                .filter(scope -> !scope.isEmpty())
                .collect(Collectors.toSet());
        return new ApiKey(
                row.getString("key_id"),
                row.getString("org_id"),
                row.getString("created_by"),
                row.getString("name"),
                row.getString("prefix"),
                row.getString("last4"),
                scopes,
                Sql.getInstant(row, "created_at"),
                Sql.getOptionalInstant(row, "expires_at"),
                Sql.getOptionalInstant(row, "revoked_at"),
                Sql.getOptionalInstant(row, "last_used_at"));
    }
}

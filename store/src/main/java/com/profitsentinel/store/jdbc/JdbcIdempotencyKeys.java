package com.profitsentinel.store.jdbc;

import com.profitsentinel.app.idempotency.IdempotencyKeys;
import com.profitsentinel.app.idempotency.StoredAnswer;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.Optional;

/** Idempotency keys over JDBC. */
final class JdbcIdempotencyKeys implements IdempotencyKeys {
    private final Sql sql;

    JdbcIdempotencyKeys(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<StoredAnswer> find(String scope, String key, Instant since) {
        return sql.run("reading an idempotency key", connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT fingerprint, status, content_type,"
                    + " body, created_at FROM idempotency_keys WHERE scope = ? AND idem_key = ? AND created_at >= ?")) {
                statement.setString(1, scope);
                statement.setString(2, key);
                Sql.setInstant(statement, 3, since);
                return Sql.first(
                        statement,
                        row -> new StoredAnswer(
                                Sql.getString(row, "fingerprint"),
                                row.getInt("status"),
                                Sql.getString(row, "content_type"),
                                Sql.getString(row, "body"),
                                Sql.getInstant(row, "created_at")));
            }
        });
    }

    @Override
    public void save(String scope, String key, StoredAnswer answer) {
        sql.inTransaction("storing an idempotency key", connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM idempotency_keys WHERE scope = ? AND idem_key = ? AND created_at < ?")) {
                // an expired answer under the same key gives way
                delete.setString(1, scope);
                delete.setString(2, key);
                Sql.setInstant(delete, 3, answer.createdAt().minus(java.time.Duration.ofHours(24)));
                delete.executeUpdate();
            }
            try (PreparedStatement exists =
                    connection.prepareStatement("SELECT 1 FROM idempotency_keys WHERE scope = ? AND idem_key = ?")) {
                exists.setString(1, scope);
                exists.setString(2, key);
                if (Sql.first(exists, row -> row.getInt(1)).isPresent()) {
                    return Boolean.FALSE;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO idempotency_keys (scope, idem_key,"
                    + " fingerprint, status, content_type, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, scope);
                insert.setString(2, key);
                insert.setString(3, answer.fingerprint());
                insert.setInt(4, answer.status());
                insert.setString(5, answer.contentType());
                insert.setString(6, answer.body());
                Sql.setInstant(insert, 7, answer.createdAt());
                insert.executeUpdate();
            }
            return Boolean.TRUE;
        });
    }

    @Override
    public int prune(Instant before) {
        return sql.run("pruning idempotency keys", connection -> {
            try (PreparedStatement statement =
                    connection.prepareStatement("DELETE FROM idempotency_keys WHERE created_at < ?")) {
                Sql.setInstant(statement, 1, before);
                return statement.executeUpdate();
            }
        });
    }
}

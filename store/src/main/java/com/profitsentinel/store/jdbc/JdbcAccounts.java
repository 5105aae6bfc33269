package com.profitsentinel.store.jdbc;

import com.profitsentinel.app.account.AccountRepository;
import com.profitsentinel.app.account.Session;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.Optional;

/** Password hashes and sign-in sessions over JDBC. */
final class JdbcAccounts implements AccountRepository {
    private final Sql sql;

    JdbcAccounts(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<String> passwordHash(String userId) {
        return sql.run("reading a password hash", connection -> {
            try (PreparedStatement statement =
                    connection.prepareStatement("SELECT hash FROM passwords WHERE user_id = ?")) {
                statement.setString(1, userId);
                return Sql.first(statement, row -> Sql.getString(row, "hash"));
            }
        });
    }

    @Override
    public void setPasswordHash(String userId, String hash, Instant at) {
        sql.inTransaction("setting a password", connection -> {
            int updated;
            try (PreparedStatement statement =
                    connection.prepareStatement("UPDATE passwords SET hash = ?, updated_at = ? WHERE user_id = ?")) {
                statement.setString(1, hash);
                Sql.setInstant(statement, 2, at);
                statement.setString(3, userId);
                updated = statement.executeUpdate();
            }
            if (updated == 0) {
                try (PreparedStatement statement = connection.prepareStatement(
                        "INSERT INTO passwords (user_id, hash, updated_at) VALUES (?, ?, ?)")) {
                    statement.setString(1, userId);
                    statement.setString(2, hash);
                    Sql.setInstant(statement, 3, at);
                    statement.executeUpdate();
                }
            }
            return Boolean.TRUE;
        });
    }

    @Override
    public void createSession(Session session) {
        sql.run("creating a session", connection -> {
            try (PreparedStatement statement = connection.prepareStatement("INSERT INTO sessions (id_hash, user_id,"
                    + " org_id, csrf_token, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                statement.setString(1, session.idHash());
                statement.setString(2, session.userId());
                statement.setString(3, session.orgId());
                statement.setString(4, session.csrfToken());
                Sql.setInstant(statement, 5, session.createdAt());
                Sql.setInstant(statement, 6, session.lastSeenAt());
                return statement.executeUpdate();
            }
        });
    }

    @Override
    public Optional<Session> session(String idHash) {
        return sql.run("reading a session", connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT id_hash, user_id, org_id,"
                    + " csrf_token, created_at, last_seen_at FROM sessions WHERE id_hash = ?")) {
                statement.setString(1, idHash);
                return Sql.first(
                        statement,
                        row -> new Session(
                                Sql.getString(row, "id_hash"),
                                Sql.getString(row, "user_id"),
                                Sql.getString(row, "org_id"),
                                Sql.getString(row, "csrf_token"),
                                Sql.getInstant(row, "created_at"),
                                Sql.getInstant(row, "last_seen_at")));
            }
        });
    }

    @Override
    public void touchSession(String idHash, Instant at) {
        update("using a session", "UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?", at, idHash);
    }

    @Override
    public void deleteSession(String idHash) {
        sql.run("ending a session", connection -> {
            try (PreparedStatement statement = connection.prepareStatement("DELETE FROM sessions WHERE id_hash = ?")) {
                statement.setString(1, idHash);
                return statement.executeUpdate();
            }
        });
    }

    @Override
    public int deleteSessionsOf(String userId) {
        return sql.run("ending a user's sessions", connection -> {
            try (PreparedStatement statement = connection.prepareStatement("DELETE FROM sessions WHERE user_id = ?")) {
                statement.setString(1, userId);
                return statement.executeUpdate();
            }
        });
    }

    @Override
    public int pruneSessions(Instant idleBefore, Instant createdBefore) {
        return sql.run("pruning sessions", connection -> {
            try (PreparedStatement statement =
                    connection.prepareStatement("DELETE FROM sessions WHERE last_seen_at < ? OR created_at < ?")) {
                Sql.setInstant(statement, 1, idleBefore);
                Sql.setInstant(statement, 2, createdBefore);
                return statement.executeUpdate();
            }
        });
    }

    private int update(String action, String statementText, Instant at, String key) {
        return sql.run(action, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(statementText)) {
                Sql.setInstant(statement, 1, at);
                statement.setString(2, key);
                return statement.executeUpdate();
            }
        });
    }
}

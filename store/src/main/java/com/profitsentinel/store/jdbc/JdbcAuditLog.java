package com.profitsentinel.store.jdbc;

import com.profitsentinel.app.audit.AuditEntry;
import com.profitsentinel.app.audit.AuditLog;
import com.profitsentinel.app.history.Page;
import com.profitsentinel.app.tenant.Tenant;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** The audit log over JDBC; appends take the row lock of {@code audit_head}, so the chain has one order. */
final class JdbcAuditLog implements AuditLog {
    private static final String COLUMNS = "seq, at, org_id, actor_type, actor_id, actor_display, action, target_type,"
            + " target_id, outcome, reason, before_value, after_value, request_id, prev_hash, hash";

    private final Sql sql;

    JdbcAuditLog(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Event append(AuditEntry entry) {
        // the databases keep microseconds: hash what is stored
        AuditEntry stored = withInstant(entry, entry.at().truncatedTo(ChronoUnit.MICROS));
        return sql.inTransaction("appending to the audit log", connection -> {
            try (PreparedStatement lock =
                    connection.prepareStatement("UPDATE audit_head SET last_seq = last_seq + 1 WHERE id = 1")) {
                lock.executeUpdate();
            }
            long sequence;
            String previous;
            try (PreparedStatement head =
                            connection.prepareStatement("SELECT last_seq, last_hash FROM audit_head WHERE id = 1");
                    ResultSet row = head.executeQuery()) {
                row.next();
                sequence = row.getLong(1);
                previous = row.getString(2);
            }
            String hash = stored.hash(previous);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_events (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, sequence);
                Sql.setInstant(insert, 2, stored.at());
                insert.setString(3, stored.orgId().orElse(null));
                insert.setString(4, stored.actorType());
                insert.setString(5, stored.actorId());
                insert.setString(6, stored.actorDisplay());
                insert.setString(7, stored.action());
                insert.setString(8, stored.targetType());
                insert.setString(9, stored.targetId());
                insert.setString(10, stored.outcome());
                insert.setString(11, stored.reason());
                insert.setString(12, stored.before());
                insert.setString(13, stored.after());
                insert.setString(14, stored.requestId());
                insert.setString(15, previous);
                insert.setString(16, hash);
                insert.executeUpdate();
            }
            try (PreparedStatement head =
                    connection.prepareStatement("UPDATE audit_head SET last_hash = ? WHERE id = 1")) {
                head.setString(1, hash);
                head.executeUpdate();
            }
            return new Event(sequence, stored, previous, hash);
        });
    }

    @Override
    public Page<Event> list(Tenant tenant, int page, int pageSize) {
        return sql.run("listing the audit log", connection -> {
            long total;
            try (PreparedStatement count =
                    connection.prepareStatement("SELECT COUNT(*) FROM audit_events WHERE org_id = ?")) {
                count.setString(1, tenant.orgId());
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    total = row.getLong(1);
                }
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM audit_events WHERE org_id = ? ORDER BY seq DESC LIMIT ? OFFSET ?")) {
                select.setString(1, tenant.orgId());
                select.setInt(2, pageSize);
                select.setLong(3, (long) (page - 1) * pageSize);
                return new Page<>(Sql.list(select, JdbcAuditLog::event), page, pageSize, total);
            }
        });
    }

    @Override
    public Optional<Long> firstBroken() {
        return sql.run("verifying the audit log", connection -> {
            try (PreparedStatement select =
                            connection.prepareStatement("SELECT " + COLUMNS + " FROM audit_events ORDER BY seq");
                    ResultSet rows = select.executeQuery()) {
                String previous = "";
                long expected = 1;
                while (rows.next()) {
                    Event event = event(rows);
                    if (event.sequence() != expected
                            || !event.previousHash().equals(previous)
                            || !event.entry().hash(previous).equals(event.hash())) {
                        return Optional.of(event.sequence());
                    }
                    previous = event.hash();
                    expected++;
                }
                return Optional.<Long>empty();
            }
        });
    }

    private static Event event(ResultSet row) throws SQLException {
        String orgId = row.getString("org_id");
        AuditEntry entry = new AuditEntry(
                Sql.getInstant(row, "at"),
                Optional.ofNullable(orgId),
                row.getString("actor_type"),
                row.getString("actor_id"),
                row.getString("actor_display"),
                row.getString("action"),
                row.getString("target_type"),
                row.getString("target_id"),
                row.getString("outcome"),
                row.getString("reason"),
                row.getString("before_value"),
                row.getString("after_value"),
                row.getString("request_id"));
        return new Event(row.getLong("seq"), entry, row.getString("prev_hash"), row.getString("hash"));
    }

    private static AuditEntry withInstant(AuditEntry entry, Instant at) {
        return new AuditEntry(
                at,
                entry.orgId(),
                entry.actorType(),
                entry.actorId(),
                entry.actorDisplay(),
                entry.action(),
                entry.targetType(),
                entry.targetId(),
                entry.outcome(),
                entry.reason(),
                entry.before(),
                entry.after(),
                entry.requestId());
    }
}

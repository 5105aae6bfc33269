package com.profitsentinel.store.jdbc;

import com.profitsentinel.app.id.Ids;
import com.profitsentinel.app.limits.RateEvents;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;

/** Rate-limit events over JDBC. */
final class JdbcRateEvents implements RateEvents {
    private final Sql sql;

    JdbcRateEvents(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void record(String budget, String subject, Instant at) {
        sql.run("recording a rate-limit event", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO rate_events (id, budget, subject, at) VALUES (?, ?, ?, ?)")) {
                statement.setString(1, Ids.newId(at));
                statement.setString(2, budget);
                statement.setString(3, subject);
                Sql.setInstant(statement, 4, at);
                return statement.executeUpdate();
            }
        });
    }

    @Override
    public List<Instant> since(String budget, String subject, Instant from) {
        return sql.run("counting rate-limit events", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT at FROM rate_events WHERE budget = ? AND subject = ? AND at >= ? ORDER BY at, id")) {
                statement.setString(1, budget);
                statement.setString(2, subject);
                Sql.setInstant(statement, 3, from);
                return Sql.list(statement, row -> Sql.getInstant(row, "at"));
            }
        });
    }

    @Override
    public int prune(Instant before) {
        return sql.run("pruning rate-limit events", connection -> {
            try (PreparedStatement statement = connection.prepareStatement("DELETE FROM rate_events WHERE at < ?")) {
                Sql.setInstant(statement, 1, before);
                return statement.executeUpdate();
            }
        });
    }
}

package com.profitsentinel.store.jdbc;

import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The little JDBC the repositories share: connections and transactions, value conversion, and one translation of
 * {@link SQLException}s into the product's exceptions.
 */
final class Sql {
    private final DataSource dataSource;

    Sql(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Work on one connection; may throw {@link SQLException}. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Reads one row. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** Runs {@code work} on a pooled connection in auto-commit mode. {@code action} names it in error messages. */
    <T> T run(String action, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw translate(action, e);
        }
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    <T> T inTransaction(String action, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(connection, e);
                throw e;
            }
            // the pool resets auto-commit when the connection comes back
        } catch (SQLException e) {
            throw translate(action, e);
        }
    }

    private static void rollback(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** The rows of a query, mapped. */
    static <T> List<T> list(PreparedStatement statement, RowMapper<T> mapper) throws SQLException {
        List<T> rows = new ArrayList<>();
        try (ResultSet resultSet = statement.executeQuery()) {
            while (resultSet.next()) {
                rows.add(mapper.map(resultSet));
            }
        }
        return rows;
    }

    /** The first row of a query, mapped. */
    static <T> Optional<T> first(PreparedStatement statement, RowMapper<T> mapper) throws SQLException {
        try (ResultSet resultSet = statement.executeQuery()) {
            return resultSet.next() ? Optional.of(mapper.map(resultSet)) : Optional.empty();
        }
    }

    /**
     * An instant as it is stored: microsecond precision, the finest both databases keep. Repositories store and return
     * this value, so a record read back equals the record written.
     */
    static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    /** The current time as it is stored. */
    static Instant now() {
        return stored(Instant.now());
    }

    static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        statement.setObject(index, OffsetDateTime.ofInstant(stored(instant), ZoneOffset.UTC));
    }

    static void setOptionalInstant(PreparedStatement statement, int index, Optional<Instant> instant)
            throws SQLException {
        if (instant.isPresent()) {
            setInstant(statement, index, instant.get());
        } else {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        }
    }

    static Instant getInstant(ResultSet row, String column) throws SQLException {
        return getOptionalInstant(row, column)
                .orElseThrow(() -> new IllegalStateException("column " + column + " is null"));
    }

    static Optional<Instant> getOptionalInstant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return Optional.ofNullable(value).map(OffsetDateTime::toInstant);
    }

    static LocalDate getDate(ResultSet row, String column) throws SQLException {
        LocalDate value = row.getObject(column, LocalDate.class);
        if (value == null) {
            throw new IllegalStateException("column " + column + " is null");
        }
        return value;
    }

    static String getString(ResultSet row, String column) throws SQLException {
        String value = row.getString(column);
        if (value == null) {
            throw new IllegalStateException("column " + column + " is null");
        }
        return value;
    }

    /** An enum constant as stored: its lower-case name. */
    static String enumValue(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E>> E getEnum(ResultSet row, String column, Class<E> type) throws SQLException {
        return Enum.valueOf(type, getString(row, column).toUpperCase(Locale.ROOT));
    }

    /**
     * The product's exception for a failed statement: the database being unreachable, busy or timed out is
     * {@link ErrorCode#DATABASE_UNAVAILABLE}; a violated constraint is the caller's mistake
     * ({@link IllegalArgumentException}); anything else is a defect ({@link ErrorCode#INTERNAL_ERROR}).
     */
    static RuntimeException translate(String action, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = "Database error while " + action + " (SQLState " + state + "): " + e.getMessage();
        if (state.startsWith("23")) {
            return new IllegalArgumentException(
                    "A database constraint was violated while " + action + ": " + e.getMessage(), e);
        }
        if (unavailable(e, state)) {
            return new ProfitSentinelException(ErrorCode.DATABASE_UNAVAILABLE, message, e);
        }
        return new ProfitSentinelException(ErrorCode.INTERNAL_ERROR, message, e);
    }

    private static boolean unavailable(SQLException e, String state) {
        return e instanceof SQLTransientException
                || e instanceof SQLRecoverableException
                || state.startsWith("08") // connection exception
                || state.startsWith("40") // transaction rollback: serialization failure, deadlock
                || state.startsWith("53") // insufficient resources
                || state.startsWith("57") // operator intervention: statement timeout, shutdown
                || state.equals("HYT00") // timeout
                || state.equals("HYT01");
    }
}

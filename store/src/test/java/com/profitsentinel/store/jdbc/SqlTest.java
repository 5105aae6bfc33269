package com.profitsentinel.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SqlTest {
    @Test
    void connectionAndTimeoutFailuresMeanTheDatabaseIsUnavailable() {
        for (SQLException failure : new SQLException[] {
            new SQLException("connection refused", "08001"),
            new SQLException("canceling statement due to statement timeout", "57014"),
            new SQLException("deadlock detected", "40P01"),
            new SQLException("timeout", "HYT00"),
            new SQLTransientConnectionException("pool exhausted")
        }) {
            assertThat(Sql.translate("listing analyses", failure))
                    .isInstanceOfSatisfying(ProfitSentinelException.class, e -> assertThat(e.code())
                            .isEqualTo(ErrorCode.DATABASE_UNAVAILABLE))
                    .hasMessageContaining("while listing analyses")
                    .hasCause(failure);
        }
    }

    @Test
    void violatedConstraintIsTheCallersMistake() {
        SQLException duplicate = new SQLException("duplicate key", "23505");

        assertThat(Sql.translate("storing an upload record", duplicate))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("while storing an upload record")
                .hasCause(duplicate);
    }

    @Test
    void anyOtherFailureIsADefect() {
        SQLException syntax = new SQLException("syntax error", "42601");
        SQLException noState = new SQLException("strange");

        assertThat(Sql.translate("reading", syntax))
                .isInstanceOfSatisfying(
                        ProfitSentinelException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INTERNAL_ERROR));
        assertThat(Sql.translate("reading", noState))
                .isInstanceOfSatisfying(
                        ProfitSentinelException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INTERNAL_ERROR));
    }

    @Test
    void instantsAreStoredToTheMicrosecond() {
        assertThat(Sql.stored(Instant.parse("2026-11-22T10:00:00.123456789Z")))
                .isEqualTo(Instant.parse("2026-11-22T10:00:00.123456Z"));
    }
}

package com.profitsentinel.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.profitsentinel.app.audit.AuditEntry;
import com.profitsentinel.app.audit.AuditLog;
import com.profitsentinel.app.tenant.Organization;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The audit log contract, run against each database. The tampering test changes a row, so it runs last (by name). */
@TestMethodOrder(MethodOrderer.MethodName.class)
abstract class AbstractAuditLogContractTest extends StoreContract {
    static AuditEntry entry(Organization org, String action, int minute) {
        return new AuditEntry(
                T0.plus(Duration.ofMinutes(minute)).plusNanos(789),
                Optional.of(org.id()),
                "user",
                "user-1",
                "Ann",
                action,
                "analysis",
                "a-" + minute,
                "success",
                "",
                "{}",
                "{\"label\":\"x\"}",
                "req-12345678");
    }

    @Test
    void eventsChainInAppendOrderAndListNewestFirstPerOrg() {
        AuditLog log = database().auditLog();
        Organization org = newOrg("Audited");
        Organization other = newOrg("Other");

        AuditLog.Event first = log.append(entry(org, "analysis.created", 1));
        AuditLog.Event second = log.append(entry(org, "analysis.renamed", 2));
        log.append(entry(other, "analysis.created", 3));

        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(second.sequence()).isEqualTo(first.sequence() + 1);
        assertThat(first.entry().at()).isEqualTo(T0.plus(Duration.ofMinutes(1)));
        var page = log.list(wholeOrg(org), 1, 10);
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items())
                .extracting(event -> event.entry().action())
                .containsExactly("analysis.renamed", "analysis.created");
        assertThat(log.firstBroken()).isEmpty();
    }

    @Test
    void zChangingAStoredEventBreaksTheChainThere() throws SQLException {
        AuditLog log = database().auditLog();
        Organization org = newOrg("Tampered");
        AuditLog.Event event = log.append(entry(org, "store.created", 4));
        log.append(entry(org, "store.created", 5));

        try (Connection connection = database().dataSource().getConnection();
                PreparedStatement update =
                        connection.prepareStatement("UPDATE audit_events SET actor_display = ? WHERE seq = ?")) {
            update.setString(1, "Mallory");
            update.setLong(2, event.sequence());
            update.executeUpdate();
        }

        assertThat(log.firstBroken()).contains(event.sequence());
    }
}

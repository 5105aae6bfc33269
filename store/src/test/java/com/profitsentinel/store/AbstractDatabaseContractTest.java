package com.profitsentinel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.profitsentinel.app.tenant.Organization;
import com.profitsentinel.app.tenant.Tier;
import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import org.junit.jupiter.api.Test;

/** What {@link Database} itself promises on every database: migrations, ping, kind, a reopen that finds the data. */
abstract class AbstractDatabaseContractTest {
    /** Settings of a new, empty database. */
    protected abstract DatabaseSettings freshDatabase();

    protected abstract String expectedKind();

    @Test
    void namesItsKind() {
        try (Database database = Database.open(freshDatabase())) {
            assertThat(database.kind()).isEqualTo(expectedKind());
            assertThat(database.toString()).contains(expectedKind().equals("h2") ? "embedded" : "PostgreSQL");
        }
    }

    @Test
    void pingAnswersWhileOpenAndNotAfterClose() {
        Database database = Database.open(freshDatabase());
        assertThat(database.ping()).isTrue();

        database.close();

        assertThat(database.ping()).isFalse();
    }

    @Test
    void reopenedDatabaseKeepsItsDataAndNeedsNoMigration() {
        DatabaseSettings settings = freshDatabase();
        Organization org;
        try (Database database = Database.open(settings)) {
            org = database.directory().createOrganization("Kept", Tier.FREE);
        }

        try (Database database = Database.open(settings.withMigrateOnStart(false))) {
            assertThat(database.directory().organization(org.id())).contains(org);
        }
    }

    @Test
    void pendingMigrationsAreRefusedAndNamedWhenMigrateOnStartIsOff() {
        DatabaseSettings settings = freshDatabase().withMigrateOnStart(false);

        assertThatThrownBy(() -> Database.open(settings))
                .isInstanceOfSatisfying(ProfitSentinelException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.DATABASE_UNAVAILABLE);
                    assertThat(e.details()).containsEntry("reason", "pending_migrations");
                })
                .hasMessageContaining("pending migration")
                .hasMessageContaining("V1 tenants uploads analyses")
                .hasMessageContaining("db.migrate_on_start");
        // nothing was applied: opening with migrations on still works from scratch
        try (Database database = Database.open(settings.withMigrateOnStart(true))) {
            assertThat(database.ping()).isTrue();
        }
    }

    @Test
    void smallPoolServesManyRequestsInTurn() {
        try (Database database = Database.open(freshDatabase().withMaxPoolSize(1))) {
            for (int index = 0; index < 5; index++) {
                database.directory().createOrganization("Org " + index, Tier.FREE);
            }
            assertThat(database.ping()).isTrue();
        }
    }
}

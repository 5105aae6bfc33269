package com.profitsentinel.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.profitsentinel.app.account.AccountRepository;
import com.profitsentinel.app.account.Session;
import com.profitsentinel.app.id.Ids;
import com.profitsentinel.app.tenant.Organization;
import com.profitsentinel.app.tenant.User;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The {@link AccountRepository} contract (operations.md §9.2), run against every database. */
abstract class AbstractAccountRepositoryContractTest extends StoreContract {
    private AccountRepository accounts() {
        return database().accounts();
    }

    private User user() {
        return database().directory().createUser(Ids.newId() + "@accounts.example", "Pat", false);
    }

    @Test
    void aPasswordHashIsSetReplacedAndRead() {
        User user = user();
        assertThat(accounts().passwordHash(user.id())).isEmpty();

        accounts().setPasswordHash(user.id(), "$argon2id$first", T0);
        accounts().setPasswordHash(user.id(), "$argon2id$second", T0.plusSeconds(1));

        assertThat(accounts().passwordHash(user.id())).contains("$argon2id$second");
    }

    @Test
    void sessionsAreFoundTouchedEndedAndPruned() {
        User user = user();
        Organization org = newOrg("Sessions");
        Session session = new Session(Ids.randomHex(32), user.id(), org.id(), Ids.randomHex(32), T0, T0);
        Session other = new Session(Ids.randomHex(32), user.id(), org.id(), Ids.randomHex(32), T0, T0);
        accounts().createSession(session);
        accounts().createSession(other);

        assertThat(accounts().session(session.idHash())).contains(session);
        accounts().touchSession(session.idHash(), T0.plus(Duration.ofHours(1)));
        assertThat(accounts().session(session.idHash()).orElseThrow().lastSeenAt())
                .isEqualTo(T0.plus(Duration.ofHours(1)));

        assertThat(accounts().pruneSessions(T0.plusSeconds(1), T0.minus(Duration.ofDays(1))))
                .isGreaterThanOrEqualTo(1);
        assertThat(accounts().session(other.idHash())).isEmpty();
        assertThat(accounts().session(session.idHash())).isPresent();
        accounts().deleteSession(session.idHash());
        assertThat(accounts().session(session.idHash())).isEmpty();

        accounts().createSession(other);
        assertThat(accounts().deleteSessionsOf(user.id())).isEqualTo(1);
        assertThat(accounts().session(other.idHash())).isEmpty();
    }
}

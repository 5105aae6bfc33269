package com.profitsentinel.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.profitsentinel.app.id.Ids;
import com.profitsentinel.app.limits.RateEvents;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The rate-limit events contract, run against each database. */
abstract class AbstractRateEventsContractTest extends StoreContract {
    @Test
    void eventsAreCountedPerBudgetAndSubjectFromAnInstantOldestFirst() {
        RateEvents events = database().rateEvents();
        String org = Ids.newId();
        String other = Ids.newId();
        for (int minute = 0; minute < 50; minute += 5) {
            events.record("analyses-hour", org, T0.plus(Duration.ofMinutes(minute)));
        }
        events.record("analyses-hour", other, T0);
        events.record("uploads-hour", org, T0);

        assertThat(events.since("analyses-hour", org, T0))
                .hasSize(10)
                .startsWith(T0)
                .isSorted();
        assertThat(events.since("analyses-hour", org, T0.plus(Duration.ofMinutes(41))))
                .containsExactly(T0.plus(Duration.ofMinutes(45)));
        assertThat(events.since("analyses-hour", other, T0)).containsExactly(T0);
        assertThat(events.since("analyses-day", org, T0)).isEmpty();
    }

    @Test
    void pruningDeletesOnlyOlderEvents() {
        RateEvents events = database().rateEvents();
        String subject = Ids.newId();
        events.record("analyses-day", subject, T0.minus(Duration.ofHours(30)));
        events.record("analyses-day", subject, T0);

        assertThat(events.prune(T0.minus(Duration.ofHours(25)))).isPositive();

        assertThat(events.since("analyses-day", subject, T0.minus(Duration.ofDays(3))))
                .containsExactly(T0);
    }
}

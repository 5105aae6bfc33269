package com.profitsentinel.server.limits;

import static org.assertj.core.api.Assertions.assertThat;

import com.profitsentinel.app.tenant.Tier;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlidingWindowTest {
    private static final SlidingWindow HOURLY = new SlidingWindow("analyses-hour", 10, Duration.ofHours(1));
    private static final Instant NINE = Instant.parse("2026-03-02T09:00:00Z");

    /** api.md §3: accepted at 09:00 and every 5 minutes until 09:45, ten in all. */
    private static List<Instant> tenAnalyses() {
        List<Instant> events = new ArrayList<>();
        for (int minute = 0; minute <= 45; minute += 5) {
            events.add(NINE.plus(Duration.ofMinutes(minute)));
        }
        return events;
    }

    @Test
    void theEleventhAnalysisAt0955WaitsUntilThe0900OneLeavesTheWindow() {
        SlidingWindow.State state = HOURLY.state(tenAnalyses(), NINE.plus(Duration.ofMinutes(55)));

        assertThat(state.exhausted()).isTrue();
        assertThat(state.used()).isEqualTo(10);
        assertThat(state.retryAfterSeconds()).isEqualTo(300);
        assertThat(state.policy()).isEqualTo("\"analyses-hour\";q=10;w=3600");
        assertThat(state.rateLimit()).isEqualTo("\"analyses-hour\";r=0;t=300");
    }

    @Test
    void anEventLeavesTheWindowAfterExactlyTheWindow() {
        SlidingWindow.State state =
                HOURLY.state(tenAnalyses(), NINE.plus(Duration.ofMinutes(60)).plusMillis(1));

        assertThat(state.exhausted()).isFalse();
        assertThat(state.used()).isEqualTo(9);
        assertThat(state.remaining()).isEqualTo(1);
        assertThat(state.resetSeconds()).isEqualTo(300);
    }

    @Test
    void anEmptyWindowHasEverythingLeftAndNothingToWaitFor() {
        SlidingWindow.State state = HOURLY.state(List.of(), NINE);

        assertThat(state.remaining()).isEqualTo(10);
        assertThat(state.resetSeconds()).isZero();
        assertThat(state.retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    void plansFollowTheTierTable() {
        assertThat(Plan.of(Tier.FREE).analysesPerHour()).isEqualTo(10);
        assertThat(Plan.of(Tier.FREE).maxFileBytes()).isEqualTo(10L << 20);
        assertThat(Plan.of(Tier.PRO).analysesPerDay()).isEqualTo(2_000);
        assertThat(Plan.of(Tier.PRO).concurrentAnalyses()).isEqualTo(5);
        assertThat(Plan.of(Tier.ENTERPRISE).maxFileBytes()).isEqualTo(200L << 20);
        assertThat(Plan.of(Tier.FREE).upgradeUrl()).contains("/settings/plan?upgrade=pro");
        assertThat(Plan.of(Tier.ENTERPRISE).upgradeUrl()).isEmpty();
        assertThat(Plan.of(Tier.FREE).keepAnalyses()).isEqualTo(Duration.ofDays(90));
        assertThat(Plan.of(Tier.PRO).keepAnalyses()).isEqualTo(Duration.ofDays(730));
        assertThat(Plan.of(Tier.FREE).stores()).isEqualTo(1);
    }
}

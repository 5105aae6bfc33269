package com.profitsentinel.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Department status (workflows.md §10) and the change trend (§9) of the dashboard. */
class DashboardRoutesTest {
    @Test
    void aDepartmentIsRedWithAFindingOfFiveHundredDollarsOrThreeFindings() {
        assertThat(DashboardRoutes.status(1, new BigDecimal("500.00"))).isEqualTo("red");
        assertThat(DashboardRoutes.status(3, new BigDecimal("10.00"))).isEqualTo("red");
        assertThat(DashboardRoutes.status(2, new BigDecimal("499.99"))).isEqualTo("yellow");
        assertThat(DashboardRoutes.status(0, BigDecimal.ZERO)).isEqualTo("green");
    }

    @Test
    void theTrendLooksAtFiveHundredDollarsFirstThenTwoFindings() {
        assertThat(DashboardRoutes.trend(new BigDecimal("570.00"), -8)).isEqualTo("worsening");
        assertThat(DashboardRoutes.trend(new BigDecimal("-280.00"), -8)).isEqualTo("improving");
        assertThat(DashboardRoutes.trend(new BigDecimal("500.00"), 2)).isEqualTo("stable");
        assertThat(DashboardRoutes.trend(new BigDecimal("-500.01"), 3)).isEqualTo("improving");
    }
}

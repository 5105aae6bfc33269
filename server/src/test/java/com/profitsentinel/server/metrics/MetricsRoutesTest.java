package com.profitsentinel.server.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetricsRoutesTest {
    private static Metrics metrics() {
        return new Metrics("test", () -> true, () -> 0);
    }

    @Test
    void loopbackCallersNeedNoToken() {
        try (Metrics metrics = metrics()) {
            MetricsRoutes routes = new MetricsRoutes(metrics, "");
            assertThat(routes.allowed("127.0.0.1", null)).isTrue();
            assertThat(routes.allowed("::1", null)).isTrue();
            assertThat(routes.allowed("10.1.2.3", null)).isFalse();
        }
    }

    @Test
    void otherCallersNeedTheConfiguredToken() {
        try (Metrics metrics = metrics()) {
            MetricsRoutes routes = new MetricsRoutes(metrics, "s3cret-token");
            assertThat(routes.allowed("10.1.2.3", "Bearer s3cret-token")).isTrue();
            assertThat(routes.allowed("10.1.2.3", "Bearer wrong")).isFalse();
            assertThat(routes.allowed("10.1.2.3", "s3cret-token")).isFalse();
            assertThat(new MetricsRoutes(metrics, "").allowed("10.1.2.3", "Bearer "))
                    .isFalse();
        }
    }

    @Test
    void analysesAreBucketedBySize() {
        assertThat(Metrics.sizeBucket(9_999)).isEqualTo("lt_10k");
        assertThat(Metrics.sizeBucket(36_452)).isEqualTo("lt_100k");
        assertThat(Metrics.sizeBucket(364_520)).isEqualTo("lt_1m");
        assertThat(Metrics.sizeBucket(3_645_200)).isEqualTo("ge_1m");
    }
}

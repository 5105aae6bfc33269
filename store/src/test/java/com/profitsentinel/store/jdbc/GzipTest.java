package com.profitsentinel.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;

class GzipTest {
    private static final byte[] JSON =
            "{\"findings\":[{\"sku\":\"A1\"},{\"sku\":\"B2\"}]}".repeat(1000).getBytes(StandardCharsets.UTF_8);

    @Test
    void roundTripsAtEveryLevel() {
        for (int level : new int[] {Deflater.BEST_SPEED, Deflater.DEFAULT_COMPRESSION, Deflater.BEST_COMPRESSION}) {
            byte[] compressed = Gzip.compress(JSON, level);

            assertThat(compressed.length).isLessThan(JSON.length / 10);
            assertThat(Gzip.decompress(compressed, JSON.length)).isEqualTo(JSON);
        }
    }

    @Test
    void compressesAsGzip() {
        byte[] compressed = Gzip.compress(JSON);

        assertThat(compressed[0] & 0xff).isEqualTo(0x1f);
        assertThat(compressed[1] & 0xff).isEqualTo(0x8b);
    }

    @Test
    void wrongLengthIsRefused() {
        byte[] compressed = Gzip.compress(JSON);

        assertThatThrownBy(() -> Gzip.decompress(compressed, JSON.length + 1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is not " + (JSON.length + 1) + " bytes long");
        assertThatThrownBy(() -> Gzip.decompress(compressed, JSON.length - 1))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Gzip.decompress(compressed, -1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void damagedContentIsRefused() {
        byte[] compressed = Gzip.compress(JSON);
        byte[] damaged = Arrays.copyOf(compressed, compressed.length);
        damaged[damaged.length - 6] ^= 0x55; // inside the CRC-32
        byte[] truncated = Arrays.copyOf(compressed, compressed.length / 2);

        assertThatThrownBy(() -> Gzip.decompress(damaged, JSON.length)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Gzip.decompress(truncated, JSON.length)).isInstanceOf(IllegalStateException.class);
    }
}

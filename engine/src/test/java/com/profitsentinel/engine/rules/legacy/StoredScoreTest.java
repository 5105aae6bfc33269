package com.profitsentinel.engine.rules.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.profitsentinel.engine.finding.Formats;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The stored score is HALF_EVEN to 2 decimals on the exact binary value of the raw score (engine.md §0, §5.4). */
class StoredScoreTest {
    private static final long SEED = 20_250_630L;

    @Test
    void matchesExactDecimalRoundingOnTheSpecBoundaries() {
        assertThat(LegacyAnalysis.storedScore(0.101)).isEqualTo(0.10);
        assertThat(LegacyAnalysis.storedScore(101 / 200.0)).isEqualTo(0.51);
        assertThat(LegacyAnalysis.storedScore(0.125)).isEqualTo(0.12);
        assertThat(LegacyAnalysis.storedScore(0.135)).isEqualTo(Formats.rounded(0.135, 2));
        assertThat(LegacyAnalysis.storedScore(60 / 3.0 / 24)).isEqualTo(0.83);
        assertThat(LegacyAnalysis.storedScore(0.99)).isEqualTo(0.99);
    }

    @Test
    void matchesExactDecimalRoundingOnGeneratedScores() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int index = 0; index < 200_000; index++) {
            double raw = random.nextBoolean() ? random.nextDouble(0.1, 1) : random.nextInt(10, 1000) / 1000.0;
            assertThat(LegacyAnalysis.storedScore(raw))
                    .as("seed %s, raw %s", SEED, raw)
                    .isEqualTo(Formats.rounded(raw, 2));
        }
    }
}

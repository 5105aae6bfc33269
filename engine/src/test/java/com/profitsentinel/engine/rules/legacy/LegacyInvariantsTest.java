package com.profitsentinel.engine.rules.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.profitsentinel.engine.finding.LegacyPrimitive;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The nesting facts of engine.md §5.3 over many generated rows: negative_profit ⊆ price_discrepancy; with c > 0 and
 * r > 0, negative_profit ⊆ margin_erosion ⊆ high_margin_leak; severe_inventory_deficit ⊆ low_stock. Also: every raw
 * score is 0 or within (0, its cap], and the engine's flags are exactly the rules' {@code score > 0.1}.
 */
class LegacyInvariantsTest {
    private static final long SEED = 0x5EED_1E6AL;
    private static final int ROWS = 200_000;

    /** A value drawn from the thresholds of §5.3 and random numbers around them. */
    private static double draw(SplittableRandom random, double... interesting) {
        int choice = random.nextInt(4);
        if (choice == 0) {
            return interesting[random.nextInt(interesting.length)];
        }
        if (choice == 1) {
            return random.nextInt(-20, 700);
        }
        if (choice == 2) {
            return Math.round(random.nextDouble(-50, 300) * 100) / 100.0;
        }
        return random.nextDouble(-1000, 12_000);
    }

    private static LegacyFields row(SplittableRandom random) {
        double q = draw(random, 0, 1, 3, 4, 5, 9, 10, 11, 50, 51, 100, 101, 500, 501, -10, -11, -150);
        double c = draw(random, 0, 0.5, 6, 8.5, 85, 100);
        double r = draw(random, 0, 1, 10, 100, c, c * 1.2, c / 0.85);
        double s = draw(random, 0, 4, 5, 10, 11, 50, 51, 100, 101, 200);
        double mf = draw(random, 0, 10, 29.9, 30, 100, -20);
        double st = draw(random, 0, 1000, 1000.01, 10_000);
        return new LegacyFields(q, c, r, s, mf, st, 0, 0);
    }

    private static Map<LegacyPrimitive, Boolean> flags(LegacyFields fields) {
        Map<LegacyPrimitive, Boolean> flags = new EnumMap<>(LegacyPrimitive.class);
        for (LegacyRule rule : LegacyRules.all()) {
            flags.put(rule.primitive(), rule.score(fields) > LegacyAnalysis.FLAG_THRESHOLD);
        }
        return flags;
    }

    @Test
    void nestingFactsHoldOnGeneratedRows() {
        SplittableRandom random = new SplittableRandom(SEED);
        int negativeProfit = 0;
        for (int index = 0; index < ROWS; index++) {
            LegacyFields fields = row(random);
            Map<LegacyPrimitive, Boolean> flags = flags(fields);
            String where = "seed " + SEED + ", row " + index + ": " + fields;
            if (flags.get(LegacyPrimitive.NEGATIVE_PROFIT)) {
                negativeProfit++;
                assertThat(flags.get(LegacyPrimitive.PRICE_DISCREPANCY))
                        .as(where)
                        .isTrue();
            }
            if (fields.c() > 0 && fields.r() > 0) {
                if (flags.get(LegacyPrimitive.NEGATIVE_PROFIT)) {
                    assertThat(flags.get(LegacyPrimitive.MARGIN_EROSION))
                            .as(where)
                            .isTrue();
                }
                if (flags.get(LegacyPrimitive.MARGIN_EROSION)) {
                    assertThat(flags.get(LegacyPrimitive.HIGH_MARGIN_LEAK))
                            .as(where)
                            .isTrue();
                }
            }
            if (flags.get(LegacyPrimitive.SEVERE_INVENTORY_DEFICIT)) {
                assertThat(flags.get(LegacyPrimitive.LOW_STOCK)).as(where).isTrue();
            }
        }
        assertThat(negativeProfit)
                .as("seed %s generates rows that exercise the nesting", SEED)
                .isGreaterThan(1000);
    }

    @Test
    void scoresStayWithinTheirCaps() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int index = 0; index < ROWS; index++) {
            LegacyFields fields = row(random);
            for (LegacyRule rule : LegacyRules.all()) {
                double score = rule.score(fields);
                assertThat(score)
                        .as(
                                "seed %s, row %s, %s: %s",
                                SEED, index, rule.primitive().id(), fields)
                        .isBetween(0.0, 0.99);
            }
        }
    }
}

package com.profitsentinel.testing.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GeneratorsTest {
    private static final int DRAWS = 10_000;

    @Test
    void repeatsTheSameSequenceForTheSameSeed() {
        assertThat(sequence(Generators.seeded(42))).isEqualTo(sequence(Generators.seeded(42)));
    }

    @Test
    void givesDifferentSequencesForDifferentSeeds() {
        assertThat(sequence(Generators.seeded(42))).isNotEqualTo(sequence(Generators.seeded(43)));
    }

    @Test
    void namesItsSeed() {
        Generators random = Generators.seeded(-7);

        assertThat(random.seed()).isEqualTo(-7);
        assertThat(random).hasToString("Generators.seeded(-7L)");
    }

    @Test
    void drawsIntsWithinBothBoundsAndReachesThem() {
        Generators random = Generators.seeded(1);
        Set<Integer> seen = new HashSet<>();
        for (int draw = 0; draw < DRAWS; draw++) {
            int value = random.between(-3, 3);

            assertThat(value).isBetween(-3, 3);
            seen.add(value);
        }
        assertThat(seen).containsExactlyInAnyOrder(-3, -2, -1, 0, 1, 2, 3);
        assertThat(random.between(5, 5)).isEqualTo(5);
        assertThat(random.between(Integer.MAX_VALUE, Integer.MAX_VALUE)).isEqualTo(Integer.MAX_VALUE);
        Set<Integer> signs = new HashSet<>();
        for (int draw = 0; draw < 100; draw++) {
            signs.add(Integer.signum(random.between(Integer.MIN_VALUE, Integer.MAX_VALUE)));
        }
        assertThat(signs).contains(-1, 1);
    }

    @Test
    void drawsLongsWithinBothBoundsUpToTheExtremes() {
        Generators random = Generators.seeded(2);
        Set<Long> seen = new HashSet<>();
        for (int draw = 0; draw < DRAWS; draw++) {
            long value = random.between(Long.MAX_VALUE - 2, Long.MAX_VALUE);
            long lowest = random.between(Long.MIN_VALUE, Long.MIN_VALUE + 2);

            assertThat(value).isGreaterThanOrEqualTo(Long.MAX_VALUE - 2);
            assertThat(lowest).isLessThanOrEqualTo(Long.MIN_VALUE + 2);
            assertThat(random.between(-999_999_999_999L, 999_999_999_999L))
                    .isBetween(-999_999_999_999L, 999_999_999_999L);
            seen.add(value);
            seen.add(lowest);
        }
        assertThat(seen)
                .containsExactlyInAnyOrder(
                        Long.MAX_VALUE - 2,
                        Long.MAX_VALUE - 1,
                        Long.MAX_VALUE,
                        Long.MIN_VALUE,
                        Long.MIN_VALUE + 1,
                        Long.MIN_VALUE + 2);
        Set<Integer> signs = new HashSet<>();
        for (int draw = 0; draw < 100; draw++) {
            signs.add(Long.signum(random.between(Long.MIN_VALUE, Long.MAX_VALUE)));
        }
        assertThat(signs).contains(-1, 1);
    }

    @Test
    void rejectsEmptyRanges() {
        Generators random = Generators.seeded(3);

        assertThatThrownBy(() -> random.between(2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> random.between(2L, 1L)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> random.upTo(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void drawsSmallValuesAsOftenAsLargeOnesUpToABound() {
        Generators random = Generators.seeded(4);
        int belowOneHundred = 0;
        int aboveOneBillion = 0;
        for (int draw = 0; draw < DRAWS; draw++) {
            long value = random.upTo(999_999_999_999L);

            assertThat(value).isBetween(0L, 999_999_999_999L);
            belowOneHundred += value < 100 ? 1 : 0;
            aboveOneBillion += value > 1_000_000_000L ? 1 : 0;
        }
        assertThat(belowOneHundred).isGreaterThan(DRAWS / 10);
        assertThat(aboveOneBillion).isGreaterThan(DRAWS / 10);
        assertThat(random.upTo(0)).isZero();
        assertThat(random.upTo(Long.MAX_VALUE)).isNotNegative();
    }

    @Test
    void drawsFiniteDoublesOfEveryKind() {
        Generators random = Generators.seeded(5);
        List<Double> values = new ArrayList<>();
        for (int draw = 0; draw < DRAWS; draw++) {
            values.add(random.anyFiniteDouble());
        }

        assertThat(values).allMatch(Double::isFinite);
        assertThat(values).anyMatch(value -> value < 0);
        assertThat(values).anyMatch(value -> Double.doubleToRawLongBits(value) == Double.doubleToRawLongBits(-0.0));
        assertThat(values).anyMatch(value -> value == 0.0 && Double.doubleToRawLongBits(value) == 0);
        assertThat(values).anyMatch(value -> value != 0 && Math.abs(value) < Double.MIN_NORMAL);
        assertThat(values).anyMatch(value -> Math.abs(value) == Double.MAX_VALUE);
        assertThat(values).anyMatch(value -> Math.abs(value) > 1e300);
        assertThat(values).anyMatch(value -> value != 0 && Math.abs(value) < 1e-300);
        assertThat(values).anyMatch(value -> value != 0 && value == Math.rint(value) && Math.abs(value) < 1000);
        assertThat(values)
                .anyMatch(value -> value != Math.rint(value) && Math.abs(value * 100 - Math.rint(value * 100)) < 1e-6);
    }

    @Test
    void buildsStringsFromTheAlphabetUpToTheMaximumLength() {
        Generators random = Generators.seeded(6);
        Set<Integer> lengths = new HashSet<>();
        Set<Character> characters = new HashSet<>();
        for (int draw = 0; draw < DRAWS; draw++) {
            String text = random.of("ab€\u00a0", 5);
            String digits = random.numeric(3);

            assertThat(text).hasSizeLessThanOrEqualTo(5).matches("[ab€\u00a0]*");
            assertThat(digits).hasSizeLessThanOrEqualTo(3).matches("[0-9]*");
            lengths.add(text.length());
            text.chars().forEach(character -> characters.add((char) character));
        }
        assertThat(lengths).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5);
        assertThat(characters).containsExactlyInAnyOrder('a', 'b', '€', '\u00a0');
        assertThatThrownBy(() -> random.of("", 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> random.numeric(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void choosesEveryElementOfAList() {
        Generators random = Generators.seeded(7);
        Set<String> seen = new HashSet<>();
        for (int draw = 0; draw < DRAWS; draw++) {
            seen.add(random.oneOf(List.of("x", "y", "z")));
        }

        assertThat(seen).containsExactlyInAnyOrder("x", "y", "z");
        assertThatThrownBy(() -> random.oneOf(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void choosesIndicesInProportionToTheirWeights() {
        Generators random = Generators.seeded(8);
        int[] counts = new int[4];
        for (int draw = 0; draw < DRAWS; draw++) {
            counts[random.weightedIndex(1, 0, 4, 5)]++;
        }

        assertThat(counts[1]).isZero();
        assertThat(counts[0]).isBetween(800, 1200);
        assertThat(counts[2]).isBetween(3600, 4400);
        assertThat(counts[3]).isBetween(4500, 5500);
        assertThatThrownBy(() -> random.weightedIndex(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> random.weightedIndex(1, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Object> sequence(Generators random) {
        List<Object> values = new ArrayList<>();
        for (int draw = 0; draw < 200; draw++) {
            values.add(random.between(-1000, 1000));
            values.add(random.between(0L, Long.MAX_VALUE));
            values.add(random.upTo(1_000_000L));
            values.add(Double.doubleToRawLongBits(random.anyFiniteDouble()));
            values.add(random.of("xyz", 8));
            values.add(random.numeric(12));
            values.add(random.oneOf(List.of("a", "b", "c")));
            values.add(random.weightedIndex(1, 2, 3));
        }
        return values;
    }
}

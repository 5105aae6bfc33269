package com.profitsentinel.testing.random;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Random values for property tests, drawn from a {@link SplittableRandom} created from an explicit seed: the same seed
 * gives the same sequence of values on every run and every JVM, so a property test that reports its seed together with
 * the failing case can be reproduced exactly.
 *
 * <p>A property test creates one instance with {@link #seeded(long)}, loops a fixed number of times, builds one case
 * from the generator per iteration and asserts with a description that includes the case and {@link #seed()}. An
 * instance is not thread-safe.
 */
public final class Generators {
    private static final String DIGITS = "0123456789";

    /** Values {@link #anyFiniteDouble()} returns now and then because parsers and formatters tend to trip on them. */
    private static final double[] EDGE_DOUBLES = {
        0.0,
        -0.0,
        1.0,
        -1.0,
        0.1,
        -0.1,
        0.01,
        -0.01,
        Double.MIN_VALUE,
        -Double.MIN_VALUE,
        Double.MIN_NORMAL,
        -Double.MIN_NORMAL,
        Double.MAX_VALUE,
        -Double.MAX_VALUE,
        Math.nextDown(Double.MIN_NORMAL),
        Math.nextUp(1.0),
        Math.nextDown(1.0),
        9_007_199_254_740_992.0,
        Math.nextUp(9_007_199_254_740_992.0)
    };

    private final long seed;
    private final SplittableRandom random;

    private Generators(long seed) {
        this.seed = seed;
        this.random = new SplittableRandom(seed);
    }

    /** A generator whose values are determined by {@code seed} alone. */
    public static Generators seeded(long seed) {
        return new Generators(seed);
    }

    /** The seed this generator was created from, to put in assertion messages. */
    public long seed() {
        return seed;
    }

    /** A uniformly distributed int from {@code min} to {@code max}, both inclusive. */
    public int between(int min, int max) {
        if (min > max) {
            throw new IllegalArgumentException("empty range: " + min + " to " + max);
        }
        return (int) random.nextLong(min, (long) max + 1);
    }

    /** A uniformly distributed long from {@code min} to {@code max}, both inclusive. */
    public long between(long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException("empty range: " + min + " to " + max);
        }
        if (max < Long.MAX_VALUE) {
            return random.nextLong(min, max + 1);
        }
        if (min > Long.MIN_VALUE) {
            return random.nextLong(min - 1, max) + 1;
        }
        return random.nextLong();
    }

    /**
     * A long from 0 to {@code max}, both inclusive, with its number of binary digits spread evenly, so that small values
     * come up about as often as large ones. A uniform draw from a wide range almost never gives a short number.
     */
    public long upTo(long max) {
        if (max < 0) {
            throw new IllegalArgumentException("negative bound: " + max);
        }
        int bits = Long.SIZE - Long.numberOfLeadingZeros(max);
        int shift = bits == 0 ? 0 : between(0, bits - 1);
        return between(0L, max >>> shift);
    }

    /**
     * A finite double that is often awkward: about one in six is a fixed edge value (zeros of both signs, one, the
     * smallest subnormal, the smallest normal, the largest finite value, the edge of exact integers), one in six a
     * subnormal, two in six a uniformly random bit pattern (so tiny and huge magnitudes are as likely as ordinary ones),
     * and two in six round numbers: whole numbers and amounts with two decimals. Half of every kind is negative.
     */
    public double anyFiniteDouble() {
        int kind = between(0, 5);
        double magnitude =
                switch (kind) {
                    case 0 -> Math.abs(EDGE_DOUBLES[random.nextInt(EDGE_DOUBLES.length)]);
                    case 1 -> Double.longBitsToDouble(random.nextLong(1, 1L << 52));
                    case 2, 3 -> finiteBitPattern();
                    case 4 -> (double) upTo(1L << 53);
                    default -> upTo(99_999_999_999L) / 100.0;
                };
        return random.nextBoolean() ? magnitude : -magnitude;
    }

    private double finiteBitPattern() {
        while (true) {
            double candidate = Math.abs(Double.longBitsToDouble(random.nextLong()));
            if (Double.isFinite(candidate)) {
                return candidate;
            }
        }
    }

    /**
     * A string of up to {@code maxLength} characters, each drawn uniformly from {@code alphabet}; the length is uniform
     * from 0 to {@code maxLength}, so the empty string comes up too.
     */
    public String of(String alphabet, int maxLength) {
        if (alphabet.isEmpty()) {
            throw new IllegalArgumentException("empty alphabet");
        }
        if (maxLength < 0) {
            throw new IllegalArgumentException("negative length: " + maxLength);
        }
        int length = between(0, maxLength);
        StringBuilder text = new StringBuilder(length);
        for (int index = 0; index < length; index++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /** A string of up to {@code maxLength} ASCII digits, possibly empty and possibly with leading zeros. */
    public String numeric(int maxLength) {
        return of(DIGITS, maxLength);
    }

    /** One element of {@code choices}, each equally likely; list duplicates to make an element more likely. */
    public <T> T oneOf(List<T> choices) {
        if (choices.isEmpty()) {
            throw new IllegalArgumentException("nothing to choose from");
        }
        return choices.get(random.nextInt(choices.size()));
    }

    /**
     * The index of one of {@code weights}, chosen with probability proportional to its weight; a test switches on it to
     * pick one of several ways of building a case, as in {@code switch (random.weightedIndex(1, 4, 1))}.
     */
    public int weightedIndex(int... weights) {
        long total = 0;
        for (int weight : weights) {
            if (weight < 0) {
                throw new IllegalArgumentException("negative weight: " + weight);
            }
            total += weight;
        }
        if (total == 0) {
            throw new IllegalArgumentException("no positive weight");
        }
        long draw = random.nextLong(total);
        for (int index = 0; index < weights.length; index++) {
            draw -= weights[index];
            if (draw < 0) {
                return index;
            }
        }
        throw new AssertionError("the draw is below the total of the weights");
    }

    @Override
    public String toString() {
        return "Generators.seeded(" + seed + "L)";
    }
}

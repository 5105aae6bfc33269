package com.profitsentinel.testing.synthetic;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The random draws of the generator, over one {@link SplittableRandom}: uniform, log-uniform, log-normal and Poisson
 * numbers, weighted choices and independent sub-streams ({@link #split()}), so that one part of the inventory (the
 * catalogue, one store, the anomalies) can change without shifting the draws of the others. Not thread-safe.
 */
final class Draws {
    private final SplittableRandom random;

    Draws(SplittableRandom random) {
        this.random = random;
    }

    static Draws seeded(long seed) {
        return new Draws(new SplittableRandom(seed));
    }

    /** An independent stream, itself determined by this stream's state. */
    Draws split() {
        return new Draws(random.split());
    }

    /** A uniform int from {@code min} to {@code max}, both inclusive. */
    int between(int min, int max) {
        if (min > max) {
            throw new IllegalArgumentException("empty range: " + min + " to " + max);
        }
        return random.nextInt(min, max + 1);
    }

    /** A uniform double from {@code min} (inclusive) to {@code max} (exclusive). */
    double uniform(double min, double max) {
        if (!(min < max)) {
            return min;
        }
        return random.nextDouble(min, max);
    }

    /** A double whose logarithm is uniform: as many $1–$10 items as $10–$100 items between {@code min} and {@code max}. */
    double logUniform(double min, double max) {
        return Math.exp(uniform(Math.log(min), Math.log(max)));
    }

    /** A log-normal double with the given median and spread (the standard deviation of its logarithm). */
    double logNormal(double median, double spread) {
        return median * Math.exp(gaussian() * spread);
    }

    /** A standard normal double. */
    double gaussian() {
        double first = 1.0 - random.nextDouble();
        double second = random.nextDouble();
        return Math.sqrt(-2 * Math.log(first)) * Math.cos(2 * Math.PI * second);
    }

    /** A Poisson count with mean {@code mean} (a normal approximation above a mean of 40). */
    int poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 40) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian()));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    /** True with probability {@code probability}. */
    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** One element, each equally likely. */
    <T> T oneOf(List<T> choices) {
        if (choices.isEmpty()) {
            throw new IllegalArgumentException("nothing to choose from");
        }
        return choices.get(random.nextInt(choices.size()));
    }

    /** An index chosen with probability proportional to its weight. */
    int weightedIndex(double... weights) {
        double total = 0;
        for (double weight : weights) {
            if (weight < 0) {
                throw new IllegalArgumentException("negative weight: " + weight);
            }
            total += weight;
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("no positive weight");
        }
        double draw = random.nextDouble() * total;
        for (int index = 0; index < weights.length; index++) {
            draw -= weights[index];
            if (draw < 0) {
                return index;
            }
        }
        return weights.length - 1;
    }

    /** A uniform int from 0 (inclusive) to {@code bound} (exclusive). */
    int below(int bound) {
        return random.nextInt(bound);
    }
}

/**
 * Seeded random values for property tests written with plain JUnit: {@link
 * com.profitsentinel.testing.random.Generators} draws numbers, strings and choices from a seed, so a test can loop over
 * many generated cases and a failure names the seed that reproduces it.
 */
@NullMarked
package com.profitsentinel.testing.random;

import org.jspecify.annotations.NullMarked;

/**
 * Seeded synthetic inventories with known anomalies, to measure how well a detection engine finds profit leaks: {@link
 * com.profitsentinel.testing.synthetic.SyntheticInventory#generate} builds a realistic hardware-store inventory (records,
 * purchase-order and sales lines) with anomalies of every leak type and their ground truth, and {@link
 * com.profitsentinel.testing.synthetic.QualityReport} scores an engine's findings against it (precision and recall per
 * leak type). docs/quality.md describes the distributions and the measured quality.
 */
@NullMarked
package com.profitsentinel.testing.synthetic;

import org.jspecify.annotations.NullMarked;

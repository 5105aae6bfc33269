/**
 * Digest ranking (engine.md §10): which groups a store manager should look at first.
 * {@link com.profitsentinel.engine.digest.DigestRanker#rank} filters low-impact groups, scores the rest by impact, trend
 * and confidence, spreads the selection across stores and returns a {@link com.profitsentinel.engine.digest.Digest}.
 */
@NullMarked
package com.profitsentinel.engine.digest;

import org.jspecify.annotations.NullMarked;

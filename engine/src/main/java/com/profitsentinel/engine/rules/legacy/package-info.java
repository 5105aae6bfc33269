/**
 * The {@code legacy} engine (engine.md §5): the reference implementation's 11 heuristic primitives, flag for flag and
 * score for score, with the documented dollar-impact estimate (§5.7) and a cause diagnosis from the shared evidence
 * scorer (§5.9).
 *
 * <p>Entry point: {@link com.profitsentinel.engine.rules.legacy.LegacyEngine}. Each primitive is one package-private
 * class implementing {@code LegacyRule}, listed in the sorted registry {@code LegacyRules} and documented in
 * {@code docs/rules/legacy/}.
 */
@NullMarked
package com.profitsentinel.engine.rules.legacy;

import org.jspecify.annotations.NullMarked;

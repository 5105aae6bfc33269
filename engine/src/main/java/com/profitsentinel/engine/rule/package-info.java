/**
 * Rule metadata and thresholds: {@link com.profitsentinel.engine.rule.RuleDescriptor}, the parameters of engine.md §6.1
 * ({@link com.profitsentinel.engine.rule.Parameter}, {@link com.profitsentinel.engine.rule.Parameters}) and presets.
 */
@NullMarked
package com.profitsentinel.engine.rule;

import org.jspecify.annotations.NullMarked;

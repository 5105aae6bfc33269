/**
 * Running an engine: {@link com.profitsentinel.engine.analysis.Engine} starts an
 * {@link com.profitsentinel.engine.analysis.Analysis} that records stream into and that finishes with an
 * {@link com.profitsentinel.engine.analysis.AnalysisResult}. {@link com.profitsentinel.engine.analysis.Engines} is the
 * registry.
 */
@NullMarked
package com.profitsentinel.engine.analysis;

import org.jspecify.annotations.NullMarked;

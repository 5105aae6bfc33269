/**
 * The legacy result object both engines can produce (engine.md §5.8, §11): {@link
 * com.profitsentinel.engine.projection.LegacyResponse}, and {@link
 * com.profitsentinel.engine.projection.LegacyProjection} from a {@code sentinel} result.
 */
@NullMarked
package com.profitsentinel.engine.projection;

import org.jspecify.annotations.NullMarked;

/** Prometheus metrics (operations.md §14) and the {@code /metrics} route. */
@NullMarked
package com.profitsentinel.server.metrics;

import org.jspecify.annotations.NullMarked;

/**
 * Per-store configuration (api.md §5.12): the threshold preset and overrides of engine.md §6.1, the store context and
 * the workflow settings of workflows.md §0.5, versioned for optimistic concurrency, and the repository port.
 */
@NullMarked
package com.profitsentinel.app.config;

import org.jspecify.annotations.NullMarked;

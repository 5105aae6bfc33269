/**
 * Findings kept in rows of their own (api.md §5.4, workflows.md §10): every analysis's finding and group snapshot, the
 * state of each stable finding ID across analyses (active, acknowledged, resolved) and the repository port.
 */
@NullMarked
package com.profitsentinel.app.findings;

import org.jspecify.annotations.NullMarked;

/**
 * Explanations of findings and groups from their evidence (engine.md §9.7, api.md §5.5): the diagnosis recomputed with
 * the transparent scorer, the proof tree, and the answers to "why" questions. Shared by {@code ./sentinel explain} and
 * the explain endpoints, so both say the same for the same evidence.
 */
@NullMarked
package com.profitsentinel.app.explain;

import org.jspecify.annotations.NullMarked;

/**
 * Transparent root-cause scoring (engine.md §9): facts → weighted causes, per group and per store, competing hypotheses
 * and proof trees.
 */
@NullMarked
package com.profitsentinel.engine.rootcause;

import org.jspecify.annotations.NullMarked;

/** Liveness and readiness (operations.md §13). */
@NullMarked
package com.profitsentinel.server.health;

import org.jspecify.annotations.NullMarked;

/** Tiers and their limits: plans, sliding-window budgets, the analysis limiter (api.md §3, operations.md §11). */
@NullMarked
package com.profitsentinel.server.limits;

import org.jspecify.annotations.NullMarked;

/** Rate limits and quotas: the counted events of the sliding-window budgets (api.md §3, operations.md §11). */
@NullMarked
package com.profitsentinel.app.limits;

import org.jspecify.annotations.NullMarked;

/** Stored analyses under /api/v1 (api.md §5.3) and the caller's own view (/api/v1/me). */
@NullMarked
package com.profitsentinel.server.history;

import org.jspecify.annotations.NullMarked;

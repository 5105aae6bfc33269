/** The dashboard under {@code /api/v1/dashboard} (api.md §5.11). */
@NullMarked
package com.profitsentinel.server.dashboard;

import org.jspecify.annotations.NullMarked;

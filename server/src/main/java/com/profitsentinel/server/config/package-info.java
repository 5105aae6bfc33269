/** Per-store configuration under {@code /api/v1/config} (api.md §5.12). */
@NullMarked
package com.profitsentinel.server.config;

import org.jspecify.annotations.NullMarked;

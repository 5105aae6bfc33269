/** API keys under /api/v1/api-keys (api.md §5.15). */
@NullMarked
package com.profitsentinel.server.apikeys;

import org.jspecify.annotations.NullMarked;

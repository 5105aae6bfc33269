/** API keys: records, hashing and the repository port (api.md §5.15, operations.md §9.2). */
@NullMarked
package com.profitsentinel.app.apikey;

import org.jspecify.annotations.NullMarked;

/** The org and its stores under /api/v1 (api.md §5.14). */
@NullMarked
package com.profitsentinel.server.stores;

import org.jspecify.annotations.NullMarked;

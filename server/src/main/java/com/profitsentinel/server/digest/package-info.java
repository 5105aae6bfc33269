/** The digest under {@code /api/v1/digest} (api.md §5.6). */
@NullMarked
package com.profitsentinel.server.digest;

import org.jspecify.annotations.NullMarked;

/** Stored analyses: records, documents and the repository port (api.md §5.3). */
@NullMarked
package com.profitsentinel.app.history;

import org.jspecify.annotations.NullMarked;

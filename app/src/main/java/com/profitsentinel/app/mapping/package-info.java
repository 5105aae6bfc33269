/** Column mappings saved per store and header signature (columns.md §6.8, api.md §5.2). */
@NullMarked
package com.profitsentinel.app.mapping;

import org.jspecify.annotations.NullMarked;

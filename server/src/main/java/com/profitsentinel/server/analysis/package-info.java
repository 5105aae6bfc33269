/** Running and storing analyses, and the legacy analysis endpoints (api.md §4.5-4.8). */
@NullMarked
package com.profitsentinel.server.analysis;

import org.jspecify.annotations.NullMarked;

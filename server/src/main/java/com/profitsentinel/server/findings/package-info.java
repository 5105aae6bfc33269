/** Findings, groups, acknowledgements and explanations under {@code /api/v1} (api.md §5.4, §5.5). */
@NullMarked
package com.profitsentinel.server.findings;

import org.jspecify.annotations.NullMarked;

/** The morning digest built from stored groups (workflows.md §3, api.md §5.6). */
@NullMarked
package com.profitsentinel.app.digest;

import org.jspecify.annotations.NullMarked;

/** Uploaded files' records and their repository port (api.md §4.1-4.3, operations.md §12). */
@NullMarked
package com.profitsentinel.app.upload;

import org.jspecify.annotations.NullMarked;

/**
 * Uploads (api.md §4.1-4.3): file-name checks, local storage with hashing and size limits, presigned form policies,
 * and {@link com.profitsentinel.server.uploads.UploadRoutes}.
 */
@NullMarked
package com.profitsentinel.server.uploads;

import org.jspecify.annotations.NullMarked;

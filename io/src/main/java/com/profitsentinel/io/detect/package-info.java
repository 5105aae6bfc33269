/**
 * The content check of an uploaded file (columns.md §2.5): size limits, the type its extension declares, and the type
 * its bytes show, giving the format to read it as. Entry point: {@link com.profitsentinel.io.detect.FileInspector}; the
 * answer is an {@link com.profitsentinel.io.detect.InspectedFile}.
 */
@NullMarked
package com.profitsentinel.io.detect;

import org.jspecify.annotations.NullMarked;

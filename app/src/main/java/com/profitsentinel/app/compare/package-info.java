/** Comparing two stored analyses (workflows.md §9): per leak type, per legacy key and per finding. */
@NullMarked
package com.profitsentinel.app.compare;

import org.jspecify.annotations.NullMarked;

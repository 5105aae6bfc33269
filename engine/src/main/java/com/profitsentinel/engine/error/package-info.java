/**
 * Error codes and the product's one exception type, {@link com.profitsentinel.engine.error.ProfitSentinelException}.
 */
@NullMarked
package com.profitsentinel.engine.error;

import org.jspecify.annotations.NullMarked;

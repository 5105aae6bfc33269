/** First answers of requests sent with an {@code Idempotency-Key} (api.md §1.5). */
@NullMarked
package com.profitsentinel.app.idempotency;

import org.jspecify.annotations.NullMarked;

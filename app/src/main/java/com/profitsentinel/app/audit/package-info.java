/** The audit log: entries, their hash chain and the repository port (operations.md §8). */
@NullMarked
package com.profitsentinel.app.audit;

import org.jspecify.annotations.NullMarked;

/** The audit log as the server writes and shows it (operations.md §8). */
@NullMarked
package com.profitsentinel.server.audit;

import org.jspecify.annotations.NullMarked;

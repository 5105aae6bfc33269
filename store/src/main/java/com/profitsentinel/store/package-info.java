/**
 * Persistence: {@link com.profitsentinel.store.Database} opens the embedded H2 database (the default) or PostgreSQL,
 * applies the migrations and hands out the app module's repository ports (operations.md §17). Nothing outside this
 * module sees a {@code java.sql} type.
 */
@NullMarked
package com.profitsentinel.store;

import org.jspecify.annotations.NullMarked;

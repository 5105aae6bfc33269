/**
 * The repositories over JDBC: package-private implementations of the app module's ports, plain JDBC on a pooled
 * {@link javax.sql.DataSource}, the same SQL on H2 (PostgreSQL mode) and PostgreSQL. Every method that takes a
 * {@link com.profitsentinel.app.tenant.Tenant} adds the org and store predicates itself. {@link
 * com.profitsentinel.store.jdbc.JdbcRepositories} is the one public type, for {@link com.profitsentinel.store.Database}
 * only.
 */
@NullMarked
package com.profitsentinel.store.jdbc;

import org.jspecify.annotations.NullMarked;

/** Orgs, users, roles and stores, and the tenant context every repository takes (operations.md §10). */
@NullMarked
package com.profitsentinel.app.tenant;

import org.jspecify.annotations.NullMarked;

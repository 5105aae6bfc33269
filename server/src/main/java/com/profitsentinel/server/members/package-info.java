/** The org's members, their roles and store scopes under {@code /api/v1/members} (api.md §5.14). */
@NullMarked
package com.profitsentinel.server.members;

import org.jspecify.annotations.NullMarked;

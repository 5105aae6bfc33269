/**
 * Who is calling: {@link com.profitsentinel.server.auth.Caller} and the dev-mode identity. Production sign-in (accounts,
 * JWT, API keys) is not in this version; production mode refuses to start.
 */
@NullMarked
package com.profitsentinel.server.auth;

import org.jspecify.annotations.NullMarked;

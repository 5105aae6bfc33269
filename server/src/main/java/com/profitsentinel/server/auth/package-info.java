/**
 * Who is calling: {@link com.profitsentinel.server.auth.Caller}, resolved by {@link
 * com.profitsentinel.server.auth.Callers} from the dev-mode identity or a bearer JWT ({@link
 * com.profitsentinel.server.auth.JwtVerifier}).
 */
@NullMarked
package com.profitsentinel.server.auth;

import org.jspecify.annotations.NullMarked;

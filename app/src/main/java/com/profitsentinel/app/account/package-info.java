/**
 * Local accounts of production mode (operations.md §9.2): Argon2id password hashes, server-side sign-in sessions with
 * their CSRF tokens, and the repository port.
 */
@NullMarked
package com.profitsentinel.app.account;

import org.jspecify.annotations.NullMarked;

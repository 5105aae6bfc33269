/** Identifiers: UUIDv7 resource ids and random tokens. */
@NullMarked
package com.profitsentinel.app.id;

import org.jspecify.annotations.NullMarked;

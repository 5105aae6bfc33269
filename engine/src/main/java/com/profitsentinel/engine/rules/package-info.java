/**
 * The detection engines: {@link com.profitsentinel.engine.rules.Engines} is the registry; each engine's rules live in
 * its own package ({@code legacy}, {@code sentinel}) with one sorted rule list.
 */
@NullMarked
package com.profitsentinel.engine.rules;

import org.jspecify.annotations.NullMarked;

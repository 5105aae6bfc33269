/** The HTTP server of ./sentinel serve: {@link com.profitsentinel.server.SentinelServer}, its settings and the services it is wired to. */
@NullMarked
package com.profitsentinel.server;

import org.jspecify.annotations.NullMarked;

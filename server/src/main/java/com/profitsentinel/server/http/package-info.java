/** HTTP conventions shared by every route: problem documents, JSON bodies, request ids. */
@NullMarked
package com.profitsentinel.server.http;

import org.jspecify.annotations.NullMarked;

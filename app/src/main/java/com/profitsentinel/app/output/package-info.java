/**
 * Output: the native and legacy result documents (JSON), shared by the command line and the server.
 */
@NullMarked
package com.profitsentinel.app.output;

import org.jspecify.annotations.NullMarked;

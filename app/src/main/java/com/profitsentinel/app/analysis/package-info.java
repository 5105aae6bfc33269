/**
 * Analysis: reading files into one engine analysis, shared by the command line and the server.
 */
@NullMarked
package com.profitsentinel.app.analysis;

import org.jspecify.annotations.NullMarked;

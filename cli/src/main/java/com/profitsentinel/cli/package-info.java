/**
 * The {@code ./sentinel} command line: {@link com.profitsentinel.cli.Sentinel} with the {@code analyze} and {@code map}
 * subcommands. Error codes become exit codes in {@link com.profitsentinel.cli.ExitCodes}, the one place that decides
 * them.
 */
@NullMarked
package com.profitsentinel.cli;

import org.jspecify.annotations.NullMarked;

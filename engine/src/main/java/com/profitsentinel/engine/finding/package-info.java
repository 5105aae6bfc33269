/**
 * What the engines report: data-quality codes now; findings, leak types and groups with the engine issue.
 */
@NullMarked
package com.profitsentinel.engine.finding;

import org.jspecify.annotations.NullMarked;

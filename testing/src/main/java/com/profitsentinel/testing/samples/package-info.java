/**
 * Realistic POS exports for tests, demos and benchmarks: {@link com.profitsentinel.testing.samples.SampleExports} holds
 * one small, deterministic sample file per POS layout of columns.md §9 and §11 together with the mapping the spec
 * expects for it, {@link com.profitsentinel.testing.samples.WriteSamples} writes them to the repository's
 * {@code samples/} directory, and {@link com.profitsentinel.testing.samples.PaladinExportGenerator} and
 * {@link com.profitsentinel.testing.samples.NativeExportGenerator} stream large files of any size.
 */
@NullMarked
package com.profitsentinel.testing.samples;

import org.jspecify.annotations.NullMarked;

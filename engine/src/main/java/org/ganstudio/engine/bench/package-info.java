/**
 * Benchmarks behind {@code ./studio bench}: medians of repeated runs, GFLOP/s and share of the matmul peak
 * measured in the same run. Speed is measured here, never in unit tests.
 */
package org.ganstudio.engine.bench;

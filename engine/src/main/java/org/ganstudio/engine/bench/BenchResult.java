package org.ganstudio.engine.bench;

/**
 * One measured operation.
 *
 * @param name what was measured
 * @param medianMillis median wall time of one run
 * @param minMillis fastest run
 * @param gflop floating-point work of one run, in GFLOP (multiply and add counted as 2)
 * @param gflopsPerSecond gflop / median time
 * @param shareOfPeak gflopsPerSecond / the matmul peak of the same bench run
 * @param repeats timed runs after warm-up
 */
public record BenchResult(
        String name, double medianMillis, double minMillis, double gflop, double gflopsPerSecond, double shareOfPeak,
        int repeats) {}

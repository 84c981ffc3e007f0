package org.ganstudio.engine.bench;

import java.util.List;

/**
 * Everything one bench run measured, with the machine it ran on.
 *
 * @param device the engine's device
 * @param threads CPU threads the engine used
 * @param cpu the processor's name, as the OS reports it
 * @param peakGflops the matmul peak the shares refer to: the best median of the matmul sizes measured
 * @param peakSource which measurement gave the peak
 * @param results one row per measurement
 */
public record BenchReport(String device, int threads, String cpu, double peakGflops, String peakSource,
        List<BenchResult> results) {

    /** A plain-text table for the console. */
    public String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("device %s, %d threads, %s%n", device, threads, cpu));
        out.append(String.format("peak %.1f GFLOP/s from %s (best median of the matmul sizes)%n", peakGflops, peakSource));
        out.append(String.format("%-58s %10s %10s %9s %9s %7s%n", "measurement", "median ms", "min ms", "GFLOP", "GFLOP/s", "peak"));
        for (BenchResult r : results) {
            out.append(String.format("%-58s %10.2f %10.2f %9.3f %9.1f %6.0f%%%n", r.name(), r.medianMillis(), r.minMillis(),
                    r.gflop(), r.gflopsPerSecond(), 100 * r.shareOfPeak()));
        }
        return out.toString();
    }
}

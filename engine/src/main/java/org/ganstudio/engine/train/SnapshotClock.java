package org.ganstudio.engine.train;

/** Throughput and time-left estimates from a moving average of step durations. */
final class SnapshotClock {

    private static final double SMOOTHING = 0.1;
    private final int batchSize;
    private double secondsPerStep = Double.NaN;
    private long lastNanos = System.nanoTime();

    SnapshotClock(int batchSize) {
        this.batchSize = batchSize;
    }

    /** Call after each step. Returns that step's duration in milliseconds. */
    long stepDone() {
        long now = System.nanoTime();
        double seconds = (now - lastNanos) / 1e9;
        lastNanos = now;
        secondsPerStep = Double.isNaN(secondsPerStep) ? seconds : secondsPerStep + SMOOTHING * (seconds - secondsPerStep);
        return Math.round(seconds * 1000);
    }

    /** Restart timing after a pause, so the pause is not counted as a slow step. */
    void restart() {
        lastNanos = System.nanoTime();
    }

    double imagesPerSecond() {
        return Double.isNaN(secondsPerStep) || secondsPerStep <= 0 ? 0 : batchSize / secondsPerStep;
    }

    java.time.Duration eta(double stepsLeft) {
        return Double.isNaN(secondsPerStep) ? java.time.Duration.ZERO
                : java.time.Duration.ofMillis(Math.round(stepsLeft * secondsPerStep * 1000));
    }
}

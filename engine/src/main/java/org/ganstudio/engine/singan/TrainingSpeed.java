package org.ganstudio.engine.singan;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ganstudio.engine.nn.Convolutions;

/**
 * How fast SinGAN trains on a device, for the time estimate before a run: a 3x3 convolution of SinGAN's own shape
 * (32 maps on a 128x96 picture) is timed once per device and process, and scaled by the share of that speed a whole
 * training iteration reaches (forward, backward, the penalty's double backward, small layers).
 *
 * @param flopsPerSecond the training throughput assumed
 * @param basis how it was found, in words
 */
record TrainingSpeed(double flopsPerSecond, String basis) {

    /**
     * A training iteration's speed relative to this one small convolution's: on an AMD EPYC (Zen 5), 2 threads, the
     * CPU schedule's finest iteration ran at 67 GFLOP/s (docs/benchmarks.md) where this convolution ran at 33-37
     * (larger layers and batched work use the cores better). An estimate, not a promise.
     */
    static final double TRAINING_SHARE = 1.8;
    private static final int MAPS = 32;
    private static final int HEIGHT = 96;
    private static final int WIDTH = 128;
    private static final Map<Device, TrainingSpeed> MEASURED = new ConcurrentHashMap<>();

    static TrainingSpeed of(Device device) {
        return MEASURED.computeIfAbsent(device, TrainingSpeed::measure);
    }

    private static TrainingSpeed measure(Device device) {
        try (NDManager m = NDManager.newBaseManager(device)) {
            NDArray x = m.randomNormal(new Shape(1, MAPS, HEIGHT, WIDTH));
            NDArray w = m.randomNormal(new Shape(MAPS, MAPS, 3, 3));
            double[] seconds = new double[7];
            for (int i = -2; i < seconds.length; i++) {
                try (NDManager step = m.newSubManager()) {
                    long start = System.nanoTime();
                    NDArray y = Convolutions.conv2d(x, w, null, 1, 0);
                    y.attach(step);
                    y.toFloatArray();
                    if (i >= 0) {
                        seconds[i] = (System.nanoTime() - start) / 1e9;
                    }
                }
            }
            Arrays.sort(seconds);
            double flops = 2.0 * MAPS * MAPS * 9 * (HEIGHT - 2) * (WIDTH - 2);
            double convolution = flops / Math.max(seconds[seconds.length / 2], 1e-9);
            return new TrainingSpeed(convolution * TRAINING_SHARE, String.format(java.util.Locale.ROOT,
                    "a 3x3 convolution measured here at %.0f GFLOP/s, training at %.1f times that", convolution / 1e9,
                    TRAINING_SHARE));
        }
    }
}

package org.ganstudio.engine.cyclegan;

import org.ganstudio.engine.train.ArrayTrainingData;

/** Tiny configs and two synthetic unpaired domains for the CycleGAN tests. */
final class CycleganFixtures {

    private CycleganFixtures() {}

    /** 16 px, 4 features, one residual block, a two-layer PatchGAN (2x2 patches), a pool of 4. */
    static CycleganConfig tiny(int channelsA, int channelsB) {
        double identity = channelsA == channelsB ? 0.5 : 0;
        return new CycleganConfig(16, channelsA, channelsB, 4, 1, 4, 2, 10, identity, 2e-3, 0.5, 0.5, 4);
    }

    /**
     * n unpaired samples: A a white disc on black, B a black square on white (B in colour: a red square on white),
     * each shifted a little from sample to sample.
     */
    static ArrayTrainingData discsAndSquares(int n, int size, int channelsA, int channelsB) {
        int plane = size * size;
        float[][] samples = new float[n][(channelsA + channelsB) * plane];
        for (int k = 0; k < n; k++) {
            int shift = k % 4 - 2;
            double cx = size / 2.0 + shift;
            double cy = size / 2.0 - shift / 2.0;
            double radius = size / 4.0;
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    boolean disc = Math.hypot(x + 0.5 - cx, y + 0.5 - cy) <= radius;
                    boolean square = Math.abs(x + 0.5 - cx) <= radius && Math.abs(y + 0.5 - cy) <= radius;
                    for (int c = 0; c < channelsA; c++) {
                        samples[k][c * plane + y * size + x] = disc ? 1f : -1f;
                    }
                    for (int c = 0; c < channelsB; c++) {
                        boolean red = channelsB == 3 && c == 0;
                        samples[k][(channelsA + c) * plane + y * size + x] = square && !red ? -1f : 1f;
                    }
                }
            }
        }
        return new ArrayTrainingData(samples, channelsA + channelsB, size);
    }

    static double maxAbsDiff(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException(a.length + " != " + b.length);
        }
        double worst = 0;
        for (int i = 0; i < a.length; i++) {
            worst = Math.max(worst, Math.abs(a[i] - b[i]));
        }
        return worst;
    }
}

package org.ganstudio.engine.pix2pix;

import org.ganstudio.engine.train.ArrayTrainingData;

/** Small paired datasets for tests: input channels first, then target channels, as the paired source lays them out. */
final class PairFixtures {

    private PairFixtures() {}

    /**
     * n pairs of side {@code size}: the input is a dark square on white, shifted per pair; the target is the
     * same square in white on a dark ground with a mid-grey band on the left (a translation G must learn).
     */
    static ArrayTrainingData squares(int n, int size, int inC, int outC) {
        int plane = size * size;
        float[][] pairs = new float[n][(inC + outC) * plane];
        for (int k = 0; k < n; k++) {
            int offset = (k * 5) % (size / 4);
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    boolean inside = y >= size / 4 + offset && y < size / 2 + offset && x >= size / 4 && x < 3 * size / 4;
                    float in = inside ? -1f : 1f;
                    float out = inside ? 1f : x < size / 8 ? 0f : -1f;
                    for (int c = 0; c < inC; c++) {
                        pairs[k][c * plane + y * size + x] = in;
                    }
                    for (int c = 0; c < outC; c++) {
                        pairs[k][(inC + c) * plane + y * size + x] = c == 1 ? out * 0.5f : out;
                    }
                }
            }
        }
        return new ArrayTrainingData(pairs, inC + outC, size);
    }

    /** A small config for fast tests: tiny widths, the paper's everything else. */
    static Pix2PixConfig tiny(int size, int inC, int outC) {
        return Pix2PixConfig.paper().withImages(size, inC, outC).withFeatures(4, 4);
    }

    static double maxAbsDiff(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new AssertionError(a.length + " values against " + b.length);
        }
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }
}

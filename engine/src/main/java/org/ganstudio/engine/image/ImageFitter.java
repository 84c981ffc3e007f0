package org.ganstudio.engine.image;

import java.awt.image.BufferedImage;

/**
 * Makes any image an S x S square: the centre square of the image (side = its shorter side) is
 * kept and resampled to S. This is the same as scaling the shorter side to S and cropping the centre.
 * Shrinking averages the covered area (a box filter with fractional edges, so no pixel is dropped);
 * enlarging interpolates bilinearly between pixel centres. Both keep a uniform colour exactly.
 */
public final class ImageFitter {
    private ImageFitter() {}

    /**
     * @return TYPE_BYTE_GRAY if the input is, else TYPE_INT_RGB, of {@code size x size}
     */
    public static BufferedImage fit(BufferedImage image, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be positive, got " + size);
        }
        int side = Math.min(image.getWidth(), image.getHeight());
        BufferedImage square = image.getSubimage(
                (image.getWidth() - side) / 2, (image.getHeight() - side) / 2, side, side);
        int channels = Pixels.isGrey(image) ? 1 : 3;
        int[][] planes = Pixels.planes(square, channels);
        Weights weights = side > size ? Weights.area(side, size) : Weights.bilinear(side, size);
        int[][] resized = new int[channels][];
        for (int c = 0; c < channels; c++) {
            resized[c] = resample(planes[c], side, size, weights);
        }
        return Pixels.fromPlanes(resized, size, size);
    }

    /** Resamples a square plane of side {@code from} to side {@code to}, rows first, then columns. */
    private static int[] resample(int[] plane, int from, int to, Weights weights) {
        double[] rows = new double[from * to];
        for (int y = 0; y < from; y++) {
            for (int x = 0; x < to; x++) {
                double sum = 0;
                for (int k = 0; k < weights.index[x].length; k++) {
                    sum += weights.weight[x][k] * plane[y * from + weights.index[x][k]];
                }
                rows[y * to + x] = sum;
            }
        }
        int[] out = new int[to * to];
        for (int y = 0; y < to; y++) {
            for (int x = 0; x < to; x++) {
                double sum = 0;
                for (int k = 0; k < weights.index[y].length; k++) {
                    sum += weights.weight[y][k] * rows[weights.index[y][k] * to + x];
                }
                out[y * to + x] = (int) Math.max(0, Math.min(255, Math.round(sum)));
            }
        }
        return out;
    }

    /** For each output position, the source positions it reads and their weights (summing to 1). */
    private static final class Weights {
        final int[][] index;
        final double[][] weight;

        private Weights(int to) {
            index = new int[to][];
            weight = new double[to][];
        }

        /** Output i averages the source interval [i * from / to, (i + 1) * from / to). */
        static Weights area(int from, int to) {
            Weights w = new Weights(to);
            double scale = (double) from / to;
            for (int i = 0; i < to; i++) {
                double start = i * scale;
                double end = Math.min(from, (i + 1) * scale);
                int first = (int) Math.floor(start);
                int last = Math.min(from - 1, (int) Math.ceil(end) - 1);
                w.index[i] = new int[last - first + 1];
                w.weight[i] = new double[last - first + 1];
                for (int j = first; j <= last; j++) {
                    double overlap = Math.min(end, j + 1) - Math.max(start, j);
                    w.index[i][j - first] = j;
                    w.weight[i][j - first] = overlap / (end - start);
                }
            }
            return w;
        }

        /** Output i reads the source at its centre, (i + 0.5) * from / to - 0.5, clamped at the edges. */
        static Weights bilinear(int from, int to) {
            Weights w = new Weights(to);
            for (int i = 0; i < to; i++) {
                double centre = Math.max(0, Math.min(from - 1, (i + 0.5) * from / to - 0.5));
                int left = (int) Math.floor(centre);
                int right = Math.min(from - 1, left + 1);
                double frac = centre - left;
                w.index[i] = new int[] {left, right};
                w.weight[i] = new double[] {1 - frac, frac};
            }
            return w;
        }
    }
}

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
        return resize(square, size, size);
    }

    /**
     * The whole image resampled to {@code width x height} (the aspect ratio is the caller's business), by the same
     * rules: area averaging where an axis shrinks, bilinear where it grows.
     *
     * @return TYPE_BYTE_GRAY if the input is, else TYPE_INT_RGB
     */
    public static BufferedImage resize(BufferedImage image, int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("size must be positive, got " + width + "x" + height);
        }
        int fromW = image.getWidth();
        int fromH = image.getHeight();
        int channels = Pixels.isGrey(image) ? 1 : 3;
        int[][] planes = Pixels.planes(image, channels);
        Weights across = fromW > width ? Weights.area(fromW, width) : Weights.bilinear(fromW, width);
        Weights down = fromH > height ? Weights.area(fromH, height) : Weights.bilinear(fromH, height);
        int[][] resized = new int[channels][];
        for (int c = 0; c < channels; c++) {
            resized[c] = resample(planes[c], fromW, fromH, width, height, across, down);
        }
        return Pixels.fromPlanes(resized, width, height);
    }

    /** Resamples a plane of {@code fromW x fromH} to {@code toW x toH}, rows first, then columns. */
    private static int[] resample(int[] plane, int fromW, int fromH, int toW, int toH, Weights across, Weights down) {
        double[] rows = new double[fromH * toW];
        for (int y = 0; y < fromH; y++) {
            for (int x = 0; x < toW; x++) {
                double sum = 0;
                for (int k = 0; k < across.index[x].length; k++) {
                    sum += across.weight[x][k] * plane[y * fromW + across.index[x][k]];
                }
                rows[y * toW + x] = sum;
            }
        }
        int[] out = new int[toW * toH];
        for (int y = 0; y < toH; y++) {
            for (int x = 0; x < toW; x++) {
                double sum = 0;
                for (int k = 0; k < down.index[y].length; k++) {
                    sum += down.weight[y][k] * rows[down.index[y][k] * toW + x];
                }
                out[y * toW + x] = (int) Math.max(0, Math.min(255, Math.round(sum)));
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

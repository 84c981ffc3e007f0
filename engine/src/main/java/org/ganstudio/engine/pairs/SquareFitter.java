package org.ganstudio.engine.pairs;

import java.awt.image.BufferedImage;
import org.ganstudio.engine.image.ImageFitter;
import org.ganstudio.engine.image.ImageTensors;

/**
 * Makes a photo an S x S square for a pair: the centre square is kept (scale the shorter side to S, crop
 * the centre). Shrinking uses {@link ImageFitter}'s area average; enlarging (e.g. a 28 px digit to 256 px)
 * uses bicubic interpolation (Keys 1981, a = -0.5), which keeps edges sharper than bilinear. Grey stays
 * grey (TYPE_BYTE_GRAY), anything else becomes TYPE_INT_RGB.
 */
public final class SquareFitter {
    private static final double A = -0.5;

    private SquareFitter() {}

    /** The centre square of {@code image}, scaled to size x size. */
    public static BufferedImage fit(BufferedImage image, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be positive, got " + size);
        }
        int side = Math.min(image.getWidth(), image.getHeight());
        if (side >= size) {
            return ImageFitter.fit(image, size);
        }
        BufferedImage square = image.getSubimage(
                (image.getWidth() - side) / 2, (image.getHeight() - side) / 2, side, side);
        int channels = SideBySide.isGrey(image) ? 1 : 3;
        float[] values = ImageTensors.toChw(square, channels);
        float[] out = new float[channels * size * size];
        Taps taps = Taps.bicubic(side, size);
        float[] rows = new float[side * size];
        for (int c = 0; c < channels; c++) {
            int in = c * side * side;
            for (int y = 0; y < side; y++) {
                for (int x = 0; x < size; x++) {
                    rows[y * size + x] = taps.apply(x, values, in + y * side, 1);
                }
            }
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    out[c * size * size + y * size + x] = taps.apply(y, rows, x, size);
                }
            }
        }
        return ImageTensors.fromChw(out, channels, size, size); // clamps the cubic's overshoot
    }

    /** The four source positions and weights (summing to 1) behind each output position. */
    private record Taps(int[][] index, float[][] weight) {
        static Taps bicubic(int from, int to) {
            int[][] index = new int[to][4];
            float[][] weight = new float[to][4];
            for (int i = 0; i < to; i++) {
                double centre = (i + 0.5) * from / to - 0.5;
                int base = (int) Math.floor(centre);
                double sum = 0;
                double[] w = new double[4];
                for (int k = 0; k < 4; k++) {
                    int source = base - 1 + k;
                    index[i][k] = Math.max(0, Math.min(from - 1, source));
                    w[k] = keys(centre - source);
                    sum += w[k];
                }
                for (int k = 0; k < 4; k++) {
                    weight[i][k] = (float) (w[k] / sum);
                }
            }
            return new Taps(index, weight);
        }

        /** Output position {@code i} read from {@code values[offset + index * stride]}. */
        float apply(int i, float[] values, int offset, int stride) {
            float sum = 0;
            for (int k = 0; k < 4; k++) {
                sum += weight[i][k] * values[offset + index[i][k] * stride];
            }
            return sum;
        }

        private static double keys(double distance) {
            double t = Math.abs(distance);
            if (t <= 1) {
                return (A + 2) * t * t * t - (A + 3) * t * t + 1;
            }
            if (t < 2) {
                return A * t * t * t - 5 * A * t * t + 8 * A * t - 4 * A;
            }
            return 0;
        }
    }
}

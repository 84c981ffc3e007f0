package org.ganstudio.engine.singan;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * Resizing of images held as channel-first floats, by one weight matrix per axis: area averaging when an axis
 * shrinks (each output pixel is the mean of the input it covers, fractional pixels weighted), linear
 * interpolation between pixel centres when it grows. The same matrices resize Java arrays and tensors, so the
 * pyramid of the real image and the upsampling between scales follow one rule (the paper uses bicubic).
 */
public final class Resampling {

    private Resampling() {}

    /** The (to x from) matrix, row-major, that resizes one axis of length {@code from} to {@code to}. */
    public static float[] matrix(int from, int to) {
        if (from < 1 || to < 1) {
            throw new IllegalArgumentException("sizes must be positive, got " + from + " and " + to);
        }
        double[] m = new double[to * from];
        if (to < from) {
            double span = (double) from / to;
            for (int i = 0; i < to; i++) {
                double start = i * span;
                double end = start + span;
                for (int j = (int) Math.floor(start); j < Math.min(from, (int) Math.ceil(end)); j++) {
                    double overlap = Math.min(end, j + 1) - Math.max(start, j);
                    if (overlap > 0) {
                        m[i * from + j] += overlap / span;
                    }
                }
            }
        } else {
            double ratio = (double) from / to;
            for (int i = 0; i < to; i++) {
                double source = Math.max(0, Math.min(from - 1, (i + 0.5) * ratio - 0.5));
                int j0 = (int) Math.floor(source);
                int j1 = Math.min(j0 + 1, from - 1);
                double t = source - j0;
                m[i * from + j0] += 1 - t;
                m[i * from + j1] += t;
            }
        }
        float[] f = new float[m.length];
        for (int i = 0; i < m.length; i++) {
            f[i] = (float) m[i];
        }
        return f;
    }

    /** Channel-first floats (C, h, w) resized to (C, newHeight, newWidth). */
    public static float[] resize(float[] chw, int channels, int height, int width, int newHeight, int newWidth) {
        if (chw.length != channels * height * width) {
            throw new IllegalArgumentException("expected " + channels * height * width + " values, got " + chw.length);
        }
        float[] rows = matrix(height, newHeight);
        float[] cols = matrix(width, newWidth);
        float[] out = new float[channels * newHeight * newWidth];
        double[] across = new double[height * newWidth];
        for (int c = 0; c < channels; c++) {
            int in = c * height * width;
            java.util.Arrays.fill(across, 0);
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < newWidth; x++) {
                    double sum = 0;
                    for (int j = 0; j < width; j++) {
                        float weight = cols[x * width + j];
                        if (weight != 0) {
                            sum += weight * chw[in + y * width + j];
                        }
                    }
                    across[y * newWidth + x] = sum;
                }
            }
            int o = c * newHeight * newWidth;
            for (int y = 0; y < newHeight; y++) {
                for (int x = 0; x < newWidth; x++) {
                    double sum = 0;
                    for (int j = 0; j < height; j++) {
                        float weight = rows[y * height + j];
                        if (weight != 0) {
                            sum += weight * across[j * newWidth + x];
                        }
                    }
                    out[o + y * newWidth + x] = (float) sum;
                }
            }
        }
        return out;
    }

    /**
     * A batch (N, C, h, w) resized to (N, C, newHeight, newWidth) by two matrix products; the result and the
     * matrices belong to x's manager.
     */
    public static NDArray resize(NDArray x, int newHeight, int newWidth) {
        Shape s = x.getShape();
        int h = (int) s.get(2);
        int w = (int) s.get(3);
        if (h == newHeight && w == newWidth) {
            return x;
        }
        NDManager m = x.getManager();
        NDArray rows = m.create(matrix(h, newHeight), new Shape(newHeight, h)).toType(x.getDataType(), false);
        NDArray colsT = m.create(matrix(w, newWidth), new Shape(newWidth, w)).toType(x.getDataType(), false)
                .transpose();
        return rows.matMul(x).matMul(colsT);
    }
}

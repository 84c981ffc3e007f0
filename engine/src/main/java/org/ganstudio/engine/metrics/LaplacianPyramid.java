package org.ganstudio.engine.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * Gaussian and Laplacian pyramids of an image (Burt and Adelson 1983), as the sliced Wasserstein distance of
 * Karras et al. 2018 ("Progressive Growing of GANs") builds them; values are used as given (the studio's
 * planes are intensities in [0, 1]), per channel.
 *
 * <p>Blurring is the separable 5-tap binomial filter {@code k = [1 4 6 4 1] / 16} (the 5 x 5 kernel is
 * {@code k^T k}) with mirrored borders that do not repeat the edge pixel ({@code d c b | a b c d | c b a},
 * OpenCV's {@code BORDER_REFLECT_101}). Going down a level blurs and keeps every second row and column from
 * the first: a side of {@code n} becomes {@code ceil(n / 2)}. Going up puts the values at the even positions
 * of a zero image of the finer size and blurs with {@code 4 k^T k}, so a constant stays that constant.
 *
 * <p>Gaussian level {@code G_0} is the image and {@code G_{i+1} = down(G_i)}; the Laplacian levels are
 * {@code L_i = G_i - up(G_{i+1})} and the coarsest is {@code L_last = G_last}, so adding the levels back up
 * from the coarsest gives the image again.
 */
public final class LaplacianPyramid {
    private static final double[] BINOMIAL = {1 / 16.0, 4 / 16.0, 6 / 16.0, 4 / 16.0, 1 / 16.0};

    private LaplacianPyramid() {}

    /**
     * The Laplacian levels of {@code image}, finest first, {@code levels} in all.
     *
     * @throws IllegalArgumentException if {@code levels} is below 1
     */
    public static List<ImagePlanes> laplacian(ImagePlanes image, int levels) {
        List<ImagePlanes> gaussian = gaussian(image, levels);
        List<ImagePlanes> laplacian = new ArrayList<>(levels);
        for (int i = 0; i < levels - 1; i++) {
            ImagePlanes fine = gaussian.get(i);
            laplacian.add(subtract(fine, upsample(gaussian.get(i + 1), fine.width(), fine.height())));
        }
        laplacian.add(gaussian.get(levels - 1));
        return laplacian;
    }

    /**
     * The Gaussian levels of {@code image}, the image itself first, {@code levels} in all.
     *
     * @throws IllegalArgumentException if {@code levels} is below 1
     */
    public static List<ImagePlanes> gaussian(ImagePlanes image, int levels) {
        if (levels < 1) {
            throw new IllegalArgumentException("a pyramid needs at least one level, got " + levels);
        }
        List<ImagePlanes> pyramid = new ArrayList<>(levels);
        pyramid.add(image);
        for (int i = 1; i < levels; i++) {
            pyramid.add(downsample(pyramid.get(i - 1)));
        }
        return pyramid;
    }

    /** Blurs with the binomial filter and keeps the even rows and columns: {@code ceil(w/2) x ceil(h/2)}. */
    public static ImagePlanes downsample(ImagePlanes image) {
        int w = image.width();
        int h = image.height();
        int outW = (w + 1) / 2;
        int outH = (h + 1) / 2;
        float[][] out = new float[image.channelCount()][];
        for (int c = 0; c < out.length; c++) {
            double[] blurred = blur(toDouble(image.channel(c)), w, h, 1);
            out[c] = new float[outW * outH];
            for (int y = 0; y < outH; y++) {
                for (int x = 0; x < outW; x++) {
                    out[c][y * outW + x] = (float) blurred[2 * y * w + 2 * x];
                }
            }
        }
        return new ImagePlanes(outW, outH, out);
    }

    /**
     * The coarse image at the even positions of a {@code width x height} zero image, blurred with
     * {@code 4 k^T k}.
     *
     * @throws IllegalArgumentException if the coarse image is not {@code ceil(width/2) x ceil(height/2)}
     */
    public static ImagePlanes upsample(ImagePlanes coarse, int width, int height) {
        if (coarse.width() != (width + 1) / 2 || coarse.height() != (height + 1) / 2) {
            throw new IllegalArgumentException("a " + coarse.width() + " x " + coarse.height()
                    + " level does not go up to " + width + " x " + height);
        }
        float[][] out = new float[coarse.channelCount()][];
        for (int c = 0; c < out.length; c++) {
            float[] values = coarse.channel(c);
            double[] spread = new double[width * height];
            for (int y = 0; y < coarse.height(); y++) {
                for (int x = 0; x < coarse.width(); x++) {
                    spread[2 * y * width + 2 * x] = values[y * coarse.width() + x];
                }
            }
            out[c] = toFloat(blur(spread, width, height, 2));
        }
        return new ImagePlanes(width, height, out);
    }

    /** The index {@code i} mirrored into {@code [0, n)} without repeating the edge ({@code -1 -> 1}). */
    static int mirror(int i, int n) {
        if (n == 1) {
            return 0;
        }
        int period = 2 * (n - 1);
        int folded = Math.floorMod(i, period);
        return folded < n ? folded : period - folded;
    }

    /** Rows then columns with {@code gain * k}, mirrored borders. */
    private static double[] blur(double[] plane, int w, int h, double gain) {
        double[] rows = new double[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double sum = 0;
                for (int k = -2; k <= 2; k++) {
                    sum += BINOMIAL[k + 2] * plane[y * w + mirror(x + k, w)];
                }
                rows[y * w + x] = gain * sum;
            }
        }
        double[] out = new double[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double sum = 0;
                for (int k = -2; k <= 2; k++) {
                    sum += BINOMIAL[k + 2] * rows[mirror(y + k, h) * w + x];
                }
                out[y * w + x] = gain * sum;
            }
        }
        return out;
    }

    private static ImagePlanes subtract(ImagePlanes a, ImagePlanes b) {
        float[][] out = new float[a.channelCount()][a.width() * a.height()];
        for (int c = 0; c < out.length; c++) {
            float[] x = a.channel(c);
            float[] y = b.channel(c);
            for (int i = 0; i < x.length; i++) {
                out[c][i] = x[i] - y[i];
            }
        }
        return new ImagePlanes(a.width(), a.height(), out);
    }

    private static double[] toDouble(float[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }

    private static float[] toFloat(double[] values) {
        float[] out = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (float) values[i];
        }
        return out;
    }
}

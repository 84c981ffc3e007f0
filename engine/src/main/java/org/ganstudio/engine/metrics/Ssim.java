package org.ganstudio.engine.metrics;

/**
 * Structural similarity, after Wang, Bovik, Sheikh and Simoncelli 2004, "Image quality assessment: from
 * error visibility to structural similarity", IEEE Transactions on Image Processing 13(4).
 *
 * <p>Local means, variances and covariance are weighted by an 11 x 11 Gaussian window of sigma 1.5
 * (normalised); at each position where the window lies wholly inside the image (the paper's reference code
 * filters with {@code 'valid'}),
 * {@code SSIM = (2 mu_x mu_y + C1)(2 sigma_xy + C2) / ((mu_x^2 + mu_y^2 + C1)(sigma_x^2 + sigma_y^2 + C2))} with
 * {@code C1 = (0.01 L)^2}, {@code C2 = (0.03 L)^2}, {@code L = 1}. The score of a channel is the mean of that
 * map, and the score of an image the mean over its channels. An image narrower or shorter than 11 pixels
 * uses the largest odd window that fits, with the same sigma, renormalised.
 */
public final class Ssim {
    /** Window side in pixels. */
    public static final int WINDOW = 11;
    /** Window Gaussian scale in pixels. */
    public static final double WINDOW_SIGMA = 1.5;
    /** Luminance stabiliser {@code (K1 L)^2} with K1 = 0.01, L = 1. */
    public static final double C1 = 0.01 * 0.01;
    /** Contrast stabiliser {@code (K2 L)^2} with K2 = 0.03, L = 1. */
    public static final double C2 = 0.03 * 0.03;

    private Ssim() {}

    /** Mean SSIM over the channels of two images of the same size and channel count. */
    public static double ssim(ImagePlanes a, ImagePlanes b) {
        ImageMetrics.checkComparable(a, b);
        double sum = 0;
        for (int c = 0; c < a.channelCount(); c++) {
            sum += ssim(a.channel(c), b.channel(c), a.width(), a.height());
        }
        return sum / a.channelCount();
    }

    /** Mean SSIM of one channel pair, each {@code width * height} values in [0, 1]. */
    public static double ssim(float[] x, float[] y, int width, int height) {
        double[] window = window(Math.min(width, height));
        int n = width * height;
        double[] xs = new double[n];
        double[] ys = new double[n];
        double[] xx = new double[n];
        double[] yy = new double[n];
        double[] xy = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = x[i];
            ys[i] = y[i];
            xx[i] = (double) x[i] * x[i];
            yy[i] = (double) y[i] * y[i];
            xy[i] = (double) x[i] * y[i];
        }
        double[] muX = validFilter(xs, width, height, window);
        double[] muY = validFilter(ys, width, height, window);
        double[] meanXx = validFilter(xx, width, height, window);
        double[] meanYy = validFilter(yy, width, height, window);
        double[] meanXy = validFilter(xy, width, height, window);
        double sum = 0;
        for (int i = 0; i < muX.length; i++) {
            double mx = muX[i];
            double my = muY[i];
            double varX = meanXx[i] - mx * mx;
            double varY = meanYy[i] - my * my;
            double cov = meanXy[i] - mx * my;
            sum += (2 * mx * my + C1) * (2 * cov + C2) / ((mx * mx + my * my + C1) * (varX + varY + C2));
        }
        return sum / muX.length;
    }

    /** The normalised 1-D Gaussian window: {@link #WINDOW} long, or the largest odd length up to {@code fit}. */
    static double[] window(int fit) {
        int size = Math.min(WINDOW, fit % 2 == 1 ? fit : fit - 1);
        int radius = size / 2;
        double[] window = new double[size];
        double sum = 0;
        for (int i = -radius; i <= radius; i++) {
            window[i + radius] = Math.exp(-(double) i * i / (2 * WINDOW_SIGMA * WINDOW_SIGMA));
            sum += window[i + radius];
        }
        for (int i = 0; i < size; i++) {
            window[i] /= sum;
        }
        return window;
    }

    /**
     * Correlates with the separable window {@code w x w} only where it fits: the result is
     * {@code (width - w + 1) x (height - w + 1)}, row-major.
     */
    static double[] validFilter(double[] image, int width, int height, double[] window) {
        int size = window.length;
        int outW = width - size + 1;
        int outH = height - size + 1;
        double[] rows = new double[outW * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < outW; x++) {
                double sum = 0;
                int start = y * width + x;
                for (int k = 0; k < size; k++) {
                    sum += window[k] * image[start + k];
                }
                rows[y * outW + x] = sum;
            }
        }
        double[] out = new double[outW * outH];
        for (int y = 0; y < outH; y++) {
            for (int k = 0; k < size; k++) {
                double weight = window[k];
                int source = (y + k) * outW;
                for (int x = 0; x < outW; x++) {
                    out[y * outW + x] += weight * rows[source + x];
                }
            }
        }
        return out;
    }
}

package org.ganstudio.engine.edges;

import java.util.Arrays;

/**
 * Separable Gaussian blur. The kernel has radius {@code ceil(3 sigma)}, weights
 * {@code exp(-i^2 / (2 sigma^2))} normalised to sum to one, and pixels beyond the border repeat the
 * nearest border pixel (clamped edges), so a constant image stays exactly that constant up to float
 * rounding.
 */
public final class GaussianBlur {
    private GaussianBlur() {}

    /** The kernel radius for a scale: {@code ceil(3 sigma)}. */
    public static int radius(double sigma) {
        checkSigma(sigma);
        return (int) Math.ceil(3 * sigma);
    }

    /** The normalised 1-D kernel of length {@code 2 * radius(sigma) + 1}, centre in the middle. */
    public static float[] kernel(double sigma) {
        int radius = radius(sigma);
        double[] weights = new double[2 * radius + 1];
        double sum = 0;
        for (int i = -radius; i <= radius; i++) {
            weights[i + radius] = Math.exp(-(double) i * i / (2 * sigma * sigma));
            sum += weights[i + radius];
        }
        float[] kernel = new float[weights.length];
        for (int i = 0; i < weights.length; i++) {
            kernel[i] = (float) (weights[i] / sum);
        }
        return kernel;
    }

    /** The image blurred with a Gaussian of scale {@code sigma} pixels. */
    public static GreyImage blur(GreyImage image, double sigma) {
        float[] out = new float[image.pixels().length];
        blur(image.pixels(), image.width(), image.height(), kernel(sigma), out);
        return image.withPixels(out);
    }

    /** Blurs {@code source} (width x height, row-major) into {@code target} with a 1-D kernel used along both axes. */
    static void blur(float[] source, int width, int height, float[] kernel, float[] target) {
        int radius = kernel.length / 2;
        float[] horizontal = new float[source.length];
        float[] paddedRow = new float[width + 2 * radius];
        for (int y = 0; y < height; y++) {
            int rowStart = y * width;
            for (int i = 0; i < paddedRow.length; i++) {
                int x = Math.min(width - 1, Math.max(0, i - radius));
                paddedRow[i] = source[rowStart + x];
            }
            for (int x = 0; x < width; x++) {
                float sum = 0f;
                for (int k = 0; k < kernel.length; k++) {
                    sum += kernel[k] * paddedRow[x + k];
                }
                horizontal[rowStart + x] = sum;
            }
        }
        for (int y = 0; y < height; y++) {
            int rowStart = y * width;
            Arrays.fill(target, rowStart, rowStart + width, 0f);
            for (int k = 0; k < kernel.length; k++) {
                int sourceRow = Math.min(height - 1, Math.max(0, y + k - radius)) * width;
                float weight = kernel[k];
                for (int x = 0; x < width; x++) {
                    target[rowStart + x] += weight * horizontal[sourceRow + x];
                }
            }
        }
    }

    private static void checkSigma(double sigma) {
        if (!(sigma > 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("the Gaussian scale sigma must be a positive number, got " + sigma);
        }
    }
}
